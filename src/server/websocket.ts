import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../api/context.ts';

// GraphQL over WebSocket (the graphql-ws protocol) on the service's own HTTP server and path
// (/graphql), for clients that prefer it to SSE. Each operation goes through Yoga's envelop, so it
// meets every limit an HTTP request meets (depth, aliases, tokens, cost) and its errors are masked
// the same way; only the HTTP-level plugins (body size, persisted operations) do not apply, which is
// why the service does not open it when only persisted operations may run (main.ts). The context is
// made from the upgrade request, as from an HTTP request: a write token in its Authorization header
// counts, and its signal aborts when the socket closes.

const MAX_MESSAGE_BYTES = 1024 * 1024;

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;
type Enveloped = ReturnType<Yoga['getEnveloped']>;
/** What each operation carries to graphql-ws's execute/subscribe: Yoga's enveloped functions. */
type Root = Pick<Enveloped, 'execute' | 'subscribe'>;

/** Serves graphql-ws on `server`; the returned function closes every socket (1001, going away) and the WebSocket server. */
export function serveWebSockets(server: Server, yoga: Yoga): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: MAX_MESSAGE_BYTES });
  const closed = new WeakMap<object, AbortController>();
  const run = (args: ExecutionArgs) => args.rootValue as Root;
  const ws = useServer(
    {
      execute: (args) => run(args).execute(args),
      subscribe: (args) => run(args).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { socket, request: upgrade } = ctx.extra;
        let abort = closed.get(socket);
        if (!abort) {
          const controller = new AbortController();
          socket.once('close', () => controller.abort());
          closed.set(socket, (abort = controller));
        }
        const headers = new Headers();
        for (const [k, v] of Object.entries(upgrade.headers)) if (typeof v === 'string') headers.set(k, v);
        const request = new Request(`http://localhost${yoga.graphqlEndpoint}`, { headers, signal: abort.signal });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ request, params });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const root: Root = { execute, subscribe };
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: root,
        };
      },
    },
    wss,
  );
  return async () => {
    await ws.dispose();
  };
}
