// CPU time and memory of another process, from /proc (Linux): the benchmarks attribute CPU per
// request or per article to the server process and to the Neo4j JVM separately.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ticks = Number(execSync('getconf CLK_TCK').toString().trim());

/** User + system CPU time of a process (all its threads) so far, in ms. */
export function cpuMsOf(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / ticks;
}

/** Resident set size of a process now, in MB. */
export function rssMbOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
