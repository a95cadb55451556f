import type { InterfaceRef, ObjectRef } from '@pothos/core';
import { encodeCursor, type EntityRow, type Keyset, type RelatedEdge } from '../graph/index.ts';
import { builder, type Types } from './builder.ts';
import type { ConnectionShape, Edge } from './paging.ts';
import type { EntityRef } from './types/entity-ref.ts';
import { EvidenceRef } from './types/provenance.ts';

// The Relay connection and edge types: neighbours through a relationship (with evidence), plain
// entity pages, and any other page (connectionType). Pages and cursors are paging.ts's.

type RelationEdgeShape = RelatedEdge & { keyset: Keyset };
type EntityTypeRef = ObjectRef<Types, EntityRow> | InterfaceRef<Types, EntityRow>;

/** `<Target>RelationConnection`: neighbours through one relationship, each edge with its evidence. */
export function relationConnection(
  target: string,
  nodeRef: EntityTypeRef,
): {
  connection: ObjectRef<Types, ConnectionShape<RelationEdgeShape>>;
  edge: ObjectRef<Types, RelationEdgeShape>;
} {
  const edge = builder.objectRef<RelationEdgeShape>(`${target}RelationEdge`).implement({
    fields: (t) => ({
      cursor: t.string({ resolve: (e) => encodeCursor(e.keyset) }),
      node: t.field({ type: nodeRef as typeof EntityRef, resolve: (e) => e.node }),
      relation: t.exposeString('type', { description: 'The Neo4j relationship type.' }),
      implicit: t.boolean({ description: 'No article states it outright.', resolve: (e) => e.evidence.every((x) => x.implicit) }),
      evidence: t.field({ type: [EvidenceRef], description: 'The spans that support this relationship.', resolve: (e) => e.evidence }),
    }),
  });
  return { connection: connectionType(`${target}RelationConnection`, edge), edge };
}

/** `<Name>Connection`: a plain page of entities. */
export function entityConnection(name: string, nodeRef: EntityTypeRef): ObjectRef<Types, ConnectionShape<Edge<EntityRow>>> {
  const edge = builder.objectRef<Edge<EntityRow>>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.string({ resolve: (e) => encodeCursor(e.keyset) }),
      node: t.field({ type: nodeRef as typeof EntityRef, resolve: (e) => e.node }),
    }),
  });
  return connectionType(`${name}Connection`, edge);
}

export function connectionType<E>(name: string, edge: ObjectRef<Types, E>): ObjectRef<Types, ConnectionShape<E>> {
  return builder.objectRef<ConnectionShape<E>>(name).implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount'),
    }),
  });
}
