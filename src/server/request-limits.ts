import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type ExecutionResult, type ValidationRule } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/**
 * The largest request body the service reads: 1 MiB. The biggest article ingestArticle takes
 * (200,000 characters, api/types/mutations.ts) fits in any UTF-8 (at most 4 bytes a character),
 * and no read query comes near it. It replaces Yoga's own limit (25 MB), turned off in yoga.ts.
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is larger than the limit of ${limit} bytes.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes: limit, http: { status: 413 } },
  });
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/** Reads a body stream, giving up (and cancelling it) as soon as it passes `limit` bytes. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

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

/** Errors about the request itself (variables, operation name, global ids) get a code clients can branch on. */
function withInputCodes(result: ExecutionResult): ExecutionResult | undefined {
  if (!result.errors?.some((e) => e.extensions?.code === undefined)) return undefined;
  const errors = result.errors.map((e) => {
    if (e.extensions?.code !== undefined) return e;
    // Pothos validation errors (bad global ids) and errors about the whole request (variable values
    // that do not coerce, an unknown operation name) are the client's input; field errors stay as they are.
    const isInput = e.originalError instanceof PothosValidationError || (!e.path && (!e.originalError || e.originalError instanceof GraphQLError));
    if (!isInput) return e;
    return new GraphQLError(e.message, {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      path: e.path,
      originalError: e.originalError,
      extensions: { ...e.extensions, code: 'BAD_USER_INPUT' },
    });
  });
  return { ...result, errors };
}

/** An operation of a kind the schema has no root type for (subscription here) fails validation, with its code. */
const KnownOperationType: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const schema = ctx.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[node.operation];
    if (!root) ctx.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
  },
});

/**
 * Request guards before any GraphQL work: a body over `maxBytes` is refused with 413
 * (REQUEST_ENTITY_TOO_LARGE) whether it declares its length or streams it chunked, an invalid
 * Content-Length with 400 (BAD_REQUEST), and a body
 * that is not valid UTF-8 (JSON must be) is refused with 400 (BAD_REQUEST) instead of being read
 * with replacement characters. Input errors graphql-js leaves without a code get BAD_USER_INPUT, and
 * an operation type the schema lacks (subscription) fails validation instead of execution.
 */
export function useRequestLimits(maxBytes = MAX_REQUEST_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      // Only one non-negative integer is a Content-Length (anything else, e.g. "1,2", is a smuggling attempt).
      if (declared !== null && !/^\d+$/.test(declared)) throw badRequest('The Content-Length header is invalid.');
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
      if (!requestParser && request.method === 'POST') {
        // Yoga would answer a bare 415; say what is accepted, with a code.
        throw new GraphQLError('Unsupported Content-Type: send application/json (or application/graphql+json, a form, or GET).', {
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
        });
      }
      if (!requestParser || request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const bytes = await readLimited(req.body!, maxBytes);
        let text: string;
        try {
          text = utf8.decode(bytes);
        } catch {
          throw badRequest('The request body is not valid UTF-8.');
        }
        // A JSON body that is an object is the request's parameters, as Yoga's JSON parser would
        // return them; parsed here from the text already read, it is not read a second time. Anything
        // else goes to Yoga's own parser, so its answers (and errors) stay Yoga's.
        const json = isJsonBody(req) ? tryJson(text) : undefined;
        if (json !== null && typeof json === 'object') return json as GraphQLParams;
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: bytes, signal: req.signal }));
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(KnownOperationType);
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const coded = withInputCodes(result);
          if (coded) setResult(coded);
        },
      };
    },
  };
}
