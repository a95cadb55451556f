import { execFile } from 'node:child_process';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `policygraph ARGS…` as a child process (bin/policygraph.js), with `env` over this process's environment. */
export function runCli(env: Record<string, string>, args: string[], timeoutMs = 90_000): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/policygraph.js', ...args],
      { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: timeoutMs },
      (err, stdout, stderr) => done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}
