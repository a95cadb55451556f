import type { Result, Session } from 'neo4j-driver';

// What reads run their statements on, and how a read's session runs them. Reads take a
// QueryRunner, not the driver's ManagedTransaction: a read is auto-commit queries of its own
// session (store.ts), and a write's ManagedTransaction is one too, so both fit this one method.

/** Runs one Cypher statement with its parameters. */
export interface QueryRunner {
  run(query: string, parameters?: Record<string, unknown>): Result;
}

/**
 * A read's statements as auto-commit queries of its session (they run one after another, as a
 * session requires), each with the server-side timeout.
 *
 * Why the stack-trace limit: the driver captures a stack trace for every result (to show the
 * caller's stack on a server error), synchronously inside `session.run`. That capture cost a tenth
 * of a small read's CPU, and a read's errors reach the log through the resolver anyway, so it is
 * switched off for exactly that synchronous call and restored before any other code runs.
 */
export function autoCommit(session: Session, timeout: number): QueryRunner {
  return {
    run(query, parameters) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        return session.run(query, parameters, { timeout });
      } finally {
        Error.stackTraceLimit = limit;
      }
    },
  };
}

/** Closes a session, ignoring that a cancellation may have closed it already. */
export async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    // already closed by a cancellation
  }
}
