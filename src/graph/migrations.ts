import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Driver, Neo4jError } from 'neo4j-driver';
import { PROJECT_ROOT } from '../project-root.ts';

const SCHEMA_FILE = join(PROJECT_ROOT, 'cypher', 'schema.cypher');

function schemaStatements(text = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies cypher/schema.cypher (all `IF NOT EXISTS`) and waits until the indexes are online (up to
 * `waitSeconds`: populating them over a freshly imported graph takes longer than a start-up).
 */
export async function applySchema(driver: Driver, database: string, waitSeconds = 60): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database }).catch((err: unknown) => {
      // Replicas starting together on a new database race to create the same index: `IF NOT
      // EXISTS` does not cover one created while this statement ran, and that one is as good.
      if (!(err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists')) throw err;
    });
  }
  await driver.executeQuery('CALL db.awaitIndexes($s)', { s: waitSeconds }, { database });
}
