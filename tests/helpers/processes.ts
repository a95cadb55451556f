import { readFileSync } from 'node:fs';

/** True while `pid` is a running Neo4j server JVM (its command line names the entry point). */
export function neo4jJvmAlive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint');
  } catch {
    return false;
  }
}
