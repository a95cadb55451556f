import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.ts';
import { apiError } from './errors.ts';

// The one schema builder: every GraphQL type is defined on it, in a file of its own under types/.
interface PolicyGraphTypes {
  Context: Context;
  AuthScopes: { writer: boolean };
  // Output fields are non-null unless marked `nullable: true`: a value that can truly be missing (a
  // lookup that finds nothing, an article's optional source or date). Clients then check for null
  // only there; tests/api/nullability.test.ts keeps the list of those fields.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** What every connection (connections.ts) adds to pageInfo and edges. */
  Connection: { totalCount: number };
}
export type Types = PothosSchemaTypes.ExtendDefaultTypes<PolicyGraphTypes>;

/** What a list field that is no connection (evidence, counts, paths) is assumed to hold. */
const LIST_GUESS = 20;

// Set once the builder exists: whether the schema has a type of this name.
let knownType: (name: string) => boolean = () => true;

export const builder = new SchemaBuilder<PolicyGraphTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, ComplexityPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  // Arguments carry their checks (zod, where each is defined); a failed one is the client's error,
  // mapped here once: BAD_USER_INPUT naming the argument, with the check's message.
  validation: {
    validationError: ({ issues }) => {
      const [first] = issues;
      const key = first?.path?.[0];
      const argument = typeof key === 'object' ? key.key : key;
      return apiError('BAD_USER_INPUT', first?.message ?? 'invalid argument', argument === undefined ? {} : { argument: String(argument) });
    },
  },
  // A field's cost is the values it may produce: 1, and what is below it times its multiplier.
  // Connections declare theirs from `first` (paging.ts pageCost), subgraphs from `limit`; any
  // other list of objects counts as LIST_GUESS. The limit is applied before execution by
  // server/plugins/use-cost-limit.ts (COST_LIMIT_EXCEEDED), not here: no resolver runs for a refused
  // operation, and several root fields are refused once.
  complexity: { defaultComplexity: 1, defaultListMultiplier: LIST_GUESS },
  scopeAuth: {
    authScopes: (ctx) => ({ writer: ctx.canWrite }),
    // Refusals carry a code clients can branch on, without saying more than needed.
    unauthorizedError: () => apiError('UNAUTHENTICATED', 'This operation needs a valid write token (Authorization: Bearer <token>).'),
  },
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A connection's page size is counted on the connection field (pageCost), not again on its edges.
    edgesFieldOptions: { nullable: false, complexity: { field: 1, multiplier: 1 } },
    nodesQueryOptions: { complexity: (args) => ({ field: 1, multiplier: args.ids.length }) },
    nodeFieldOptions: { nullable: false },
    // A global id naming a type the schema does not have is a bad input (BAD_USER_INPUT), not a schema error.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      if (!knownType(decoded.typename)) throw new PothosValidationError(`Invalid global ID: ${globalID}`);
      return decoded;
    },
  },
});
knownType = (name) => builder.configStore.hasConfig(name);

builder.queryType({});
builder.mutationType({});
