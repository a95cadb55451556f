import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context.ts';
import { apiError } from './errors.ts';

// The one schema builder: every GraphQL type is defined on it, in a file of its own under types/.
interface PolicyGraphTypes {
  Context: Context;
  AuthScopes: { writer: boolean };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** What every connection (connections.ts) adds to pageInfo and edges. */
  Connection: { totalCount: number };
}
export type Types = PothosSchemaTypes.ExtendDefaultTypes<PolicyGraphTypes>;

// Set once the builder exists: whether the schema has a type of this name.
let knownType: (name: string) => boolean = () => true;

export const builder = new SchemaBuilder<PolicyGraphTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ writer: ctx.canWrite }),
    // Refusals carry a code clients can branch on, without saying more than needed.
    unauthorizedError: () => apiError('UNAUTHENTICATED', 'This operation needs a valid write token (Authorization: Bearer <token>).'),
  },
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
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
