import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './paging.ts';

// A query's cost is the number of values it may produce: every field counts once per parent it
// is resolved for, and a connection or list multiplies what is under it by its page size
// (`first`, `limit`, the ids given, or a default). Unlike a depth-weighted guess, this follows
// what the query will really fetch, with the variables the client sent.

const LIST_GUESS = 20;

function isList(t: GraphQLType): boolean {
  return isNonNullType(t) ? isList(t.ofType) : isListType(t);
}

function fanOut(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  // A connection's page size was counted on the connection field itself, not again on its edges.
  if (parent.name.endsWith('Connection')) return 1;
  const named = getNamedType(field.type);
  const declared = (name: string) => field.args.find((a) => a.name === name)?.defaultValue;
  const size = (v: unknown, fallback: number) => (typeof v === 'number' && v >= 0 ? v : fallback);
  args = { first: declared('first'), limit: declared('limit'), ...args };
  if (named.name.endsWith('Connection')) return size(args.first, DEFAULT_PAGE_SIZE);
  if (Array.isArray(args.ids)) return args.ids.length;
  if (isList(field.type) || field.name === 'neighborhood' || field.name === 'paths') return size(args.first ?? args.limit, LIST_GUESS);
  return 1;
}

function argValues(
  node: { arguments?: readonly { name: { value: string }; value: import('graphql').ValueNode }[] },
  variables: Record<string, unknown>,
) {
  return Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
    if (d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName)) operation ??= d;
  }
  if (!operation) return 0;
  // Variables the request left out take their declared defaults, as execution will.
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue && variables[v.variable.name.value] === undefined)
      variables = { ...variables, [v.variable.name.value]: valueFromASTUntyped(v.defaultValue) };
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const visiting = new Set<string>();

  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined, times: number): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        if (sel.name.value.startsWith('__') || !type || !(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        cost += times;
        if (sel.selectionSet)
          cost += walk(sel.selectionSet, getNamedType(field.type), times * fanOut(type, field, argValues(sel, variables)));
      } else if (sel.kind === 'InlineFragment') {
        cost += walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type, times);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || visiting.has(frag.name.value)) continue;
        visiting.add(frag.name.value);
        cost += walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value), times);
        visiting.delete(frag.name.value);
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1);
}
