import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';

// Clients must be able to tell "the database is down, retry" from a bug, without seeing either's
// internals: driver outages and timeouts get their own codes; everything else stays masked.
const UNAVAILABLE = new Set([neo4jErrors.SERVICE_UNAVAILABLE, neo4jErrors.SESSION_EXPIRED]);

function neo4jCause(err: unknown): Neo4jError | undefined {
  for (
    let e = err, i = 0;
    e && i < 5;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause, i++
  ) {
    if (e instanceof Neo4jError) return e;
  }
  return undefined;
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = neo4jCause(error);
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (cause && (UNAVAILABLE.has(cause.code) || /acquisition timed out|Failed to connect/i.test(cause.message))) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', { path, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  // LockClientStopped: the timeout ended a write that was still waiting for another write's locks.
  if (cause && /TransactionTimedOut|Transaction\.Terminated|TransactionTimedOutClientConfiguration|LockClientStopped/.test(cause.code)) {
    return new GraphQLError('The query took longer than the server allows.', { path, extensions: { code: 'TIMEOUT' } });
  }
  return yogaMaskError(error, message, isDev);
}
