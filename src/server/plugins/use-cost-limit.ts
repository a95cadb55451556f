import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationCost } from '../../api/cost.ts';

/**
 * Refuses, before any resolver runs, an operation that may produce more than `max` values
 * (COST_LIMIT_EXCEEDED; how a cost is counted: api/cost.ts), so one request cannot make the
 * service read a large part of the graph.
 */
export function useCostLimit(options: { max: number }): Plugin {
  const { max } = options;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (cost <= max) return;
      const message = `Query cost ${cost} exceeds the limit of ${max}: ask for smaller pages (first) or fewer nested connections.`;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: max } })],
      });
    },
  };
}
