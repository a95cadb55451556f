import { rmSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { type Service, serviceEnv, startService } from '../helpers/service.ts';
import { subscribeSse } from '../helpers/sse.ts';
import { WRITE_TOKEN } from '../helpers/stack.ts';

// Two service processes (`npm start`'s) on one Neo4j, as replicas behind a load balancer would
// run, and the CLI as a third process writing to it: subscribers of both receive its write, a read
// through one sees a write through the other, and SIGTERM completes a replica's subscriptions
// before it exits.
const HOME = `.neo4j/test/replicas-${process.pid}`;
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

const ARTICLES = 'subscription { articleIngested { key at article { title } } }';

async function ask(s: Service, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

describe('replicas', () => {
  it('two services and the CLI on one Neo4j: events reach both, reads are fresh, SIGTERM drains subscriptions', {
    timeout: 240_000,
  }, async () => {
    const uri = inject('neo4jUri');
    const services = await Promise.all([0, 1].map(async () => startService(await serviceEnv(HOME, { NEO4J_URI: uri }))));
    const [one, two] = services as [Service, Service];
    try {
      const subs = await Promise.all(services.map((s) => subscribeSse(fetch, `${s.url}/graphql`, ARTICLES)));
      const cli = await runCli({ NEO4J_URI: uri }, ['ingest', 'data/test-articles/central-asia.txt']);
      expect(cli.code, cli.stderr).toBe(0);
      for (const sub of subs) {
        const [event] = await sub.waitFor(1, 10_000);
        const e = event!.data.articleIngested;
        expect(e.article.title).toEqual(expect.any(String));
        expect(event!.receivedAt - Date.parse(e.at), 'ms from commit to event').toBeLessThan(2000);
      }

      // A read through `two` after a write through `one`: fresh, though `two` had the answer in its cache.
      const count = async () => (await ask(two, '{ articles(first: 100) { totalCount } }')).data.articles.totalCount as number;
      const before = await count();
      expect([await count(), await count()]).toEqual([before, before]);
      const key = subs[0]!.results[0]!.data.articleIngested.key;
      const deleted = await ask(
        one,
        'mutation ($k: String!) { deleteArticle(key: $k) { deleted } }',
        { k: key },
        { authorization: `Bearer ${WRITE_TOKEN}` },
      );
      expect(deleted.data.deleteArticle.deleted).toBe(true);
      expect(await count()).toBe(before - 1);

      // SIGTERM: `one` completes its subscription, then exits 0; `two` keeps serving its own.
      one.proc.kill('SIGTERM');
      expect(await subs[0]!.completed).toBe(true);
      expect(await one.exited).toBe(0);
      const again = await runCli({ NEO4J_URI: uri }, ['ingest', 'data/test-articles/central-asia.txt']);
      expect(again.code, again.stderr).toBe(0);
      const [, event] = await subs[1]!.waitFor(2, 10_000);
      expect(event!.data.articleIngested.key).toBe(key);
      subs[1]!.close();
    } finally {
      for (const s of services) if (s.proc.exitCode === null) s.proc.kill('SIGTERM');
      await Promise.all(services.map((s) => s.exited));
    }
  });
});
