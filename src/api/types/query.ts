import { InvalidFilterError } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { nodeConnection, pageArgs, pageCost, parsePage } from '../paging.ts';
import { apiError } from '../errors.ts';
import { nodeSelectionAt } from '../parse-selection.ts';
import { ArticleConnection, EntityRef } from './entity-interface.ts';
import { ArticleRef, SentenceRef } from './provenance.ts';

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by its readable key, e.g. "person:shinzo-abe".',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_, { key }, ctx, info) => {
      // The whole tree below, when it asks relationships, is one Cypher query.
      const sel = nodeSelectionAt(ctx.selections, info);
      return sel.relations.length > 0 ? ctx.loaders.entityWith(sel).load(key) : ctx.loaders.entity.load(key);
    },
  }),
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { key: t.arg.string({ required: true, description: 'e.g. article:32cf05b0c027adcd' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.article.load(key),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, newest first; optionally published within a date range.',
    args: {
      publishedFrom: t.arg.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, inclusive.' }),
      publishedTo: t.arg.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, inclusive.' }),
      ...pageArgs,
    },
    complexity: pageCost,
    resolve: async (_, args, ctx) => {
      const page = parsePage(args);
      const rows = await ctx.reads.listArticles({ ...page, from: args.publishedFrom, to: args.publishedTo }).catch((err: unknown) => {
        throw err instanceof InvalidFilterError ? apiError('BAD_USER_INPUT', err.message, { argument: 'publishedFrom' }) : err;
      });
      return nodeConnection(rows, (a) => ({ key: a.published ?? '', id: a.id }), page.after !== null);
    },
  }),
  sentence: t.field({
    type: SentenceRef,
    nullable: true,
    args: { key: t.arg.string({ required: true, description: 'e.g. article:32cf05b0c027adcd#3' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.sentence.load(key),
  }),
}));
