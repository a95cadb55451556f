// What the load scripts share: a benchmark server started in its own process, and the people a
// run asks for one by one.
import { fork, type ChildProcess } from 'node:child_process';
import type { Driver } from 'neo4j-driver';

/**
 * One server of dist/bench/serve.js (npm run build first), with the Node settings of `npm run
 * start:prod` (NODE_ENV=production, old space capped at 128 MB); resolves once it listens. `dir`: the
 * checkout whose build runs (bench/paired.ts starts another commit's beside this one).
 */
export async function startServer(kind: string, port: number, boltUri: string, dir = '.'): Promise<ChildProcess> {
  const child = fork(`${dir}/dist/bench/serve.js`, [kind, String(port), boltUri], {
    cwd: dir,
    execArgv: ['--max-old-space-size=128'],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  await new Promise<void>((ok, fail) => {
    child.once('message', () => ok());
    child.once('exit', (c) => fail(new Error(`${kind} exited ${c}`)));
  });
  return child;
}

/** The first n people of the graph by key, the same list for every run on the same graph. */
export async function benchPeople(driver: Driver, n: number): Promise<string[]> {
  const res = await driver.executeQuery('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT toInteger($n)', { n });
  return res.records.map((r) => r.get('id') as string);
}
