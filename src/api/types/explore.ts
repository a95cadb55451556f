import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  type GraphEdgeRow,
  type GraphPathRow,
  type GraphView,
  type PathStepRow,
  type PathsView,
} from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { between } from '../checks.ts';
import { subgraphSelection } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { EvidenceRef } from './provenance.ts';

// Subgraphs ready to draw: nodes are entities; edges name their ends by key and give them as
// entities too (the subgraph's own nodes: no extra read); each path lists its entities in order
// and the relationship of each hop, so a client draws it without joining keys to nodes.

const MAX_NODES = 200;
const FAN_OUT = 25;

const GraphEdgeRef = builder.objectRef<GraphEdgeRow>('GraphEdge').implement({
  description: 'A relationship between two entities of a subgraph, with the spans that support it.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable: <source>-<TYPE>-><target>.' }),
    type: t.exposeString('type', { description: 'The Neo4j relationship type.' }),
    source: t.exposeString('source', { description: 'Key of the start entity.' }),
    target: t.exposeString('target', { description: 'Key of the end entity.' }),
    sourceNode: t.field({
      type: EntityRef,
      description: 'The start entity (one of the nodes).',
      resolve: (e) => e.sourceNode,
    }),
    targetNode: t.field({
      type: EntityRef,
      description: 'The end entity (one of the nodes).',
      resolve: (e) => e.targetNode,
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e) => e.evidence }),
  }),
});

const graphFields = builder.objectRef<GraphView>('Subgraph').implement({
  description: 'Entities and the relationships among them.',
  fields: (t) => ({
    // Counted once per node of the `limit` the subgraph field declares (its cost), not again here.
    nodes: t.field({ type: [EntityRef], complexity: { field: 1, multiplier: 1 }, resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], complexity: { field: 1, multiplier: 1 }, resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'A bound (node limit, fan-out or path count) left something out.' }),
  }),
});

const PathDirectionEnum = builder.enumType('PathDirection', {
  description: 'How a relationship on a path points, relative to the path.',
  values: {
    FORWARD: { description: 'From the node before it on the path to the node after it.' },
    BACKWARD: { description: 'From the node after it on the path to the node before it.' },
  },
});

const PathRelationshipRef = builder.objectRef<PathStepRow>('PathRelationship').implement({
  description: 'The relationship walked at one hop of a path: hop i joins nodes[i] and nodes[i + 1].',
  fields: (t) => ({
    id: t.string({ description: 'The id of the same relationship among `edges`.', resolve: (s) => s.edge.id }),
    type: t.string({ description: 'The Neo4j relationship type.', resolve: (s) => s.edge.type }),
    direction: t.field({
      type: PathDirectionEnum,
      description: 'FORWARD when it points from nodes[i] to nodes[i + 1].',
      resolve: (s) => (s.forward ? 'FORWARD' : 'BACKWARD'),
    }),
    sourceNode: t.field({ type: EntityRef, description: 'Its start entity.', resolve: (s) => s.edge.sourceNode }),
    targetNode: t.field({ type: EntityRef, description: 'Its end entity.', resolve: (s) => s.edge.targetNode }),
    evidence: t.field({ type: [EvidenceRef], resolve: (s) => s.edge.evidence }),
  }),
});

const GraphPathRef = builder.objectRef<GraphPathRow>('GraphPath').implement({
  fields: (t) => ({
    keys: t.stringList({
      description: 'Entity keys along the path, from `from` to `to`.',
      deprecationReason: 'Use `nodes { key }`: the same entities, in the same order, with their names.',
      resolve: (p) => p.nodes.map((n) => n.id),
    }),
    hops: t.int({ resolve: (p) => p.steps.length }),
    // Paths, their nodes and hops are counted by the `paths` field's cost (limit × (maxHops + 1)).
    nodes: t.field({
      type: [EntityRef],
      complexity: { field: 1, multiplier: 1 },
      description: 'The entities along the path, from `from` to `to` (hops + 1 of them).',
      resolve: (p) => p.nodes,
    }),
    relationships: t.field({
      type: [PathRelationshipRef],
      complexity: { field: 1, multiplier: 1 },
      description: 'The relationship of each hop, in path order (hops of them).',
      resolve: (p) => p.steps,
    }),
  }),
});

const PathsRef = builder.objectRef<PathsView>('PathsResult').implement({
  description: 'Shortest paths between two entities, merged into one subgraph.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], complexity: { field: 1, multiplier: 1 }, resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], complexity: { field: 1, multiplier: 1 }, resolve: (g) => g.edges }),
    paths: t.field({
      type: [GraphPathRef],
      complexity: { field: 1, multiplier: 1 },
      description: 'Each path, shortest first.',
      resolve: (g) => g.paths,
    }),
    truncated: t.exposeBoolean('truncated'),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: graphFields,
    nullable: true,
    description: `Entities within depth hops of one entity (at most ${FAN_OUT} neighbours per node, by name), with every relationship among them. Null when the key is unknown.`,
    args: {
      key: t.arg.string({ required: true }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `1 to ${MAX_NEIGHBORHOOD_DEPTH}.`,
        validate: between('depth', 1, MAX_NEIGHBORHOOD_DEPTH),
      }),
      limit: t.arg.int({
        defaultValue: 50,
        description: `Most nodes returned, at most ${MAX_NODES}.`,
        validate: between('limit', 1, MAX_NODES),
      }),
    },
    complexity: (a) => ({ field: 1, multiplier: a.limit ?? 50 }),
    resolve: (_, a, ctx, info) => ctx.reads.neighborhood(a.key, a.depth ?? 1, a.limit ?? 50, FAN_OUT, subgraphSelection(info)),
  }),
  paths: t.field({
    type: PathsRef,
    nullable: true,
    description: 'The shortest paths (at most maxHops relationships) between two entities. Null when a key is unknown.',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: `1 to ${MAX_PATH_HOPS}.`, validate: between('maxHops', 1, MAX_PATH_HOPS) }),
      limit: t.arg.int({ defaultValue: 5, description: 'Most paths returned, at most 20.', validate: between('limit', 1, 20) }),
    },
    // Each path brings its nodes and edges: up to maxHops + 1 of them.
    complexity: (a) => ({ field: 1, multiplier: (a.limit ?? 5) * ((a.maxHops ?? 4) + 1) }),
    resolve: (_, a, ctx, info) => ctx.reads.paths(a.from, a.to, a.maxHops ?? 4, a.limit ?? 5, subgraphSelection(info)),
  }),
}));
