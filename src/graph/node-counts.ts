import neo4j from 'neo4j-driver';
import type { QueryRunner } from './sessions.ts';

// How many nodes the graph holds, in all or of one label: what `import` checks before it writes
// (only an empty graph is filled) and after (every article arrived). Each count comes from the
// count store; labels are a closed list here, so no value is spliced into the Cypher.

const QUERIES = {
  all: 'MATCH (n) RETURN count(n) AS n',
  Article: 'MATCH (a:Article) RETURN count(a) AS n',
  Entity: 'MATCH (e:Entity) RETURN count(e) AS n',
} as const;

export async function countNodes(q: QueryRunner, of: keyof typeof QUERIES): Promise<number> {
  const res = await q.run(QUERIES[of]);
  return neo4j.integer.toNumber(res.records[0]!.get('n'));
}
