import { EntityNotFoundError, MergeRefusedError } from '../../graph/entity-writes.ts';
import { InvalidGraphError } from '../../model/validate-graph.ts';
import { builder } from '../builder.ts';

// Typed errors of mutations: returned in the field's result union (clients branch on __typename),
// unlike transport-level errors (UNAUTHENTICATED, BAD_USER_INPUT) in `errors`.

export const ErrorRef = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a mutation.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(EntityNotFoundError, {
  name: 'NotFoundError',
  description: 'No entity has this key.',
  interfaces: [ErrorRef],
  isTypeOf: (e) => e instanceof EntityNotFoundError,
  fields: (t) => ({ key: t.exposeString('key') }),
});

builder.objectType(InvalidGraphError, {
  name: 'InvalidArticleError',
  description: 'The article (or what was extracted from it) cannot be loaded; nothing was written.',
  interfaces: [ErrorRef],
  isTypeOf: (e) => e instanceof InvalidGraphError,
  fields: (t) => ({ problems: t.exposeStringList('problems') }),
});

export class InvalidInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An argument has a value the mutation cannot use.',
  interfaces: [ErrorRef],
  isTypeOf: (e) => e instanceof InvalidInputError,
  fields: (t) => ({ argument: t.exposeString('argument') }),
});

builder.objectType(MergeRefusedError, {
  name: 'MergeRefusedError',
  description: 'The two entities cannot be merged (different labels, or the same entity).',
  interfaces: [ErrorRef],
  isTypeOf: (e) => e instanceof MergeRefusedError,
  fields: () => ({}),
});
