import { makeExecute, type Plugin } from '@envelop/core';
import {
  type DocumentNode,
  type ExecutionResult,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type OperationDefinitionNode,
  type Source,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

// graphql-js interprets the document anew for every request: a function call, an argument read and
// a completion step per field of every edge. graphql-jit turns each operation into JavaScript
// once: under load that took a quarter off the server CPU of a Q4 request and 3% off Q2's
// (20% in-process), see bench/RESULTS.md.
// Compiling costs 0.7–6 ms, more than one interpreted run, so an operation is compiled the second
// time it is seen: one-off queries (typed in GraphiQL, or a client inlining values) never pay it.
//
// Besides first sightings, two things stay with graphql-js, so clients see the errors they did before:
// - requests whose variables do not coerce (graphql-jit's own variable errors differ, and its
//   error printer overflows the stack on some inputs): graphql-js answers them, with 400;
// - operations graphql-jit refuses to compile.
// graphql-jit also reports a non-null variable with a default as "not provided" when it is left
// out, so such defaults are filled in (in their JSON form) before the compiled query sees them; and
// its errors are its own class, whose locations Yoga drops, so they are rebuilt as graphql-js
// errors (same message, path, locations, original error) in graphql-js's order: errors, then data.
// One difference stays: when two fields fail under the same nullable field (all between non-null),
// both null it, and graphql-js lists the error that reached it first, graphql-jit both.
// Compiled queries are kept per parsed document (Yoga's parser cache hands out the same object for
// the same text) and per operation name, since one document may hold several operations.
/** A compiled query, null when the compiler refused the operation, or how often it was seen. */
type Compiled = CompiledQuery | null | number;
type Cache = WeakMap<DocumentNode, Map<string, Compiled>>;
/** Told once per operation compiled (or refused by the compiler): for metrics and tests. */
export type OnCompile = (operationName: string | undefined, compiled: boolean) => void;

const COMPILE_AFTER = 1;

function compiled(
  cache: Cache,
  schema: Parameters<typeof compileQuery>[0],
  document: DocumentNode,
  operationName: string | undefined,
  onCompile?: OnCompile,
): CompiledQuery | null {
  let byName = cache.get(document);
  if (!byName) cache.set(document, (byName = new Map()));
  const key = operationName ?? '';
  const c = byName.get(key) ?? 0;
  if (typeof c !== 'number') return c;
  if (c < COMPILE_AFTER) {
    byName.set(key, c + 1);
    return null;
  }
  const result = compileQuery(schema, document, operationName);
  const query = isCompiledQuery(result) ? result : null;
  byName.set(key, query);
  onCompile?.(operationName, query !== null);
  return query;
}

function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let out = variables;
  for (const d of operation.variableDefinitions ?? []) {
    const name = d.variable.name.value;
    if (!d.defaultValue || variables[name] !== undefined) continue;
    if (out === variables) out = { ...variables };
    out[name] = valueFromASTUntyped(d.defaultValue);
  }
  return out;
}

/** The offset in `source` of a 1-based line and column, to rebuild an error's locations. */
function offsetOf(source: Source, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = source.body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function asGraphQLErrors(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const positions = source && e.locations?.map((l) => offsetOf(source, l.line, l.column));
    return new GraphQLError(e.message, { source, positions, path: e.path, originalError: e.originalError, extensions: e.extensions });
  });
  return { errors, data: result.data };
}

export function useCompiledExecution(options: { onCompile?: OnCompile | undefined } = {}): Plugin {
  const { onCompile } = options;
  const cache: Cache = new WeakMap();
  return {
    onExecute({ args, setExecuteFn }) {
      const operationName = args.operationName ?? undefined;
      const operation = getOperationAST(args.document, operationName);
      if (!operation) return;
      // Bad variables neither count towards compiling nor run compiled; without variables there is nothing to check.
      const definitions = operation.variableDefinitions ?? [];
      if (
        definitions.length > 0 &&
        getVariableValues(args.schema, definitions, (args.variableValues ?? {}) as Record<string, unknown>).errors
      )
        return;
      const query = compiled(cache, args.schema, args.document, operationName, onCompile);
      if (!query) return;
      setExecuteFn(
        makeExecute(async (a) => {
          const result = await query.query(
            a.rootValue,
            a.contextValue,
            withDefaults(operation, (a.variableValues ?? {}) as Record<string, unknown>),
          );
          return asGraphQLErrors(result, a.document.loc?.source);
        }),
      );
    },
  };
}
