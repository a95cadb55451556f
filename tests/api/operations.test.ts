import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/server/operations.ts';
import { gql, loadSeed, openStack, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';

// Every example operation of schema/operations/ runs against the real Neo4j over the seed graph,
// and its result is checked. A new operation file fails this test until it has a check here.
let stack: Stack;
let ctx: { article: string; ids: string[] };
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  const r = await gql(stack, '{ articles { edges { node { key } } } people(first: 2) { edges { node { id } } } }');
  ctx = { article: r.data.articles.edges[0].node.key, ids: r.data.people.edges.map((e: any) => e.node.id) };
});
afterAll(() => stack.close());

const names = (c: any) => c.edges.map((e: any) => e.node.name).sort();
const KOREA = readFileSync('data/test-articles/korea-russia.txt', 'utf8');
let ingested = '';

interface Check {
  vars?: () => Record<string, unknown>;
  write?: boolean;
  check: (data: any) => void;
}

// In file order for reads; the mutations run last, in this order.
const CHECKS: Record<string, Check> = {
  AbeProposal: { check: (d) => expect(d.entity.proposedPlans.edges[0].node.name).toBe('Eight-point cooperation plan') },
  Aggregates: {
    check: (d) => {
      expect(d.countryCounts[0]).toMatchObject({ country: { key: 'country:japan' }, total: 6 });
      expect(d.relationCounts.find((c: any) => c.type === 'SAID').count).toBe(9);
    },
  },
  CombinedFilters: {
    check: (d) => expect(d.entities.edges.map((e: any) => e.node.key)).toEqual(['national-objective:twelve-national-projects']),
  },
  Counts: { check: (d) => expect(d.counts.find((c: any) => c.label === 'Person').count).toBe(3) },
  EntityByName: {
    check: (d) =>
      expect(d.entityByName).toMatchObject({
        matchedBy: 'ALIAS',
        matchedText: 'the Russian leader',
        entity: { key: 'person:vladimir-putin' },
      }),
  },
  EventsInRange: {
    check: (d) => {
      expect(d.events.edges.map((e: any) => e.node.key)).toEqual(['event:abe-putin-meeting-in-sochi']);
      expect(d.articles.totalCount).toBe(0); // the seed article gives no date
    },
  },
  FilteredPeople: {
    check: (d) => {
      expect(d.people.edges.map((e: any) => [e.node.key, e.node.mentionCount])).toEqual([
        ['person:hiroshi-kajiyama', 4],
        ['person:shinzo-abe', 1],
      ]);
      expect(d.people.edges[0].node.statementCount).toBe(9);
    },
  },
  MentionedInArticle: { vars: () => ({ article: ctx.article }), check: (d) => expect(d.entities.totalCount).toBe(3) },
  Neighborhood: {
    check: (d) => {
      const keys = d.neighborhood.nodes.map((n: any) => n.key);
      expect(keys[0]).toBe('person:shinzo-abe');
      expect(keys).toEqual(expect.arrayContaining(['plan:eight-point-cooperation-plan', 'person:vladimir-putin', 'place:sochi']));
      expect(d.neighborhood.edges.some((e: any) => e.type === 'PROPOSED' && e.source === 'person:shinzo-abe')).toBe(true);
    },
  },
  NodesById: { vars: () => ({ ids: ctx.ids }), check: (d) => expect(d.nodes.map((n: any) => n.id)).toEqual(ctx.ids) },
  ObjectiveTopics: {
    check: (d) => expect(names(d.nationalObjectives.edges[0].node.topics)).toEqual(['Production diversification', 'Productivity']),
  },
  Paths: {
    check: (d) => {
      expect(d.paths.paths).toHaveLength(3);
      for (const p of d.paths.paths) {
        const keys = p.nodes.map((n: any) => n.key);
        expect([p.hops, keys[0], keys.at(-1)]).toEqual([2, 'person:hiroshi-kajiyama', 'national-objective:twelve-national-projects']);
        expect(p.relationships).toHaveLength(2);
      }
    },
  },
  PersonStatements: { check: (d) => expect(d.entity.statements.totalCount).toBe(9) },
  PlanAlignment: { check: (d) => expect(d.plans.edges[0].node.alignedWith.edges[0].node.name).toBe('Twelve national projects') },
  Search: { check: (d) => expect(d.search.edges[0].node.key).toBe('person:vladimir-putin') },
  SentenceMentions: { check: (d) => expect(d.articles.edges[0].node.sentences.edges).toHaveLength(12) },
  WhoIsKajiyama: { check: (d) => expect(d.entity.offices.totalCount).toBe(2) },
  TextSearch: {
    check: (d) => {
      const hits = d.textSearch.edges.map((e: any) => e.node);
      expect(d.textSearch.totalCount).toBe(2);
      expect(hits.map((h: any) => h.sentence.index).sort()).toEqual([1, 5]);
      for (const h of hits) {
        expect(h.matches.map((m: any) => h.text.slice(m.start, m.end).toLowerCase())).toEqual(['opportunities', 'business']);
        expect(h.entities.map((e: any) => e.key)).toContain('country:japan');
      }
    },
  },
  UpdateEntity: {
    write: true,
    vars: () => ({ key: 'person:vladimir-putin', aliases: ['President Putin'] }),
    check: (d) => expect(d.updateEntity.entity.aliases).toEqual(expect.arrayContaining(['President Putin', 'the Russian leader'])),
  },
  MergeEntities: {
    write: true,
    vars: () => ({ keep: 'topic:productivity', drop: 'topic:production-diversification' }),
    check: (d) => expect(d.mergeEntities.entity.aliases).toContain('Production diversification'),
  },
  IngestArticle: {
    write: true,
    vars: () => ({ text: KOREA }),
    check: (d) => {
      expect(d.ingestArticle.__typename).toBe('IngestArticlePayload');
      expect(d.ingestArticle.article.title).toBe('Seoul and Moscow discuss Far East projects');
      ingested = d.ingestArticle.article.key;
    },
  },
  DeleteArticle: {
    write: true,
    vars: () => ({ key: ingested }),
    check: (d) => expect(d.deleteArticle).toEqual({ key: ingested, deleted: true }),
  },
};

const operations = exampleOperations();
const ordered = [
  ...operations.filter((o) => !CHECKS[o.name]?.write),
  ...Object.keys(CHECKS)
    .filter((n) => CHECKS[n]!.write)
    .map((n) => operations.find((o) => o.name === n)!),
];

describe('schema/operations', () => {
  it('has a check for every operation file and a file for every check', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  for (const op of ordered.filter(Boolean)) {
    it(op.name, { timeout: 60_000 }, async () => {
      const c = CHECKS[op.name]!;
      const r = await gql(stack, op.query, c.vars?.(), c.write ? { authorization: `Bearer ${WRITE_TOKEN}` } : {});
      expect(r.errors).toBeUndefined();
      c.check(r.data);
    });
  }
});
