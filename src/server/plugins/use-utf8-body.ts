import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { bodyOf, markTakesReadBody, replay } from './read-body.ts';

// JSON must be UTF-8; Yoga would read a body that is not with replacement characters ("�") and
// run the query on the damaged text, e.g. store an article with its words mangled.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The content types Yoga's JSON request parser takes, matched as Yoga matches them (request-parser/utils.js). */
function isJsonBody(req: Request): boolean {
  const type = req.headers.get('content-type')?.split(',')[0] ?? '';
  return ['application/json', 'application/graphql+json'].some((t) => type === t || type.startsWith(`${t};`));
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A request body that is not valid UTF-8 is refused with 400 (BAD_REQUEST). A JSON body that is an
 * object is the request's parameters, as Yoga's JSON parser would return them; parsed here from
 * the text already decoded, it is not read a second time. Anything else goes to Yoga's own parser,
 * so its answers (and errors) stay Yoga's.
 */
export function useUtf8Body(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const parse = requestParser;
      setRequestParser(
        markTakesReadBody(async (req: Request) => {
          const bytes = await bodyOf(req);
          let text: string;
          try {
            text = utf8.decode(bytes);
          } catch {
            throw new GraphQLError('The request body is not valid UTF-8.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
          const json = isJsonBody(req) ? tryJson(text) : undefined;
          if (json !== null && typeof json === 'object') return json as GraphQLParams;
          return parse(replay(req, bytes, fetchAPI));
        }),
      );
    },
  };
}
