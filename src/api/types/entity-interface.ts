import type { EntityRow, MentionRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { connectionOf } from '../connections.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { KeysetEdge, nodeConnection, pageArgs, pageCost, toConnection } from '../paging.ts';
import { pageAt } from '../parse-selection.ts';
import { EntityRef } from './entity-ref.ts';
import { ArticleRef } from './provenance.ts';
import { ReportedRef } from './reported.ts';

export { EntityRef };

const AttributeRef = builder.objectRef<EntityRow['attributes'][number]>('Attribute').implement({
  description: 'A figure or date the text gives about an entity (e.g. date: May 2016).',
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

export const MentionRef = builder.objectRef<MentionRow>('Mention');
const MentionConnection = connectionOf('Mention', MentionRef);
/** Articles: root `articles` and each entity's. */
export const ArticleConnection = connectionOf('Article', ArticleRef);

EntityRef.implement({
  description: 'Anything the articles name: a person, country, office, plan, objective, topic, event, place or statement.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.label,
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Readable, stable id, e.g. person:shinzo-abe.' }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'Other ways the articles name it.' }),
    attributes: t.field({ type: [AttributeRef], resolve: (e) => e.attributes }),
    mentions: t.field({
      type: MentionConnection,
      description: 'Every span of every article that names it, article by article (by article key), in text order.',
      args: pageArgs,
      complexity: pageCost,
      resolve: async (e, args, ctx, info) => {
        const page = pageAt(ctx.selections, info, args);
        const rows = await ctx.loaders.mentions(page).load(e.id);
        return nodeConnection(rows, (m) => ({ key: m.articleId, key2: m.start, id: m.sentenceId }), page.after !== null);
      },
    }),
    articles: t.field({
      type: ArticleConnection,
      description: 'The articles that mention it, newest first (undated last).',
      args: pageArgs,
      complexity: pageCost,
      resolve: async (e, args, ctx, info) => {
        const page = pageAt(ctx.selections, info, args);
        const keys = await ctx.loaders.entityArticles(page).load(e.id);
        // The page's keys come from one limited query; the articles of the page, from one batched read.
        const articles = await Promise.all(keys.rows.map((k) => loadOrFail(ctx.loaders.article.load(k.id))));
        return toConnection(
          { ...keys, rows: keys.rows.map((k, i) => ({ k, a: articles[i]! })) },
          ({ k, a }) => new KeysetEdge(a, { key: k.published, id: k.id }),
          page.after !== null,
        );
      },
    }),
    mentionCount: t.int({
      description: 'How many spans of the articles name it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).mentions,
    }),
    articleCount: t.int({
      description: 'How many articles mention it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).articles,
    }),
    reported: t.field({
      type: ReportedRef,
      nullable: false,
      description: 'When it was reported: the first and last date of the articles that mention it, and how many do.',
      resolve: (e, _, ctx) => ctx.loaders.reported.load(e.id),
    }),
    statementCount: t.int({
      description: 'How many statements it made or that are about it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).statements,
    }),
  }),
});
