// The benchmark's query set, Q1–Q6, as PolicyGraph GraphQL, @neo4j/graphql GraphQL and raw
// Cypher (bench/raw-server.ts). The targets are fixed entities of the synthetic corpus that exist
// at every scale (the ministers of articles 0 and 1, Japan), so runs at 1k/10k/100k compare.
import { article } from './corpus.ts';
import { entityId } from '../src/model/ids.ts';

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6';
export const QUERY_NAMES: QueryName[] = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'];

export const QUERY_DOC: Record<QueryName, string> = {
  Q1: 'an entity by id with its scalar fields',
  Q2: 'a person: offices → country, first 10 statements, first 10 proposed plans → aligned objectives → topics',
  Q3: 'full-text search over names and aliases (a surname, first 10)',
  Q4: 'depth-2 neighbourhood of a person (≤ 25 neighbours per node, ≤ 50 nodes) with the edges among them',
  Q5: 'plans tied to Japan, sorted by name descending, first 20, with the total count',
  Q6: 'shortest path (≤ 4 hops) between two ministers of different articles',
};

export interface Targets {
  person: string;
  other: string;
  surname: string;
  country: string;
}

export function targets(seed = 1): Targets {
  const a0 = article(seed, 0);
  const person = a0.facts.ministers[0];
  // The first minister of a later article who is not a minister of article 0.
  let k = 1;
  while (article(seed, k).facts.ministers.some((m) => a0.facts.ministers.includes(m))) k++;
  return {
    person: entityId('Person', person),
    other: entityId('Person', article(seed, k).facts.ministers[0]),
    surname: a0.facts.ministers[0].split(' ')[1]!.toLowerCase(),
    country: 'country:japan',
  };
}

/** PolicyGraph (src/api): the fields that exist in schema/schema.graphql. */
export function policyGraphQueries(t: Targets): Record<QueryName, { query: string; variables: Record<string, unknown> }> {
  return {
    Q1: { query: 'query Q1($key: String!) { entity(key: $key) { key name aliases } }', variables: { key: t.person } },
    Q2: {
      query: `query Q2($key: String!) { entity(key: $key) { key name ... on Person {
        offices { edges { node { key name country { node { key name } } } } }
        statements(first: 10) { edges { node { key ... on Statement { text } } } }
        proposedPlans(first: 10) { edges { node { key name alignedWith { edges { node { key name
          ... on NationalObjective { topics { edges { node { key name } } } } } } } } } } } } }`,
      variables: { key: t.person },
    },
    Q3: {
      query: 'query Q3($q: String!) { search(query: $q, first: 10) { edges { score node { key name } } } }',
      variables: { q: t.surname },
    },
    Q4: {
      query: 'query Q4($key: String!) { neighborhood(key: $key, depth: 2, limit: 50) { nodes { key name } edges { source target type } } }',
      variables: { key: t.person },
    },
    Q5: {
      query: `query Q5($country: String!) { plans(first: 20, filter: {country: $country}, sort: {field: NAME, direction: DESC}) {
        totalCount edges { node { key name } } } }`,
      variables: { country: t.country },
    },
    Q6: {
      query:
        'query Q6($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 4, limit: 1) { paths { keys } nodes { key name } edges { source target type } } }',
      variables: { from: t.person, to: t.other },
    },
  };
}

/** @neo4j/graphql (bench/neo4j-graphql-server.ts): generated fields; Q4 and Q6 as @cypher fields. */
export function neo4jGraphqlQueries(t: Targets): Record<QueryName, { query: string; variables: Record<string, unknown> }> {
  return {
    Q1: { query: 'query Q1($id: ID!) { entities(where: {id: {eq: $id}}) { id name aliases } }', variables: { id: t.person } },
    Q2: {
      query: `query Q2($id: ID!) { people(where: {id: {eq: $id}}) { id name
        offices { id name country { id name } }
        statements(limit: 10, sort: [{name: ASC}]) { id text }
        proposedPlans(limit: 10, sort: [{name: ASC}]) { id name alignedWith { id name topics { id name } } } } }`,
      variables: { id: t.person },
    },
    Q3: { query: 'query Q3($q: String!) { search(phrase: $q, limit: 10) { score id name } }', variables: { q: t.surname } },
    Q4: {
      query: 'query Q4($id: ID!) { neighborhood(id: $id) { nodes { id name } edges { source target type } } }',
      variables: { id: t.person },
    },
    Q5: {
      query: `query Q5($country: ID!) { plansConnection(first: 20, sort: [{name: DESC}], where: {parties: {some: {id: {eq: $country}}}}) {
        totalCount edges { node { id name } } } }`,
      variables: { country: t.country },
    },
    Q6: {
      query: 'query Q6($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes { id name } edges { source target type } } }',
      variables: { from: t.person, to: t.other },
    },
  };
}
