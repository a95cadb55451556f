import type { Plugin } from 'graphql-yoga';

/**
 * /health: 200 `{"status":"ok"}` while the service can still do its job, 503
 * `{"status":"down","reason":…}` once it cannot and will not recover by itself (its local Neo4j
 * could not be brought back), so that an outer supervisor (systemd, a container runtime) restarts
 * it. A database that is down but coming back shows on /ready, not here.
 */
export function useLiveness(options: { alive: () => boolean }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const ok = options.alive();
      const body = ok ? { status: 'ok' } : { status: 'down', reason: 'the local Neo4j could not be restarted' };
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
          status: ok ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
