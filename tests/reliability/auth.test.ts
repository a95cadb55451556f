import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/api/schema.ts';
import { graphCounts, loadSeed, openStack, SEED_ANNOTATION, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { expectNoLeak, send, serve, type Served } from './http.ts';

// Every mutation refuses a missing or wrong token with UNAUTHENTICATED and changes nothing. The
// mutations come from the served schema (introspection), so a new one cannot slip through
// unprotected: it is called here the day it is added.

let stack: Stack;
let served: Served;
let articleKey: string;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  articleKey = (await loadSeed(stack.store)).articleId;
  served = await serve(stack);
});
afterAll(async () => {
  await served?.close();
  await stack?.close();
});

const seed = JSON.parse(readFileSync(SEED_ANNOTATION, 'utf8')) as { article: { body: string } };

/**
 * Argument values that would really change the graph if the call were allowed (real keys, a real
 * article), so a missing check shows as changed counts and not only as a missing error.
 */
function realValue(field: string, arg: string): unknown {
  const known: Record<string, unknown> = {
    'deleteArticle.key': () => articleKey,
    'ingestArticle.text': `Another look\n\n${seed.article.body}`,
    'mergeEntities.keep': 'person:shinzo-abe',
    'mergeEntities.drop': 'person:vladimir-putin',
    'updateEntity.key': 'person:shinzo-abe',
    'updateEntity.name': 'Renamed',
    'updateEntity.aliases': ['renamed'],
  };
  const v = known[`${field}.${arg}`];
  return typeof v === 'function' ? (v as () => unknown)() : v;
}

/** A value of any input type: real where known, otherwise the simplest valid one. */
function sampleValue(type: GraphQLInputType, field: string, arg: string): unknown {
  const real = realValue(field, arg);
  if (real !== undefined) return real;
  if (isNonNullType(type)) return sampleValue(type.ofType, field, arg);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType, field, arg)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type, field, f.name)]),
    );
  }
  return { Int: 1, Float: 1, Boolean: true, ID: 'x', String: 'x' }[named.name] ?? 'x';
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }` with the required arguments and the known real ones. */
function operationFor(field: GraphQLField<unknown, unknown>) {
  const args = (field.args as readonly GraphQLArgument[]).filter(
    (a) => isNonNullType(a.type) || realValue(field.name, a.name) !== undefined,
  );
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `mutation${defs ? `(${defs})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type, field.name, a.name)]));
  return { query, variables };
}

const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

const BAD_CREDENTIALS: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['a wrong token', { authorization: 'Bearer wrong-token-0123456789abcdef' }],
  ['the token with one character more', { authorization: `Bearer ${WRITE_TOKEN}x` }],
  ['the token cut short', { authorization: `Bearer ${WRITE_TOKEN.slice(0, -1)}` }],
  ['the token in upper case', { authorization: `Bearer ${WRITE_TOKEN.toUpperCase()}` }],
  ['an empty Bearer', { authorization: 'Bearer ' }],
  ['the token without the Bearer scheme', { authorization: WRITE_TOKEN }],
  ['the token as Basic credentials', { authorization: `Basic ${Buffer.from(`neo4j:${WRITE_TOKEN}`).toString('base64')}` }],
  ['the token in another header', { 'x-api-key': WRITE_TOKEN }],
];

describe('authentication of mutations', () => {
  it('the served schema (introspection) has exactly the mutations the schema object has, and at least the four known ones', async () => {
    const a = await send(served, { body: { query: '{ __schema { mutationType { fields { name } } } }' } });
    const served_ = (a.json.data.__schema.mutationType.fields as { name: string }[]).map((f) => f.name).sort();
    expect(served_).toEqual(mutationFields.map((f) => f.name).sort());
    expect(served_).toEqual(expect.arrayContaining(['deleteArticle', 'ingestArticle', 'mergeEntities', 'updateEntity']));
  });

  it.each(mutationFields.flatMap((f) => BAD_CREDENTIALS.map(([how, headers]) => [f.name, how, headers] as const)))(
    '%s with %s: UNAUTHENTICATED, nothing changed',
    async (name, _how, headers) => {
      const before = await graphCounts(stack.driver);
      const { query, variables } = operationFor(schema.getMutationType()!.getFields()[name]!);
      const a = await send(served, { body: { query, variables }, headers });
      expectNoLeak(a.text);
      expect(a.json.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(a.json.data?.[name] ?? null).toBeNull();
      expect(await graphCounts(stack.driver)).toEqual(before);
    },
  );

  it('with the right token the same calls do run (so the refusals above are the token check, not bad arguments)', async () => {
    for (const f of ['updateEntity', 'ingestArticle'] as const) {
      const field = schema.getMutationType()!.getFields()[f]!;
      const { query, variables } = operationFor(field);
      const a = await send(served, { body: { query, variables }, headers: { authorization: `Bearer ${WRITE_TOKEN}` } });
      expect(a.json.errors, JSON.stringify(a.json.errors)).toBeUndefined();
      expect(a.json.data[f].__typename, JSON.stringify(a.json.data)).not.toMatch(/Error$/);
    }
  });
});
