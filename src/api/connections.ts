import type { InterfaceRef, ObjectRef } from '@pothos/core';
import type { EntityRow, Keyset, RelatedEdge } from '../graph/index.ts';
import { builder, type Types } from './builder.ts';
import { KeysetEdge, type ConnectionShape } from './paging.ts';

// Every list of the API is a Relay connection made by @pothos/plugin-relay (`connectionObject`,
// `edgeObject`): edges { cursor node }, pageInfo, and the totalCount each connection adds (builder
// Types['Connection']). Fields take these types with `t.field` and `pageArgs` (paging.ts) rather
// than `t.connection`, which would also add `last` and `before`: keyset cursors here only go forward.

/** A neighbour with the relationship's type and evidence. */
export class RelationEdge extends KeysetEdge<EntityRow> {
  readonly type: RelatedEdge['type'];
  readonly evidence: RelatedEdge['evidence'];
  readonly reported: RelatedEdge['reported'];
  constructor(r: RelatedEdge) {
    // Neighbours come by (name, id), statements by their own position (graph/reads/compile-selection.ts).
    super(r.node, r.keyset ?? ({ key: r.node.name, id: r.node.id } satisfies Keyset));
    this.type = r.type;
    this.evidence = r.evidence;
    this.reported = r.reported;
  }
}

/** The totalCount field every connection adds (builder Types['Connection']). */
export function totalCountField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, { totalCount: number }>) {
  return { totalCount: t.exposeInt('totalCount', { description: 'Rows in all pages.' }) };
}

/** `<Name>Connection` of nodes of type `nodeRef` (edges `<Name>Edge`), and its edge type. */
export function connectionOf<T>(name: string, nodeRef: ObjectRef<Types, T> | InterfaceRef<Types, T>) {
  const edge = builder.edgeObject({ name: `${name}Edge`, type: nodeRef as ObjectRef<Types, T> });
  return builder.connectionObject(
    { name: `${name}Connection`, type: nodeRef as ObjectRef<Types, T>, fields: totalCountField },
    edge,
  ) as ObjectRef<Types, ConnectionShape<KeysetEdge<T>>>;
}
