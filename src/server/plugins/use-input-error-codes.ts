import { PothosValidationError } from '@pothos/core';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js leaves errors about the request itself without a code, so a client cannot tell
// "your variables are wrong" from a server fault without parsing messages.

/** Errors about the request itself (variables, operation name, global ids) get a code clients can branch on. */
function withInputCodes(result: ExecutionResult): ExecutionResult | undefined {
  if (!result.errors?.some((e) => e.extensions?.code === undefined)) return undefined;
  const errors = result.errors.map((e) => {
    if (e.extensions?.code !== undefined) return e;
    // Pothos validation errors (bad global ids) and errors about the whole request (variable values
    // that do not coerce, an unknown operation name) are the client's input; field errors stay as they are.
    const isInput =
      e.originalError instanceof PothosValidationError || (!e.path && (!e.originalError || e.originalError instanceof GraphQLError));
    if (!isInput) return e;
    return new GraphQLError(e.message, {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      path: e.path,
      originalError: e.originalError,
      extensions: { ...e.extensions, code: 'BAD_USER_INPUT' },
    });
  });
  return { ...result, errors };
}

/** Input errors of an execution that carry no code get BAD_USER_INPUT; every other error is left as it is. */
export function useInputErrorCodes(): Plugin {
  const code = ({ result, setResult }: { result: ExecutionResult | AsyncIterable<unknown>; setResult: (r: ExecutionResult) => void }) => {
    if (Symbol.asyncIterator in result) return;
    const coded = withInputCodes(result);
    if (coded) setResult(coded);
  };
  // A subscription that cannot start (bad variables, a bad cursor) answers one result, as a query would.
  return { onExecute: () => ({ onExecuteDone: code }), onSubscribe: () => ({ onSubscribeResult: code }) };
}
