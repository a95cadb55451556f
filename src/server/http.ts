import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';

/** Binds Yoga to node:http. Returns once listening. */
export async function listen<S extends object, U extends object>(
  yoga: YogaServerInstance<S, U>,
  host: string,
  port: number,
): Promise<Server> {
  const server = createServer(yoga);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  return server;
}

/**
 * Graceful stop: keep serving for `graceMs` (requests already on their way still land), then stop
 * accepting connections and let in-flight requests finish, cutting what is left after `hardMs`.
 */
export async function close(server: Server, graceMs = 1000, hardMs = 10_000): Promise<void> {
  await new Promise((r) => setTimeout(r, graceMs));
  await new Promise<void>((done) => {
    const hard = setTimeout(() => server.closeAllConnections(), hardMs);
    server.close(() => {
      clearTimeout(hard);
      done();
    });
  });
}
