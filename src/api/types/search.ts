import type { SearchHit } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { totalCountField } from '../connections.ts';
import { text } from '../checks.ts';
import { KeysetEdge, pageArgs, pageCost, toConnection, type ConnectionShape } from '../paging.ts';
import { pageAt, propsUnder } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { EntityLabelEnum } from './lists.ts';

// search: a connection of entities, best first; each edge says how well its node matched.

class SearchEdge extends KeysetEdge<SearchHit['entity']> {
  constructor(readonly hit: SearchHit) {
    // Hits are ordered by score (descending), then name and id: the cursor holds all three.
    super(hit.entity, { key: hit.score, key2: hit.entity.name, id: hit.entity.id });
  }
}

const SearchEdgeRef = builder.edgeObject<typeof EntityRef, ConnectionShape<SearchEdge>>({
  name: 'SearchEdge',
  type: EntityRef,
  description: 'An entity whose name or an alias matches, with its relevance.',
  fields: (t) => ({
    score: t.float({ description: 'Lucene relevance: higher is better.', resolve: (e) => e.hit.score }),
  }),
});

const SearchConnection = builder.connectionObject({ name: 'SearchConnection', type: EntityRef, fields: totalCountField }, SearchEdgeRef);

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description:
      'Full-text search over names and aliases, best first. Words are matched literally (whole or as a prefix) and all must match; Lucene syntax has no effect.',
    args: {
      query: t.arg.string({ required: true, validate: text('query', 200) }),
      labels: t.arg({ type: [EntityLabelEnum], description: 'Only these labels (default: all).' }),
      ...pageArgs,
    },
    complexity: pageCost,
    resolve: async (_, args, ctx, info) => {
      const page = pageAt(ctx.selections, info, args);
      const hits = await ctx.reads.search(args.query, args.labels ?? null, page, propsUnder(info, 'edges', 'node'));
      return toConnection(hits, (h) => new SearchEdge(h), page.after !== null);
    },
  }),
);
