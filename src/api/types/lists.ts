import type { GraphQLResolveInfo } from 'graphql';
import {
  InvalidFilterError,
  type DateWindow,
  type EntityFilter,
  type EntityListArgs,
  type EntitySort,
  type ListedEntity,
} from '../../graph/index.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { connectionOf } from '../connections.ts';
import { KeysetEdge, pageArgs, pageCost, parsePage, toConnection } from '../paging.ts';
import { apiError } from '../errors.ts';
import { propsUnder } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { LabelRefs } from './entity-types.ts';
import { EntityFilterRef, EntitySortRef } from './filters.ts';
import { windowArgs } from './reported.ts';

export const EntityLabelEnum = builder.enumType('EntityLabel', { values: ENTITY_LABELS });

interface ListArgs {
  filter?: EntityFilter | null;
  sort?: EntitySort | null;
  nameContains?: string | null;
  reported?: DateWindow | null;
  first?: number | null;
  after?: string | null;
}

/** Filtered, sorted, keyset-paged entities as a connection; a bad filter is the client's error. */
async function entityList(ctx: Context, label: EntityLabel | null, args: ListArgs, info: GraphQLResolveInfo) {
  const page = parsePage(args);
  const named = args.nameContains ? { and: [{ nameContains: args.nameContains }, ...(args.filter ? [args.filter] : [])] } : args.filter;
  // The window is one more top-level condition: a top-level article, topic or country still anchors the match.
  const filter = args.reported ? { ...named, reported: args.reported } : named;
  const query: EntityListArgs = { label, filter, sort: args.sort ?? null, ...page, props: propsUnder(info, 'edges', 'node') };
  try {
    const rows = await ctx.reads.listEntities(query);
    return toConnection(rows, (r: ListedEntity) => new KeysetEdge(r.entity, { key: r.key, id: r.entity.id }), page.after !== null);
  } catch (err) {
    if (err instanceof InvalidFilterError) throw apiError('BAD_USER_INPUT', err.message, { argument: 'filter' });
    throw err;
  }
}

const listArgs = builder.args((t) => ({
  filter: t.field({ type: EntityFilterRef }),
  sort: t.field({ type: EntitySortRef, description: 'Default: by name, ascending.' }),
  nameContains: t.string({ description: 'Shorthand for filter: {nameContains}.' }),
  ...windowArgs,
  ...pageArgs,
}));

builder.queryField('entities', (t) =>
  t.field({
    type: connectionOf('Entity', EntityRef),
    description: 'Entities of any (or one) label, filtered and sorted.',
    args: { label: t.arg({ type: EntityLabelEnum }), ...listArgs },
    complexity: pageCost,
    resolve: (_, args, ctx, info) => entityList(ctx, args.label ?? null, args, info),
  }),
);

// people, countries, organizations, ...: one list per label.
const LIST_FIELDS: Record<EntityLabel, string> = {
  Person: 'people',
  Country: 'countries',
  Organization: 'organizations',
  Office: 'offices',
  Plan: 'plans',
  NationalObjective: 'nationalObjectives',
  Topic: 'topics',
  Event: 'events',
  Place: 'places',
  Statement: 'statements',
};
for (const label of ENTITY_LABELS) {
  const connection = connectionOf(label, LabelRefs[label]);
  builder.queryField(LIST_FIELDS[label], (t) =>
    t.field({
      type: connection,
      description: `${label} entities, filtered and sorted (default: by name).`,
      args: listArgs,
      complexity: pageCost,
      resolve: (_, args, ctx, info) => entityList(ctx, label, args, info),
    }),
  );
}
