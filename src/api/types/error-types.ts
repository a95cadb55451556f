import { EntityNotFoundError, MergeRefusedError } from '../../graph/index.ts';
import { InvalidGraphError } from '../../model/validate-graph.ts';
import { builder } from '../builder.ts';

// Typed errors of mutations: returned in the field's result union (clients branch on __typename),
// unlike transport-level errors (UNAUTHENTICATED, BAD_USER_INPUT) in `errors`.

const ErrorRef = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a mutation.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export class InvalidInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/** One GraphQL error type per error class, recognised by instanceof; `field` is its one extra field. */
// biome-ignore lint/suspicious/noExplicitAny: a constructor type takes any arguments; unknown[] would refuse narrower ones.
function errorType(cls: new (...args: any[]) => Error, name: string, description: string, field?: { name: string; list?: boolean }) {
  builder.objectType(cls, {
    name,
    description,
    interfaces: [ErrorRef],
    isTypeOf: (e) => e instanceof cls,
    fields: (t) => {
      if (!field) return {};
      const get = (e: Error) => (e as unknown as Record<string, unknown>)[field.name];
      return {
        [field.name]: field.list ? t.stringList({ resolve: (e) => get(e) as string[] }) : t.string({ resolve: (e) => get(e) as string }),
      };
    },
  });
}

errorType(EntityNotFoundError, 'NotFoundError', 'No entity has this key.', { name: 'key' });
errorType(InvalidGraphError, 'InvalidArticleError', 'The article (or what was extracted from it) cannot be loaded; nothing was written.', {
  name: 'problems',
  list: true,
});
errorType(InvalidInputError, 'InvalidInputError', 'An argument has a value the mutation cannot use.', { name: 'argument' });
errorType(MergeRefusedError, 'MergeRefusedError', 'The two entities cannot be merged (different labels, or the same entity).');
