import { GraphQLError } from 'graphql';

// Errors meant for clients: a stable code in `extensions.code` and a plain message. Anything else
// a resolver throws is masked by Yoga ("Unexpected error.") so no stack or Cypher leaks out.
type ErrorCode = 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'INVALID_ARTICLE';

export function apiError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
