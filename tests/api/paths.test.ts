import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// Paths and subgraph edges carry their entities (key, name, type), so a client draws them without
// joining keys to nodes; the key-only fields they replace keep working.
const seeded = seededStack();
let stack: Stack;
beforeAll(() => {
  stack = seeded.current;
});

const PATHS = `{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3, limit: 20) {
  paths {
    hops keys
    nodes { __typename key name }
    relationships { id type direction sourceNode { key name } targetNode { key name } evidence { text } }
  }
  edges { id }
} }`;

describe('paths as entities and relationships', () => {
  it('gives each path its named nodes in order and a relationship joining each consecutive pair', async () => {
    const r = await gql(stack, PATHS);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { paths, edges } = r.data.paths;
    expect(paths.length).toBeGreaterThan(1);
    const edgeIds = new Set(edges.map((e: any) => e.id));
    for (const p of paths) {
      // The deprecated keys are the nodes' keys, in the same order.
      expect(p.nodes.map((n: any) => n.key)).toEqual(p.keys);
      expect(p.nodes[0]).toEqual({ __typename: 'Person', key: 'person:shinzo-abe', name: 'Shinzo Abe' });
      expect(p.nodes.at(-1)).toEqual({ __typename: 'Place', key: 'place:sochi', name: 'Sochi' });
      for (const n of p.nodes) expect(n.name).toMatch(/\S/);
      expect(p.relationships).toHaveLength(p.hops);
      expect(p.nodes).toHaveLength(p.hops + 1);
      p.relationships.forEach((rel: any, i: number) => {
        const [before, after] = [p.nodes[i].key, p.nodes[i + 1].key];
        const [from, to] = rel.direction === 'FORWARD' ? [before, after] : [after, before];
        expect([rel.sourceNode.key, rel.targetNode.key]).toEqual([from, to]);
        expect(rel.id).toBe(`${from}-${rel.type}->${to}`);
        // The same relationship as one of the merged subgraph's edges, with its evidence.
        expect(edgeIds.has(rel.id)).toBe(true);
        expect(rel.evidence.length).toBeGreaterThan(0);
      });
    }
    // Names come with the nodes: the same as the subgraph's own node list says.
    const names = await gql(stack, '{ entity(key: "place:sochi") { name } }');
    expect(paths[0].nodes.at(-1).name).toBe(names.data.entity.name);
  });

  it('reads the properties asked only under a path, and a path from an entity to itself has no hop', async () => {
    const r = await gql(
      stack,
      '{ paths(from: "person:vladimir-putin", to: "person:shinzo-abe") { paths { nodes { key aliases } relationships { sourceNode { aliases } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const putin = r.data.paths.paths[0].nodes[0];
    expect(putin.key).toBe('person:vladimir-putin');
    expect(putin.aliases).toContain('the Russian leader');
    const self = await gql(
      stack,
      '{ paths(from: "place:sochi", to: "place:sochi") { paths { hops keys nodes { name } relationships { id } } } }',
    );
    expect(self.data.paths.paths).toEqual([{ hops: 0, keys: ['place:sochi'], nodes: [{ name: 'Sochi' }], relationships: [] }]);
  });
});

describe('subgraph edges with their end entities', () => {
  it('neighborhood edges give sourceNode and targetNode, the very nodes of the result', async () => {
    const r = await gql(
      stack,
      '{ neighborhood(key: "person:shinzo-abe", depth: 2, limit: 12) { nodes { key name } edges { source target sourceNode { key name aliases } targetNode { key name aliases } } } }',
    );
    expect(r.errors).toBeUndefined();
    const g = r.data.neighborhood;
    expect(g.edges.length).toBeGreaterThan(3);
    const nodes = new Map(g.nodes.map((n: any) => [n.key, n.name]));
    for (const e of g.edges) {
      expect([e.sourceNode.key, e.targetNode.key]).toEqual([e.source, e.target]);
      expect(e.sourceNode.name).toBe(nodes.get(e.source));
      expect(e.targetNode.name).toBe(nodes.get(e.target));
      expect(Array.isArray(e.sourceNode.aliases)).toBe(true);
    }
    // Properties asked only under an edge's end are read too.
    const putin = g.edges.flatMap((e: any) => [e.sourceNode, e.targetNode]).find((n: any) => n.key === 'person:vladimir-putin');
    expect(putin).toEqual({
      key: 'person:vladimir-putin',
      name: 'Vladimir Putin',
      aliases: expect.arrayContaining(['the Russian leader']),
    });
  });

  it('the deprecated keys field is marked so in the schema', async () => {
    const r = await gql(stack, '{ __type(name: "GraphPath") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const keys = r.data.__type.fields.find((f: any) => f.name === 'keys');
    expect(keys.isDeprecated).toBe(true);
    expect(keys.deprecationReason).toContain('nodes');
  });
});
