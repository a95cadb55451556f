import {
  buildClientSchema,
  execute,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/api/context.ts';
import { RELATIONSHIP_FIELDS } from '../../src/api/relationship-fields.ts';
import { schema } from '../../src/api/schema.ts';
import { playgroundTabs } from '../../src/server/playground.ts';
import { seededStack } from '../helpers/seeded.ts';
import { gql, WRITE_TOKEN } from '../helpers/stack.ts';

// Output fields are non-null unless a value can truly be missing (issue 19, item 5), so generated
// clients check for null only there. This test holds the list of those fields, each with why: a
// field added nullable by accident, or a field of the list made non-null, fails it. And since a
// non-null field whose resolver returns null fails the whole parent, every field of the schema is
// read over the seed graph (a query generated from the schema) and every playground tab is run.

/** Every output position that may be null ("Type.field", or "Type.field[]" for a list's items), and why. */
const MAY_BE_NULL: Record<string, string> = {
  'Query.entity': 'no entity has the key',
  'Query.article': 'no article has the key',
  'Query.sentence': 'no sentence has the key',
  'Query.node': 'no node has the global id',
  'Query.nodes[]': 'an id that names no node (Relay: one slot per id asked)',
  'Query.entityByName': 'nothing matches the name',
  'Query.neighborhood': 'the key is unknown',
  'Query.paths': 'a key is unknown',
  'Article.source': 'the article names no source',
  'Article.published': 'the article gives no date, or one that is no date',
  'Event.date': 'the article does not say when',
  'TextHit.sentence': 'a TITLE hit is no sentence',
  'Query.timeline': 'no entity has the key',
  'Reported.firstDate': 'no supporting article is dated',
  'Reported.lastDate': 'no supporting article is dated',
  'TimelineItem.date': 'the article gives no date',
  'PageInfo.startCursor': 'an empty page has no first row',
  'PageInfo.endCursor': 'an empty page has no last row',
  'Fact.entityLabel': 'a relationship is no entity',
  'Fact.relation': 'an entity is no relationship',
  'Fact.from': 'an entity has no ends',
  'Fact.to': 'an entity has no ends',
  'Fact.entity': 'a relationship, or an entity the graph no longer holds',
  'ArticleIngestedEvent.article': 'the article was deleted since',
  // The one-node shortcuts beside a relationship connection (Plan.event, Event.place, ...).
  ...Object.fromEntries(
    Object.entries(RELATIONSHIP_FIELDS).flatMap(([label, rels]) =>
      rels.filter((r) => r.single).map((r) => [`${label}.${r.single}`, `the ${r.field} relationship may have no row`]),
    ),
  ),
};

/** The output positions of a schema that may be null. */
function nullablePositions(s: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const at = `${type.name}.${field.name}`;
      if (!isNonNullType(field.type)) found.push(at);
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (isListType(inner) && !isNonNullType(inner.ofType)) found.push(`${at}[]`);
    }
  }
  return found.sort();
}

/** Root fields' required arguments, values from the seed graph; a root field not here is read without arguments. */
const ROOT_ARGS: Record<string, Record<string, unknown>> = {
  entity: { key: 'person:shinzo-abe' },
  article: { key: 'article:32cf05b0c027adcd' },
  sentence: { key: 'article:32cf05b0c027adcd#3' },
  node: { id: 'UGVyc29uOnBlcnNvbjpzaGluem8tYWJl' },
  nodes: { ids: ['UGVyc29uOnBlcnNvbjpzaGluem8tYWJl', 'UGVyc29uOnBlcnNvbjp2bGFkaW1pci1wdXRpbg=='] },
  entityByName: { name: 'the Russian leader' },
  search: { query: 'putin' },
  textSearch: { query: 'business opportunities' },
  neighborhood: { key: 'person:shinzo-abe', depth: 2 },
  paths: { from: 'person:hiroshi-kajiyama', to: 'national-objective:twelve-national-projects' },
  timeline: { key: 'person:hiroshi-kajiyama' },
};

/**
 * Every field of `type` that needs no argument, `depth` object levels down (leaves only at 0). An
 * interface gives its own fields: each label's fields are read from its root list (people, ...).
 */
function selectAll(type: GraphQLNamedType, depth: number, read: Set<string>): string {
  if (!(isObjectType(type) || isInterfaceType(type))) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (!isLeafType(named) && depth === 0) continue;
    parts.push(isLeafType(named) ? field.name : `${field.name} { ${selectAll(named, depth - 1, read)} }`);
    read.add(`${type.name}.${field.name}`);
  }
  return parts.join(' ');
}

/** One query per root field, reading every field below it down to `depth` levels; `read` collects the fields read. */
function everyFieldQueries(depth: number, read: Set<string>): [field: string, query: string][] {
  return Object.values(schema.getQueryType()!.getFields()).map((field) => {
    const needed = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
    const given = ROOT_ARGS[field.name] ?? {};
    const missing = needed.filter((n) => !(n in given));
    if (missing.length) throw new Error(`ROOT_ARGS: give Query.${field.name} its ${missing.join(', ')}`);
    const args = Object.entries(given).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    const named = getNamedType(field.type);
    const body = isLeafType(named) ? '' : ` { ${selectAll(named, depth, read)} }`;
    return [field.name, `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''}${body} }`];
  });
}

/** Object levels read below each root field: enough to reach every field a query can (the test checks it). */
const DEPTH = 5;

const seeded = seededStack();

describe('nullability', () => {
  it('served schema: only the listed fields may be null; keys, names, ids, counts and lists are non-null', async () => {
    const r = await gql<IntrospectionQuery>(seeded.current, getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    const served = buildClientSchema(r.data!);
    expect(nullablePositions(served)).toEqual(Object.keys(MAY_BE_NULL).sort());

    const always = ['key', 'name', 'label', 'id', 'totalCount', 'count', 'total'];
    let checked = 0;
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields()).filter((f) => always.includes(f.name))) {
        expect(isNonNullType(field.type), `${type.name}.${field.name}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    const query = served.getQueryType()!.getFields();
    for (const f of ['counts', 'relationCounts', 'countryCounts']) expect(String(query[f]!.type)).toMatch(/^\[\w+!\]!$/);
    expect(String(query.entities!.type)).toBe('EntityConnection!');
  });

  it('reads every field of the schema over the seed graph without a null where the schema promises a value', async () => {
    // Executed in-process: the documents are far over the served cost and token limits, on purpose.
    const read = new Set<string>();
    const queries = everyFieldQueries(DEPTH, read);
    // DEPTH reaches every field but the writes' (mutations, their payloads, their error types) and
    // the subscriptions' (events of writes: tests/api/subscriptions.test.ts reads them).
    const unread = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)))
      .flatMap((t) => Object.keys((t as GraphQLObjectType).getFields()).map((f) => `${t.name}.${f}`))
      .filter((f) => !read.has(f) && !f.startsWith('Query.'));
    expect(unread.filter((f) => !/^(Mutation|Subscription|\w+Payload|\w+Event|\w*Error)\./.test(f))).toEqual([]);

    const data: Record<string, any> = {};
    const errors: string[] = [];
    for (const [, query] of queries) {
      const result = await execute({ schema, document: parse(query), contextValue: createContext(seeded.current.store, false) });
      errors.push(...(result.errors ?? []).map((e) => `${e.path?.join('.')}: ${e.message}`));
      Object.assign(data, result.data);
    }
    expect(errors).toEqual([]);
    // The walk reached real rows (a broken lookup would make it vacuous): each label's list, evidence, articles.
    expect(data.people.edges.length).toBe(3);
    expect(data.entity.mentions.edges.length).toBeGreaterThan(0);
    expect(data.neighborhood.edges.flatMap((e: any) => e.evidence).map((e: any) => e.sentence.article.title)).toContain(data.article.title);
    expect(data.nodes).toHaveLength(2);
  }, 60_000);

  it('runs every playground tab (every operation of schema/operations/) through the service without an error', async () => {
    for (const tab of playgroundTabs()) {
      const headers: Record<string, string> = tab.headers ? { authorization: `Bearer ${WRITE_TOKEN}` } : {};
      const r = await gql(seeded.current, tab.query, JSON.parse(tab.variables), headers);
      expect(r.errors, tab.name).toBeUndefined();
      expect(r.data, tab.name).toBeTruthy();
    }
  }, 60_000);
});
