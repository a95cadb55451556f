import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { ExplorerUnavailableError, explorerScript } from '../../explore/bundle.ts';
import type { Logger } from '../../logger.ts';
import { PROJECT_ROOT } from '../../project-root.ts';

const ROOT = PROJECT_ROOT;

interface StaticRoute {
  type: string;
  body: () => Promise<string>;
  /** Neo4j Browser fetches its style and guide from another origin (its own :7474). */
  cors?: boolean;
  /** Bundles are rebuilt per process, so they may be cached for a while; the rest is tiny. */
  maxAge?: number;
}

const file =
  (...parts: string[]) =>
  () =>
    readFile(join(ROOT, ...parts), 'utf8');

const STATIC_ROUTES: Record<string, StaticRoute> = {
  '/neo4j-browser/style.grass': { type: 'text/plain; charset=utf-8', body: file('cypher', 'browser', 'style.grass'), cors: true },
  '/neo4j-browser/guide.html': { type: 'text/html; charset=utf-8', body: file('cypher', 'browser', 'guide.html'), cors: true },
  '/explore': { type: 'text/html; charset=utf-8', body: file('src', 'explore', 'index.html') },
  '/explore/explore.css': { type: 'text/css; charset=utf-8', body: file('src', 'explore', 'explore.css') },
  '/explore/app.js': { type: 'text/javascript; charset=utf-8', body: explorerScript, maxAge: 300 },
};

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

/** What a client is told when a route's body cannot be had: the explorer's own reason, or nothing internal. */
function unavailable(err: unknown): string {
  return err instanceof ExplorerUnavailableError ? err.message : 'This resource is unavailable; the service log has the reason.';
}

interface StaticRoutesOptions {
  routes?: Record<string, StaticRoute>;
  /** Told when a route's body cannot be had (the route then answers 503). */
  logger?: Pick<Logger, 'error'>;
}

/**
 * Answers the Neo4j Browser assets (with CORS) and the explorer page before Yoga looks at the
 * request; every other path goes on to /graphql, /health, /ready. Files are read per request
 * so an edited guide shows on the next `:play` without a restart; the explorer's script is
 * prepared once per process (main.ts starts it at start-up, explore/bundle.ts). A body that cannot
 * be had (the explorer not built) answers 503 with a message saying why, never a stack.
 */
export function useStaticRoutes(options: StaticRoutesOptions = {}): Plugin {
  const routes = options.routes ?? STATIC_ROUTES;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
      const route = routes[path];
      if (!route) return;
      const headers: Record<string, string> = { 'content-type': route.type, 'cache-control': `public, max-age=${route.maxAge ?? 0}` };
      if (route.cors) Object.assign(headers, CORS_HEADERS);
      if (request.method === 'OPTIONS') return endResponse(new fetchAPI.Response(null, { status: 204, headers }));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(
          new fetchAPI.Response('Method Not Allowed', { status: 405, headers: { ...headers, allow: 'GET, HEAD, OPTIONS' } }),
        );
      }
      let body: string;
      try {
        body = await route.body();
      } catch (err) {
        options.logger?.error({ path, err: (err as Error).cause ?? err }, unavailable(err));
        const type = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '60' };
        return endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : unavailable(err), { status: 503, headers: type }));
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
