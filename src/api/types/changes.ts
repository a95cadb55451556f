import { type ChangeRow, decodeChangeCursor, encodeChangeCursor } from '../../graph/index.ts';
import { labelOfId } from '../../model/ids.ts';
import { RELATION_TYPES } from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';
import { changeCursor } from '../checks.ts';
import { totalCountField } from '../connections.ts';
import { pageArgs, pageCost, parsePage } from '../paging.ts';
import { EntityRef } from './entity-interface.ts';
import { EntityLabelEnum } from './lists.ts';

// The change log as the API shows it: `changes(after:)` lists the changes since a cursor, so a
// client that keeps the last cursor it saw can sync (articles added and removed, facts added and
// removed), and the subscriptions (subscriptions.ts) send the same facts as they are committed.
// A fact is an entity or a relationship, named by its key (graph/change-log.ts).

/** A fact of a change: its key, and for an added fact the countries it concerns. */
export interface FactShape {
  key: string;
  countries: string[];
}

export const RelationTypeEnum = builder.enumType('RelationType', { values: RELATION_TYPES });

const FactKindEnum = builder.enumType('FactKind', {
  values: { ENTITY: { description: 'An entity (node).' }, RELATIONSHIP: { description: 'A relationship between two entities.' } },
});

const ChangeKindEnum = builder.enumType('ChangeKind', {
  values: {
    INGEST: { description: 'Articles loaded (ingestArticle, `policygraph ingest`/`load`).' },
    DELETE: { description: 'An article deleted.' },
    MERGE: { description: 'Two entities merged.' },
    UPDATE: { description: 'An entity renamed or given aliases.' },
    IMPORT: { description: 'An offline import (`policygraph import`): its articles, no facts.' },
  },
});

/** A relationship's key is `from TYPE to`; an entity's is its own. */
const partsOf = (key: string) => key.split(' ');
const endOf = (key: string, at: 0 | 2) => {
  const parts = partsOf(key);
  return parts.length === 3 ? parts[at]! : null;
};

export const FactRef = builder.objectRef<FactShape>('Fact').implement({
  description: 'An entity or a relationship a change added or removed.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'An entity\'s key, or a relationship\'s "from TYPE to".' }),
    kind: t.field({
      type: FactKindEnum,
      nullable: false,
      resolve: (f) => (partsOf(f.key).length === 3 ? 'RELATIONSHIP' : 'ENTITY'),
    }),
    entityLabel: t.field({
      type: EntityLabelEnum,
      nullable: true,
      description: "An entity's label; null for a relationship.",
      resolve: (f) => (partsOf(f.key).length === 3 ? null : (labelOfId(f.key) ?? null)),
    }),
    relation: t.field({
      type: RelationTypeEnum,
      nullable: true,
      description: "A relationship's type; null for an entity.",
      resolve: (f) => (partsOf(f.key)[1] as (typeof RELATION_TYPES)[number] | undefined) ?? null,
    }),
    from: t.string({ nullable: true, description: "A relationship's start (an entity key).", resolve: (f) => endOf(f.key, 0) }),
    to: t.string({ nullable: true, description: "A relationship's end (an entity key).", resolve: (f) => endOf(f.key, 2) }),
    countries: t.exposeStringList('countries', {
      nullable: false,
      description:
        'Added facts: the countries the fact concerns (one of its ends, or tied to one in the same articles). Empty for removed facts.',
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity as the graph holds it now; null for a relationship or an entity no longer in the graph.',
      resolve: (f, _, ctx) => (partsOf(f.key).length === 3 ? null : ctx.loaders.entity.load(f.key)),
    }),
  }),
});

/** The facts a change added, with their countries. */
export function addedFacts(c: ChangeRow): FactShape[] {
  return c.factsAdded.map((key, i) => ({ key, countries: c.factCountries[i]?.split(' ').filter(Boolean) ?? [] }));
}

const ChangeRef = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One committed write: what it added and removed. Lists hold at most 5,000 keys each (see truncated).',
  fields: (t) => ({
    seq: t.exposeInt('seq', { nullable: false, description: 'Position in the log: writes are numbered in commit order, without gaps.' }),
    at: t.exposeString('at', { nullable: false, description: 'When it was committed (ISO 8601).' }),
    kind: t.field({ type: ChangeKindEnum, nullable: false, resolve: (c) => c.kind }),
    articlesAdded: t.exposeStringList('articlesAdded', { nullable: false, description: 'Keys of articles new to the graph.' }),
    articlesReplaced: t.exposeStringList('articlesReplaced', {
      nullable: false,
      description: 'Keys of articles loaded again (same text).',
    }),
    articlesRemoved: t.exposeStringList('articlesRemoved', { nullable: false }),
    factsAdded: t.field({ type: [FactRef], nullable: false, resolve: addedFacts }),
    factsRemoved: t.field({ type: [FactRef], nullable: false, resolve: (c) => c.factsRemoved.map((key) => ({ key, countries: [] })) }),
    entitiesUpdated: t.exposeStringList('entitiesUpdated', {
      nullable: false,
      description: 'Keys of entities that stayed but changed (renamed, new aliases, another merged into them).',
    }),
    truncated: t.exposeBoolean('truncated', {
      nullable: false,
      description:
        'A list was cut at 5,000 keys (or, for an import, facts are not listed): re-read the graph rather than apply this change.',
    }),
  }),
});

const ChangeEdge = builder.edgeObject({ name: 'ChangeEdge', type: ChangeRef });
const ChangeConnection = builder.connectionObject({ name: 'ChangeConnection', type: ChangeRef, fields: totalCountField }, ChangeEdge);

/** Where `after` leaves off: a change's cursor, after it; an event's, at its change (which the client saw in part). */
export function seqBefore(after: string | null | undefined): number {
  if (!after) return 0;
  const p = decodeChangeCursor(after);
  return p.event === undefined ? p.seq : p.seq - 1;
}

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    nullable: false,
    description:
      "The change log: every committed write (API, CLI, any replica), oldest first. Keep the last edge's cursor and pass it as `after` to get only what changed since.",
    args: {
      first: pageArgs.first,
      after: t.arg.string({ description: 'A change cursor (or a subscription event cursor).', validate: changeCursor }),
    },
    complexity: pageCost,
    resolve: async (_, args, ctx) => {
      const { first } = parsePage({ first: args.first });
      const after = seqBefore(args.after);
      const page = await ctx.reads.changes(after, first + 1);
      const edges = page.rows.slice(0, first).map((node) => ({ node, cursor: encodeChangeCursor({ seq: node.seq }) }));
      return {
        edges,
        totalCount: Math.max(0, page.head - after),
        pageInfo: {
          hasNextPage: page.rows.length > first,
          hasPreviousPage: after > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
