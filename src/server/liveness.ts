import type { Plugin } from 'graphql-yoga';

/**
 * /health: 200 while the service can still do its job, 503 once it cannot and will not recover by
 * itself (its local Neo4j could not be brought back), so that an outer supervisor (systemd, a
 * container runtime) restarts it. A database that is down but coming back shows on /ready, not here.
 */
export function useLiveness(alive: () => boolean): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const ok = alive();
      endResponse(
        new fetchAPI.Response(ok ? null : JSON.stringify({ status: 'down', reason: 'the local Neo4j could not be restarted' }), {
          status: ok ? 200 : 503,
          headers: ok ? {} : { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
