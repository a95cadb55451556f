import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Aliases are every way the texts name an entity plus the ones a person added by hand, minus its
 * name. Recomputed after anything that adds or removes mentions, so deleting an article also
 * takes away the names only it used.
 */
export async function refreshAliases(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id})
     WITH e, COLLECT { MATCH (:Sentence)-[m:MENTIONS]->(e) RETURN DISTINCT m.text } + coalesce(e.manualAliases, []) AS forms
     SET e.aliases = reduce(acc = [], f IN forms | CASE WHEN f = e.name OR f IN acc THEN acc ELSE acc + f END)`,
    { ids },
  );
}
