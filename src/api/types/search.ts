import type { SearchHit } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { MAX_PAGE_SIZE } from '../paging.ts';
import { apiError } from '../errors.ts';
import { propsUnder } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { EntityLabelEnum } from './lists.ts';

const SearchResultRef = builder.objectRef<SearchHit>('SearchResult').implement({
  description: 'An entity whose name or an alias matches, with its relevance.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Lucene relevance: higher is better.' }),
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchResultRef],
    description:
      'Full-text search over names and aliases. Words are matched literally (whole or as a prefix) and all must match; Lucene syntax has no effect.',
    args: {
      query: t.arg.string({ required: true }),
      labels: t.arg({ type: [EntityLabelEnum], description: 'Only these labels (default: all).' }),
      first: t.arg.int({ defaultValue: 10, description: `At most ${MAX_PAGE_SIZE}.` }),
    },
    resolve: (_, args, ctx, info) => {
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_PAGE_SIZE)
        throw apiError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
      if (args.query.length > 200) throw apiError('BAD_USER_INPUT', 'query is at most 200 characters', { argument: 'query' });
      return ctx.reads.search(args.query, args.labels ?? null, first, propsUnder(info, 'entity'));
    },
  }),
);
