import type { EntityRow, MentionRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { firstOf, listArgs } from '../paging.ts';
import { EntityRef } from './entity-ref.ts';
import { ArticleRef } from './provenance.ts';

export { EntityRef };

const AttributeRef = builder.objectRef<EntityRow['attributes'][number]>('Attribute').implement({
  description: 'A figure or date the text gives about an entity (e.g. date: May 2016).',
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

export const MentionRef = builder.objectRef<MentionRow>('Mention');

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
      type: [MentionRef],
      description: 'Every span of every article that names it (the first ones, article by article).',
      args: listArgs,
      resolve: (e, args, ctx) => firstOf(args, ctx.loaders.mentions.load(e.id)),
    }),
    articles: t.field({
      type: [ArticleRef],
      description: 'The articles that mention it, newest first.',
      args: listArgs,
      resolve: (e, args, ctx) => firstOf(args, ctx.loaders.entityArticles.load(e.id)),
    }),
    mentionCount: t.int({
      description: 'How many spans of the articles name it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).mentions,
    }),
    articleCount: t.int({
      description: 'How many articles mention it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).articles,
    }),
    statementCount: t.int({
      description: 'How many statements it made or that are about it.',
      resolve: async (e, _, ctx) => (await ctx.loaders.stats.load(e.id)).statements,
    }),
  }),
});
