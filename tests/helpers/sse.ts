// A GraphQL subscription over server-sent events, as a browser's client would hold it: POST with
// Accept: text/event-stream, then `event: next` / `event: complete` messages read as they arrive.

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface SseResult {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface SseSubscription {
  status: number;
  /** Every `next` result received so far, with when it arrived (Date.now()). */
  results: (SseResult & { receivedAt: number })[];
  /** Resolves once `n` results have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<SseSubscription['results']>;
  /** Resolves true once the server sent `complete` and ended the stream. */
  completed: Promise<boolean>;
  close(): void;
}

export async function subscribeSse(
  fetchFn: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SseSubscription> {
  const abort = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const results: SseSubscription['results'] = [];
  const waiters = new Set<() => void>();
  let sawComplete = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const completed = (async () => {
    // A subscription refused before it starts may be answered as one JSON result.
    if (!res.headers.get('content-type')?.includes('text/event-stream')) {
      results.push({ ...((await res.json()) as SseResult), receivedAt: Date.now() });
      return false;
    }
    const decoder = new TextDecoder();
    reader = res.body!.getReader();
    let buffer = '';
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (\w+)/m.exec(message)?.[1];
          const data = message
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (event === 'complete') sawComplete = true;
          else if (data) results.push({ ...(JSON.parse(data) as SseResult), receivedAt: Date.now() });
          for (const w of waiters) w();
        }
      }
    } catch {
      // aborted by close()
    }
    return sawComplete;
  })();
  return {
    status: res.status,
    results,
    completed,
    // Cancelling the body is what a server sees when a client goes away (in-process, aborting alone would not reach Yoga).
    close: () => {
      abort.abort();
      void reader?.cancel().catch(() => {});
    },
    async waitFor(n, ms = 5000) {
      const deadline = Date.now() + ms;
      while (results.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} subscription results within ${ms} ms, got ${JSON.stringify(results)}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, 50);
          waiters.add(() => {
            clearTimeout(t);
            r();
          });
        });
        waiters.clear();
      }
      return results;
    },
  };
}
