import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { YogaServerInstance } from 'graphql-yoga';
import { close, listen } from '../../src/server/http.ts';

export const run = promisify(execFile);

/**
 * A real node:http server for a Yoga app on a free port, as src/main.ts binds it; clients in
 * child processes and Chromium reach it over TCP like any user.
 */
export async function serve(yoga: YogaServerInstance<any, any>, port = 0) {
  const server = await listen(yoga, '127.0.0.1', port);
  const bound = (server.address() as AddressInfo).port;
  return { port: bound, url: `http://127.0.0.1:${bound}`, close: () => close(server) };
}
export type Served = Awaited<ReturnType<typeof serve>>;

let generated: Promise<unknown> | undefined;
/** GraphQL Code Generator writes examples/client/gql/ from the checked-in schema (once per run). */
export function generateClient(): Promise<unknown> {
  generated ??= run('npx', ['graphql-codegen', '--config', 'examples/client/codegen.ts']);
  return generated;
}
