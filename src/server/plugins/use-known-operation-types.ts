import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js lets a subscription against a schema without a Subscription type pass validation and
// fails it only at execution, with an error that has no code; refused at validation it is a coded
// client error (GRAPHQL_VALIDATION_FAILED), before any resolver runs.

/** An operation of a kind the schema has no root type for (subscription here) fails validation, with its code. */
const KnownOperationType: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const schema = ctx.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[
      node.operation
    ];
    if (!root) ctx.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
  },
});

export function useKnownOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(KnownOperationType);
    },
  };
}
