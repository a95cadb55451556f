import { type Plugin, useReadinessCheck } from 'graphql-yoga';

/** What /ready reports: whether Neo4j answers, and how many articles the graph holds (null: not counted in time). */
export type Readiness =
  | { status: 'ok'; neo4j: 'reachable'; articles: number | null }
  | { status: 'unavailable'; neo4j: 'reachable' | 'unreachable'; reason: string };

/**
 * /ready: 200 with `{"status":"ok","neo4j":"reachable","articles":N}` while the service can answer
 * queries, 503 with `{"status":"unavailable",…}` while it cannot (Neo4j unreachable), so a load
 * balancer sends it no traffic until it can. Yoga's readiness plugin does the routing; this one
 * gives it a JSON answer, and a probe that throws still answers 503 without its message (which
 * may carry a driver's internals).
 */
export function useReadiness(options: { probe: () => Promise<Readiness>; endpoint?: string }): Plugin {
  return useReadinessCheck({
    endpoint: options.endpoint ?? '/ready',
    check: async ({ request, fetchAPI }) => {
      const state: Readiness = await options
        .probe()
        .catch(() => ({ status: 'unavailable', neo4j: 'unreachable', reason: 'the readiness check failed' }) as const);
      return new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(state), {
        status: state.status === 'ok' ? 200 : 503,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      });
    },
  });
}
