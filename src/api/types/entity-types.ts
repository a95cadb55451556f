import type { ImplementableObjectRef, ObjectRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow, Page, RelatedEdge } from '../../graph/index.ts';
import type { Context } from '../context.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { builder, type Types } from '../builder.ts';
import { RelationEdge, totalCountField } from '../connections.ts';
import { pageArgs, pageCost, parsePage, toConnection, type ConnectionShape } from '../paging.ts';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.ts';
import { relationSelectionAt } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { EvidenceRef } from './provenance.ts';
import { asOfArgs, ReportedRef, windowArgs } from './reported.ts';

// One GraphQL object type per label, each with its relationship fields from RELATIONSHIP_FIELDS.

const DESCRIPTIONS: Record<EntityLabel, string> = {
  Person: 'A named individual: minister, leader, official.',
  Country: 'A state; demonyms and capitals used for its government are its mentions.',
  Organization: 'A ministry, commission, company or bloc.',
  Office: 'A position, tied to its country or body.',
  Plan: 'A bilateral or multilateral plan, agreement, initiative or roadmap.',
  NationalObjective: "A country's own national projects, goals, programmes or targets.",
  Topic: 'An area a plan or objective covers.',
  Event: 'A meeting, visit or signing, with date and place.',
  Place: 'A city or region.',
  Statement: 'A direct quotation or reported claim, with its speaker.',
};

export const LabelRefs = Object.fromEntries(ENTITY_LABELS.map((label) => [label, builder.objectRef<EntityRow>(label)])) as Record<
  EntityLabel,
  ImplementableObjectRef<Types, EntityRow>
>;

/**
 * `<Target>RelationConnection`: neighbours through one relationship, each edge with the
 * relationship's type and evidence (plugin-relay's connection and edge, fields added).
 */
function relationConnection(target: string, nodeRef: ImplementableObjectRef<Types, EntityRow> | typeof EntityRef) {
  const type = nodeRef as typeof EntityRef;
  const edge = builder.edgeObject<typeof EntityRef, ConnectionShape<RelationEdge>>({
    name: `${target}RelationEdge`,
    type,
    fields: (t) => ({
      relation: t.exposeString('type', { description: 'The Neo4j relationship type.' }),
      implicit: t.boolean({ description: 'No article states it outright.', resolve: (e) => e.evidence.every((x) => x.implicit) }),
      evidence: t.field({ type: [EvidenceRef], description: 'The spans that support this relationship.', resolve: (e) => e.evidence }),
      reported: t.field({
        type: ReportedRef,
        nullable: false,
        description:
          'When this relationship was reported: the first and last date of the articles of its evidence, and how many there are.',
        // Read with the page whenever the edge selects it (api/parse-selection.ts).
        resolve: (e) => e.reported!,
      }),
    }),
  });
  const connection = builder.connectionObject({ name: `${target}RelationConnection`, type, fields: totalCountField }, edge);
  return {
    connection: connection as unknown as ObjectRef<Types, ConnectionShape<RelationEdge>>,
    edge: edge as unknown as ObjectRef<Types, RelationEdge>,
  };
}

const connections = new Map<string, ReturnType<typeof relationConnection>>();
function connectionFor(target: RelationshipField['target']) {
  let c = connections.get(target);
  if (!c) {
    c = relationConnection(target, target === 'Entity' ? EntityRef : LabelRefs[target]);
    connections.set(target, c);
  }
  return c;
}

/** A relationship field's page: prefetched with the parent by a compiled selection, or one batched query per level. */
function relatedPage(
  e: EntityRow,
  label: EntityLabel,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<Page<RelatedEdge>> | Page<RelatedEdge> {
  return (
    e.related?.[ctx.selections.pageKey(label, info.path.key)] ??
    ctx.loaders.related(relationSelectionAt(ctx.selections, info, label)).load(e.id)
  );
}

for (const label of ENTITY_LABELS) {
  builder.node(LabelRefs[label], {
    description: DESCRIPTIONS[label],
    interfaces: [EntityRef],
    isTypeOf: (e) => (e as EntityRow).label === label,
    id: { resolve: (e) => e.id },
    loadMany: (ids, ctx) =>
      ids.map(async (id) => {
        const e = await ctx.loaders.entity.load(id);
        return e?.label === label ? e : null;
      }),
    fields: (t) => {
      const fields: Record<string, ReturnType<typeof t.field>> = {};
      for (const rel of RELATIONSHIP_FIELDS[label]) {
        fields[rel.field] = t.field({
          type: connectionFor(rel.target).connection,
          description: `${rel.description} (${rel.direction === 'OUT' ? '' : '<-'}${rel.type}${rel.direction === 'OUT' ? '->' : ''})`,
          args: { ...pageArgs, ...windowArgs, ...asOfArgs },
          complexity: pageCost,
          resolve: async (e, args, ctx, info) => {
            const page = parsePage(args);
            const rows = await relatedPage(e, label, ctx, info);
            return toConnection(rows, (r) => new RelationEdge(r), page.after !== null);
          },
        });
        if (rel.single) {
          fields[rel.single] = t.field({
            type: connectionFor(rel.target).edge,
            nullable: true,
            description: `The first of ${rel.field}, with its evidence.`,
            resolve: async (e, _, ctx, info) => {
              const rows = await relatedPage(e, label, ctx, info);
              const first = rows.rows[0];
              return first ? new RelationEdge(first) : null;
            },
          });
        }
      }
      return fields;
    },
  });
}
