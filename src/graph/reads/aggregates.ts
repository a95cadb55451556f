import type { Node } from 'neo4j-driver';
import { RELATION_TYPES } from '../../model/vocabulary.ts';
import type { CountryCount, EntityStats, RelationCount } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { COUNTRY_LINKS } from './entity-filter.ts';
import { toEntity } from './projections.ts';

// Counts for dashboards: per relationship type, per country, and per entity.

// Spelled out per type, each count comes from the count store (no scan).
const REL_COUNT_QUERY = RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS type, count(r) AS count`).join(' UNION ALL ');

export async function countsByRelationType(tx: QueryRunner): Promise<RelationCount[]> {
  const res = await tx.run(REL_COUNT_QUERY);
  const found = new Map(res.records.map((r) => [r.get('type') as string, r.get('count') as number]));
  return RELATION_TYPES.map((type) => ({ type, count: found.get(type) ?? 0 }));
}

/** For each country, the entities tied to it (the links the `country` filter follows), by label. */
export async function countsByCountry(tx: QueryRunner): Promise<CountryCount[]> {
  const res = await tx.run(
    `MATCH (c:Country)
     OPTIONAL MATCH (c)-[:${COUNTRY_LINKS.join('|')}]-(e:Entity)
     WITH c, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, count(DISTINCT e) AS n
     WITH c, collect(CASE WHEN label IS NULL THEN null ELSE {label: label, count: n} END) AS byLabel
     WITH c, byLabel, reduce(s = 0, x IN byLabel | s + x.count) AS total
     RETURN c, total, byLabel ORDER BY total DESC, c.name, c.id`,
  );
  return res.records.map((r) => ({
    country: toEntity(r.get('c') as Node),
    total: r.get('total') as number,
    byLabel: (r.get('byLabel') as { label: string; count: number }[]).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  }));
}

/** Mentions, articles and statements (said by it or about it) for many entities in one query. */
export async function statsOfEntities(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, EntityStats>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id})
     RETURN id,
       COUNT { (:Sentence)-[:MENTIONS]->(e) } AS mentions,
       COUNT { MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT s.articleId AS a } AS articles,
       COUNT { MATCH (e)-[:SAID]->(st:Statement) RETURN st UNION MATCH (st:Statement)-[:ABOUT]->(e) RETURN st } AS statements`,
    { ids },
  );
  return new Map(
    res.records.map((r) => [
      r.get('id') as string,
      { mentions: r.get('mentions') as number, articles: r.get('articles') as number, statements: r.get('statements') as number },
    ]),
  );
}
