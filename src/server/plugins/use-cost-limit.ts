import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses, before any resolver runs, an operation that may produce more than `max` values
 * (COST_LIMIT_EXCEEDED), so one request cannot make the service read a large part of the graph.
 * The cost is @pothos/plugin-complexity's, from what each field declares where it is defined
 * (api/builder.ts: a connection's rows times `first`, a subgraph's nodes times `limit`), with the
 * variables the client sent. graphql-armor's cost limit stays off (use-query-shape-limits.ts):
 * it weighs fields by depth and cannot see page sizes.
 */
export function useCostLimit(options: { max: number }): Plugin {
  const { max } = options;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = complexityFromQuery(operationOnly(args.document, args.operationName), {
          schema: args.schema,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
        }).complexity;
      } catch {
        // Variables that do not coerce, or arguments that fail their checks (a first above 100):
        // execution refuses them, before any resolver reads, with their own error (BAD_USER_INPUT).
        return;
      }
      if (cost <= max) return;
      const message = `Query cost ${cost} exceeds the limit of ${max}: ask for smaller pages (first) or fewer nested connections.`;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: max } })],
      });
    },
  };
}

/** The document with only the operation that runs (complexityFromQuery costs the first one it finds) and the fragments. */
function operationOnly(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  let chosen = false;
  const definitions = document.definitions.filter((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION) return true;
    if (chosen || (operationName && d.name?.value !== operationName)) return false;
    return (chosen = true);
  });
  return { ...document, definitions };
}
