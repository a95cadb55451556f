// Server (a): the raw neo4j-driver, one hand-written Cypher per query, returning the same JSON
// as PolicyGraph's answer, on a tiny node:http server. POST /query {"op": "Q1", "variables": {...}}.
import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../src/model/vocabulary.ts';
import { luceneQuery } from '../src/graph/reads/search.ts';
import type { QueryName } from './queries.ts';

const T = RELATION_TYPES.join('|');
const COUNTRY_LINKS = 'AFFILIATED_WITH|OFFICE_OF|OBJECTIVE_OF|PARTY_TO|HELD_IN|LOCATED_IN';

// `k` is the id field's name in the answer: `key` for PolicyGraph's shape, `id` for @neo4j/graphql's.
const neighborhood = (k: string, id: string) => `MATCH (s:Entity {id: $${id}})
CALL (s) { MATCH (s)-[:${T}]-(b:Entity) WITH DISTINCT b ORDER BY b.name, b.id LIMIT 25 RETURN collect(b) AS l1 }
CALL (s, l1) { UNWIND l1 AS a CALL (a) { MATCH (a)-[:${T}]-(c:Entity) WITH DISTINCT c ORDER BY c.name, c.id LIMIT 25 RETURN c }
  WITH DISTINCT c WHERE c <> s AND NOT c IN l1 RETURN collect(c) AS l2 }
WITH ([s] + l1 + l2)[0..50] AS ns
CALL (ns) { UNWIND ns AS n MATCH (n)-[r:${T}]->(m:Entity) WHERE m IN ns RETURN collect({source: n.id, target: m.id, type: type(r)}) AS edges }
RETURN {nodes: [n IN ns | {${k}: n.id, name: n.name}], edges: edges} AS result`;

const path = (k: string) => `OPTIONAL MATCH p = SHORTEST 1 (a:Entity {id: $from})-[:${T}]-{1,4}(b:Entity {id: $to})
RETURN CASE WHEN p IS NULL THEN {paths: [], nodes: [], edges: []} ELSE
  {paths: [{keys: [n IN nodes(p) | n.id]}], nodes: [n IN nodes(p) | {${k}: n.id, name: n.name}],
   edges: [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r)}]} END AS result`;

export const RAW_CYPHER = {
  Q1: `MATCH (e:Entity {id: $key}) RETURN {key: e.id, name: e.name, aliases: coalesce(e.aliases, [])} AS result`,
  Q2: `MATCH (p:Person {id: $key})
RETURN {key: p.id, name: p.name,
  offices: {edges: [(p)-[:HOLDS_OFFICE]->(o:Entity) | {node: {key: o.id, name: o.name,
    country: head([(o)-[:OFFICE_OF]->(c:Entity) | {node: {key: c.id, name: c.name}}])}}]},
  statements: {edges: [s IN COLLECT { MATCH (p)-[:SAID]->(s:Statement)
    WITH s, coalesce(head(COLLECT { MATCH (a:Article {id: s.articleId}) RETURN a.published }), '') AS d,
      coalesce(head(COLLECT { MATCH (:Sentence)-[m:MENTIONS]->(s) RETURN min(m.start) }), 0) AS at
    RETURN s ORDER BY d DESC, at, s.id LIMIT 10 } | {node: {key: s.id, text: s.text}}]},
  proposedPlans: {edges: [pl IN COLLECT { MATCH (p)-[:PROPOSED]->(pl:Entity) RETURN pl ORDER BY pl.name, pl.id LIMIT 10 } | {node: {key: pl.id, name: pl.name,
    alignedWith: {edges: [(pl)-[:ALIGNED_WITH]->(o:Entity) | {node: {key: o.id, name: o.name,
      topics: {edges: [(o)-[:COVERS]->(t:Topic) | {node: {key: t.id, name: t.name}}]}}}]}}}]}
} AS result`,
  Q3: `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 11}) YIELD node, score
WITH node, score ORDER BY score DESC, node.name, node.id LIMIT 10
RETURN {edges: collect({score: score, node: {key: node.id, name: node.name}})} AS result`,
  Q4: neighborhood('key', 'key'),
  Q5: `MATCH (:Country {id: $country})-[:${COUNTRY_LINKS}]-(e:Plan)
WITH DISTINCT e ORDER BY e.name DESC, e.id
WITH collect(e) AS ps
RETURN {totalCount: size(ps), edges: [e IN ps[0..20] | {node: {key: e.id, name: e.name}}]} AS result`,
  Q6: path('key'),
  // The same Cypher as @cypher fields of the @neo4j/graphql server.
  Q3graphql: `CALL db.index.fulltext.queryNodes('entity_names', '(' + $phrase + ' OR ' + $phrase + '*)', {limit: $limit}) YIELD node, score
RETURN {id: node.id, name: node.name, score: score} AS hit`,
  Q4graphql: neighborhood('id', 'id'),
  Q6graphql: path('id'),
};

const FIELD: Record<QueryName, string> = { Q1: 'entity', Q2: 'entity', Q3: 'search', Q4: 'neighborhood', Q5: 'plans', Q6: 'paths' };

export function createRawServer(driver: Driver): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const { op, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            op: QueryName;
            variables: Record<string, unknown>;
          };
          const params = op === 'Q3' ? { q: luceneQuery(String(variables.q)) } : variables;
          const r = await driver.executeQuery(RAW_CYPHER[op], params, { database: 'neo4j', routing: 'READ' });
          const body = JSON.stringify({ data: { [FIELD[op]]: r.records[0]?.get('result') ?? null } });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
        }
      })();
    });
  });
}
