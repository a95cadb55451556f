import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENERGY_ARTICLES, gql, loadTestArticles, openStack, wipe, type Stack } from '../helpers/stack.ts';

// Facts in time (issue 20, items 1 and 2), through the whole stack: one office reported in 2019
// and 2021 with one holder and in 2023 with another (and once in an undated article), so the
// holders' reporting windows, `asOf`, reporting-window filters and a person's timeline can be told
// apart by date.

let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadTestArticles(stack.store, ENERGY_ARTICLES);
});
afterAll(() => stack.close());

const OFFICE = 'office:minister-of-energy-of-kazakhstan';
const SERIKBAYEV = 'person:aidar-serikbayev';
const ABENOV = 'person:yerlan-abenov';
const S_WINDOW = { firstDate: '2019-04-10', lastDate: '2021-06-15', articleCount: 3 };
const A_WINDOW = { firstDate: '2023-09-20', lastDate: '2023-09-20', articleCount: 1 };

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await gql(stack, query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

const HOLDERS_FIELDS = `holders(asOf: $asOf, reported: $reported) {
  totalCount edges { node { key } reported { firstDate lastDate articleCount } } }`;

/** The office's holders, asked through entity(key) (one compiled query) and through a list (one batched query per level): both must agree. */
async function holders(vars: { asOf?: string; reported?: { from?: string; to?: string } }) {
  const args = '($asOf: String, $reported: DateWindow)';
  const one = await ok(`query${args} { entity(key: "${OFFICE}") { ... on Office { ${HOLDERS_FIELDS} } } }`, vars);
  const listed = await ok(`query${args} { offices(nameContains: "Energy") { edges { node { key ${HOLDERS_FIELDS} } } } }`, vars);
  const viaList = listed.offices.edges.find((e: any) => e.node.key === OFFICE).node.holders;
  expect(viaList).toEqual(one.entity.holders);
  expect(one.entity.holders.totalCount).toBe(one.entity.holders.edges.length);
  return one.entity.holders.edges.map((e: any) => ({ key: e.node.key, ...e.reported }));
}

describe('time on every fact', () => {
  it('gives both holders of the office with their reporting windows (an undated article counts, without a date)', async () => {
    expect(await holders({})).toEqual([
      { key: SERIKBAYEV, ...S_WINDOW },
      { key: ABENOV, ...A_WINDOW },
    ]);
    const data = await ok(`{
      s: entity(key: "${SERIKBAYEV}") { reported { firstDate lastDate articleCount } }
      o: entity(key: "${OFFICE}") { reported { firstDate lastDate articleCount } } }`);
    expect(data.s.reported).toEqual(S_WINDOW);
    expect(data.o.reported).toEqual({ firstDate: '2019-04-10', lastDate: '2023-09-20', articleCount: 4 });
  });

  it('asOf picks the holder whose reporting window holds the date, else the one last reported before it', async () => {
    const keys = async (asOf: string) => (await holders({ asOf })).map((h: { key: string }) => h.key);
    expect(await keys('2019-06')).toEqual([SERIKBAYEV]);
    expect(await keys('2021-06-15')).toEqual([SERIKBAYEV]);
    expect(await keys('2023-09-20')).toEqual([ABENOV]);
    expect(await keys('2023')).toEqual([ABENOV]);
    // Between the windows: the latest reported before the date.
    expect(await keys('2022-03')).toEqual([SERIKBAYEV]);
    expect(await keys('2025')).toEqual([ABENOV]);
    // Before anything was reported: nobody.
    expect(await keys('2018-12-31')).toEqual([]);
    // The same rule from the person's side.
    const offices = await ok(
      `{ entity(key: "${ABENOV}") { ... on Person { a: offices(asOf: "2023-10") { totalCount } b: offices(asOf: "2020") { totalCount } } } }`,
    );
    expect([offices.entity.a.totalCount, offices.entity.b.totalCount]).toEqual([1, 0]);
  });

  it('narrows relationship fields and root lists to a reporting window', async () => {
    const keys = async (reported: { from?: string; to?: string }) => (await holders({ reported })).map((h: { key: string }) => h.key);
    expect(await keys({ from: '2022' })).toEqual([ABENOV]);
    expect(await keys({ to: '2019' })).toEqual([SERIKBAYEV]);
    expect(await keys({ from: '2020-01', to: '2021-12' })).toEqual([SERIKBAYEV]);
    expect(await keys({ from: '2024' })).toEqual([]);
    const people = async (from: string, to: string) =>
      (
        await ok('query($w: DateWindow) { people(reported: $w) { totalCount edges { node { key } } } }', { w: { from, to } })
      ).people.edges.map((e: any) => e.node.key);
    const in2023 = await people('2023', '2023');
    expect(in2023).toContain(ABENOV);
    expect(in2023).not.toContain(SERIKBAYEV);
    const in2019 = await people('2019-04', '2019-04');
    expect(in2019).toContain(SERIKBAYEV);
    expect(in2019).not.toContain(ABENOV);
  });
});

const TIMELINE = `query($key: String!, $from: String, $to: String, $kinds: [TimelineKind!], $first: Int, $after: String) {
  timeline(key: $key, from: $from, to: $to, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { key kind date relation direction entity { key name } article { title published }
      evidence { text start end sentence { text } article { key } } } } } }`;

async function timeline(vars: Record<string, unknown>) {
  const data = await ok(TIMELINE, { key: SERIKBAYEV, first: 100, ...vars });
  return data.timeline;
}

describe('timeline', () => {
  it("gives a person's events, statements, plans and offices across articles in date order, undated last, each with its evidence", async () => {
    const t = await timeline({});
    const items = t.edges.map((e: any) => e.node);
    expect(t.totalCount).toBe(items.length);
    const dates = items.map((i: any) => i.date);
    expect(new Set(dates)).toEqual(new Set(['2019-04-10', '2021-06-15', null]));
    const dated = dates.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length)).toEqual(dates.filter((d: string | null) => d === null)); // undated at the end
    expect(new Set(items.map((i: any) => i.kind))).toEqual(new Set(['OFFICE', 'STATEMENT', 'PLAN', 'EVENT']));
    // The office once per article that reports it, in date order.
    expect(items.filter((i: any) => i.kind === 'OFFICE').map((i: any) => [i.relation, i.direction, i.entity.key, i.date])).toEqual([
      ['HOLDS_OFFICE', 'OUT', OFFICE, '2019-04-10'],
      ['HOLDS_OFFICE', 'OUT', OFFICE, '2021-06-15'],
      ['HOLDS_OFFICE', 'OUT', OFFICE, null],
    ]);
    expect(items.find((i: any) => i.kind === 'EVENT')).toMatchObject({ date: '2021-06-15', relation: 'PARTICIPATED_IN' });
    expect(items.find((i: any) => i.kind === 'PLAN')).toMatchObject({
      date: '2019-04-10',
      relation: 'PROPOSED',
      entity: { key: 'plan:hydrogen-roadmap' },
    });
    for (const i of items) {
      expect(i.date).toBe(i.article.published);
      expect(i.evidence.length, i.key).toBeGreaterThan(0);
      for (const ev of i.evidence) expect(ev.sentence.text).toContain(ev.text);
    }
    // Points of one article come in the order of the text.
    const first = items.filter((i: any) => i.date === '2019-04-10').map((i: any) => Math.min(...i.evidence.map((ev: any) => ev.start)));
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });

  it('keeps only the points of articles dated in the window, and of the kinds asked', async () => {
    const mid = await timeline({ from: '2020', to: '2022-12-31' });
    expect(mid.edges.map((e: any) => e.node.date)).toEqual(mid.edges.map(() => '2021-06-15'));
    expect(new Set(mid.edges.map((e: any) => e.node.relation))).toEqual(new Set(['HOLDS_OFFICE', 'PARTICIPATED_IN', 'SAID']));
    const early = await timeline({ to: '2019' });
    expect(new Set(early.edges.map((e: any) => e.node.date))).toEqual(new Set(['2019-04-10']));
    expect((await timeline({ from: '2022' })).totalCount).toBe(0);
    const statements = await timeline({ kinds: ['STATEMENT'], from: '2019' });
    expect(statements.edges.map((e: any) => [e.node.kind, e.node.relation])).toEqual(statements.edges.map(() => ['STATEMENT', 'SAID']));
    expect(statements.totalCount).toBe(3);
  });

  it('pages by cursor in the same order, and is null for an unknown key', async () => {
    const all = (await timeline({})).edges.map((e: any) => e.node.key);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: any = await timeline({ first: 2, after });
      expect(page.totalCount).toBe(all.length);
      paged.push(...page.edges.map((e: any) => e.node.key));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    expect((await ok(TIMELINE, { key: 'person:nobody' })).timeline).toBeNull();
  });
});

describe('bad time inputs', () => {
  const codes = async (query: string, variables?: Record<string, unknown>) => {
    const r = await gql(stack, query, variables);
    return r.errors?.map((e) => [e.extensions?.code, (e.extensions as { argument?: string } | undefined)?.argument]);
  };

  it('refuses a window that ends before it starts, and a malformed date, with BAD_USER_INPUT', async () => {
    const t = (args: string) => `{ timeline(key: "${SERIKBAYEV}", ${args}) { totalCount } }`;
    expect(await codes(t('from: "2023", to: "2019"'))).toEqual([['BAD_USER_INPUT', 'from']]);
    expect(await codes(t('from: "2019-13-01"'))).toEqual([['BAD_USER_INPUT', 'from']]);
    expect(await codes(t('to: "May 2019"'))).toEqual([['BAD_USER_INPUT', 'to']]);
    expect(await codes('query($t: String) { timeline(key: "x", to: $t) { totalCount } }', { t: '2019-02-3' })).toEqual([
      ['BAD_USER_INPUT', 'to'],
    ]);
    expect(await codes('{ people(reported: { from: "2024", to: "2020-05" }) { totalCount } }')).toEqual([['BAD_USER_INPUT', 'reported']]);
    expect(await codes('{ people(reported: { from: "20" }) { totalCount } }')).toEqual([['BAD_USER_INPUT', 'reported']]);
    const h = (args: string) => `{ entity(key: "${OFFICE}") { ... on Office { holders(${args}) { totalCount } } } }`;
    expect(await codes(h('asOf: "yesterday"'))).toEqual([['BAD_USER_INPUT', 'asOf']]);
    expect(await codes(h('reported: { from: "2023-01", to: "2022" }'))).toEqual([['BAD_USER_INPUT', 'reported']]);
    // A bound inside the other's span is a window, not an error: June 2019 to the end of 2019.
    expect(await codes(t('from: "2019-06", to: "2019"'))).toBeUndefined();
  });
});
