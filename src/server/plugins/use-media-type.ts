import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A POST whose Content-Type no parser takes: Yoga would answer a bare 415 with an empty body;
 * this says what is accepted, with a code (UNSUPPORTED_MEDIA_TYPE) clients can branch on.
 * Listed after the plugins that wrap the parser: it only looks at whether Yoga found one.
 */
export function useMediaType(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      if (requestParser || request.method !== 'POST') return;
      throw new GraphQLError('Unsupported Content-Type: send application/json (or application/graphql+json, a form, or GET).', {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    },
  };
}
