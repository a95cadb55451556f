import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';

/** Binds Yoga to node:http. Returns once listening. */
export async function listen(yoga: YogaServerInstance<any, any>, host: string, port: number): Promise<Server> {
  const server = createServer(yoga);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  return server;
}

/** Stops accepting connections and lets in-flight requests finish. */
export function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeIdleConnections();
  });
}
