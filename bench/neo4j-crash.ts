// Issue 21's figures, by hand (never as timed assertions in tests): five times, under steady reads,
// API ingests and a CLI ingest (and one more CLI ingest started during the outage), kill -9 of the local Neo4j the service started; for each, the time
// from the kill until /ready answers 200, the ingests acknowledged before the kill against those
// present after recovery, and, at the end, articles partly present (each present article loaded
// again whole from its file must look the same).
//
//   npx tsx bench/neo4j-crash.ts [RUNS]      (default 5; one service, one data folder, throw-away)
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDriver } from '../src/graph/driver.ts';
import { runCli } from '../tests/helpers/cli.ts';
import { STABLE_MS } from '../src/graph/neo4j-supervisor.ts';
import {
  codeCounts,
  corpusFiles,
  crashUnderLoad,
  footprints,
  partlyPresent,
  slowest,
  sourceOf,
  writeCorpus,
} from '../tests/helpers/crash-load.ts';
import { logLines, serviceEnv, startService } from '../tests/helpers/service.ts';

const RUNS = Number(process.argv[2] ?? 5);
const SEED = 2121;
const HOME = resolve(`.neo4j/bench-crash-${process.pid}`);
const FILES = `${HOME}-articles`;

const env = await serviceEnv(HOME);
const service = await startService(env);
const driver = createDriver({ uri: `bolt://127.0.0.1:${env.LOCAL_NEO4J_BOLT_PORT}`, user: 'neo4j', password: '' });
const cli = (args: string[]) => runCli(env, args, 600_000);
const times: number[] = [];
const acks = { beforeKill: 0, all: 0, present: 0 };
try {
  for (let run = 0; run < RUNS; run++) {
    // A JVM that dies within a minute of a restart counts as the same outage (a longer backoff):
    // each run starts from a Neo4j that has been up that long, as a first crash would.
    if (run > 0) await new Promise((r) => setTimeout(r, STABLE_MS + 1000));
    // Each run writes articles of its own: API [base, base+80), CLI [base+80, base+100), and a CLI
    // started during the outage [base+100, base+105).
    const base = run * 105;
    const cliDir = join(FILES, `cli-${run}`);
    const lateDir = join(FILES, `late-${run}`);
    const lateSources = [...corpusFiles(lateDir, SEED, base + 100, base + 105).values()];
    const crash = await crashUnderLoad(service, driver, cli, {
      seed: SEED,
      from: base,
      to: base + 80,
      cliDir,
      cliFiles: corpusFiles(cliDir, SEED, base + 80, base + 100),
      lateDir,
    });
    const present = await footprints(driver);
    const acked = [...crash.acked.map((a) => a.source), ...crash.cliAcked, ...(crash.late.code === 0 ? lateSources : [])];
    acks.beforeKill += crash.acked.filter((a) => a.at < crash.killedAt).length;
    acks.all += acked.length;
    acks.present += acked.filter((s) => present.has(s)).length;
    times.push(crash.readyMs);
    console.log(
      `run ${run + 1}: kill→ready ${crash.readyMs} ms; API acknowledged before the kill ${crash.acked.filter((a) => a.at < crash.killedAt).length}, ` +
        `acknowledged in all ${acked.length} (CLI ${crash.cliAcked.length}, exit ${crash.cliCode}; CLI started in the outage exit ${crash.late.code}), present ${acked.filter((s) => present.has(s)).length}; ` +
        `during the outage ${JSON.stringify(codeCounts(crash.during))}, slowest ${JSON.stringify(slowest(crash.during))}`,
    );
  }
  const before = await footprints(driver);
  for (let i = 0; i < RUNS * 105; i++) if (before.has(sourceOf(SEED, i))) writeCorpus(join(FILES, 'present'), SEED, i, i + 1);
  const reload = await cli(['ingest', join(FILES, 'present')]);
  const partial = partlyPresent(before, await footprints(driver));
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `\nkill→ready over ${RUNS} runs: median ${sorted[Math.floor(sorted.length / 2)]} ms, worst ${sorted.at(-1)} ms (all: ${times.join(', ')})`,
  );
  console.log(`ingests acknowledged: ${acks.all} (API before the kill: ${acks.beforeKill}); present after recovery: ${acks.present}`);
  console.log(`articles partly present: ${partial.length} of ${before.size} (reload exit ${reload.code})`);
  console.log('\nlog lines of the last crash:');
  for (const l of logLines(service.log(), /local Neo4j (died|is back)|restarting the local Neo4j/).slice(-3))
    console.log(JSON.stringify(l));
} finally {
  await driver.close();
  service.proc.kill('SIGTERM');
  await service.exited;
  rmSync(HOME, { recursive: true, force: true });
  rmSync(FILES, { recursive: true, force: true });
}
