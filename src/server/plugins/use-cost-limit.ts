import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses, before any resolver runs, an operation that may produce more than `max` values
 * (COST_LIMIT_EXCEEDED), so one request cannot make the service read a large part of the graph.
 * The cost is @pothos/plugin-complexity's, from what each field declares where it is defined
 * (api/builder.ts: a connection's rows times `first`, a subgraph's nodes times `limit`), with the
 * variables the client sent. graphql-armor's cost limit stays off (use-query-shape-limits.ts):
 * it weighs fields by depth and cannot see page sizes.
 *
 * The cost is computed in onExecute, which runs on every request (a response-cache hit too), so it
 * is remembered per parsed document (Yoga's parse cache hands back the same DocumentNode for the
 * same text), operation and variables: a repeated query pays a map lookup, not a walk of the schema.
 */
export function useCostLimit(options: { max: number }): Plugin {
  const { max } = options;
  const costs = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  // A subscription is refused the same way, when it is set up: its cost is that of one event.
  const limit = ({ args, setResultAndStopExecution }: CostCheck) => {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const key = `${args.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let known = costs.get(args.document);
    if (!known) costs.set(args.document, (known = new Map()));
    if (!known.has(key)) {
      if (known.size >= MEMO_PER_DOCUMENT) known.clear();
      known.set(key, costOf(args.document, args.operationName, args.schema, variables));
    }
    const cost = known.get(key);
    // undefined: variables that do not coerce, or arguments that fail their checks (a first
    // above 100); execution refuses them, before any resolver reads, with BAD_USER_INPUT.
    if (cost === undefined || cost <= max) return;
    const message = `Query cost ${cost} exceeds the limit of ${max}: ask for smaller pages (first) or fewer nested connections.`;
    setResultAndStopExecution({
      errors: [new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: max } })],
    });
  };
  return { onExecute: limit, onSubscribe: limit };
}

/** What onExecute and onSubscribe both hand a plugin. */
interface CostCheck {
  args: { document: DocumentNode; operationName?: string | null | undefined; schema: GraphQLSchema; variableValues?: unknown };
  setResultAndStopExecution: (result: ExecutionResult) => void;
}

/** Enough for the variable sets one client cycles through; a flood of distinct ones restarts the map. */
const MEMO_PER_DOCUMENT = 256;

function costOf(
  document: DocumentNode,
  operationName: string | null | undefined,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): number | undefined {
  try {
    return complexityFromQuery(operationOnly(document, operationName), { schema, variables }).complexity;
  } catch {
    return undefined;
  }
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
