import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLErrorItem[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export interface ClientOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /**
   * Send only the sha256 of the document (Apollo's persisted-query extension). When the server
   * does not know the hash it answers PersistedQueryNotFound and the client retries with the text,
   * which a server that refuses arbitrary operations will decline.
   */
  persisted?: boolean;
  headers?: Record<string, string>;
}

/** Variables may be left out when every one of them is optional. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A minimal typed client: the result type comes from the document, nothing is cast by hand. */
export function createClient(o: ClientOptions) {
  async function post(body: object): Promise<{ data?: unknown; errors?: GraphQLErrorItem[] }> {
    const res = await fetch(o.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...o.headers },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { data?: unknown; errors?: GraphQLErrorItem[] };
  }

  return async function request<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
    // The server hashes print(parse(file)); print of the generated document gives the same text.
    const query = print(document);
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    let json = await post(o.persisted ? { variables, extensions } : { query, variables });
    if (o.persisted && json.errors?.some((e) => e.message === 'PersistedQueryNotFound')) {
      json = await post({ query, variables, extensions });
    }
    if (json.errors?.length) throw new GraphQLRequestError(json.errors);
    return json.data as R;
  };
}
