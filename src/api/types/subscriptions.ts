import { type ChangeRow, decodeChangeCursor, encodeChangeCursor, FeedClosedError } from '../../graph/index.ts';
import { labelOfId } from '../../model/ids.ts';
import type { EntityLabel, RelationType } from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';
import { changeCursor, countryKey } from '../checks.ts';
import { type Context, renewReads } from '../context.ts';
import { apiError } from '../errors.ts';
import { addedFacts, type FactShape, FactRef, RelationTypeEnum, seqBefore } from './changes.ts';
import { EntityLabelEnum } from './lists.ts';
import { ArticleRef } from './provenance.ts';

// Subscriptions over the change log: each change the process's poller reads (graph/change-feed.ts)
// becomes events, one per article or fact, whichever process wrote it. Every event carries a
// cursor; subscribing again with `after: <the last cursor received>` first sends what was missed,
// then live events, so a client that reconnects misses nothing.

interface ArticleEvent {
  cursor: string;
  key: string;
  replaced: boolean;
  at: string;
}

interface FactEvent {
  cursor: string;
  fact: FactShape;
  at: string;
}

builder.subscriptionType({ description: 'Live events from the change log, over SSE (Accept: text/event-stream) or graphql-ws.' });

const ArticleIngestedRef = builder.objectRef<ArticleEvent>('ArticleIngestedEvent').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      nullable: false,
      description: 'Pass as `after` when subscribing again to resume after this event.',
    }),
    key: t.exposeString('key', { nullable: false }),
    replaced: t.exposeBoolean('replaced', { nullable: false, description: 'The same text was loaded before (it was replaced).' }),
    at: t.exposeString('at', { nullable: false, description: 'When the write was committed (ISO 8601).' }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article as the graph holds it now (null once deleted).',
      resolve: (e, _, ctx) => ctx.loaders.article.load(e.key),
    }),
  }),
});

const FactAddedRef = builder.objectRef<FactEvent>('FactAddedEvent').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      nullable: false,
      description: 'Pass as `after` when subscribing again to resume after this event.',
    }),
    fact: t.field({ type: FactRef, nullable: false, resolve: (e) => e.fact }),
    at: t.exposeString('at', { nullable: false, description: 'When the write was committed (ISO 8601).' }),
  }),
});

interface FactFilter {
  label?: EntityLabel | null;
  relation?: RelationType | null;
  country?: string | null;
}

const FactFilterRef = builder.inputRef<FactFilter>('FactFilter').implement({
  description: 'Which added facts to send; all given conditions must hold.',
  fields: (t) => ({
    label: t.field({ type: EntityLabelEnum, description: 'An entity of this label, or a relationship with an end of this label.' }),
    relation: t.field({ type: RelationTypeEnum, description: 'Relationships of this type.' }),
    country: t.string({
      description: 'Key of a country the fact concerns: the country itself, one of its ends, or tied to one in the same articles.',
    }),
  }),
});

function matches(fact: FactShape, f: FactFilter): boolean {
  const [from, type, to] = fact.key.split(' ');
  const ends = to === undefined ? [from] : [from, to];
  if (f.relation && type !== f.relation) return false;
  if (f.label && !ends.some((id) => id !== undefined && labelOfId(id) === f.label)) return false;
  return !f.country || fact.countries.includes(f.country);
}

/** The events of one change, each with its cursor, skipping those up to `after` (an event cursor into this change). */
function eventsOf<E>(
  items: readonly unknown[],
  change: ChangeRow,
  after: string | null | undefined,
  make: (i: number, cursor: string) => E | null,
) {
  const from = after ? decodeChangeCursor(after) : undefined;
  const skip = from?.seq === change.seq && from.event !== undefined ? from.event : -1;
  const events: E[] = [];
  for (let i = skip + 1; i < items.length; i++) {
    const e = make(i, encodeChangeCursor({ seq: change.seq, event: i }));
    if (e) events.push(e);
  }
  return events;
}

/**
 * The feed's changes after `after` as events: each change gives its events at once; before each
 * event is sent the context gets fresh reads (context.ts renewReads). return() reaches the feed at
 * once (an async generator would wait for its next event to notice), so a client that leaves stops
 * costing anything.
 */
async function subscribe<E>(
  ctx: Context,
  after: string | null | undefined,
  toEvents: (c: ChangeRow) => E[],
): Promise<AsyncIterableIterator<E>> {
  const changes = await ctx.store.changes.subscribe(after ? seqBefore(after) : undefined).catch((err: unknown) => {
    throw err instanceof FeedClosedError
      ? apiError('SERVICE_UNAVAILABLE', 'The service is shutting down: subscribe again elsewhere.')
      : err;
  });
  let queue: E[] = [];
  const events: AsyncIterableIterator<E> = {
    async next() {
      for (;;) {
        const event = queue.shift();
        if (event !== undefined) {
          renewReads(ctx);
          return { value: event, done: false };
        }
        const change = await changes.next();
        if (change.done) return { value: undefined, done: true };
        queue = toEvents(change.value);
      }
    },
    async return() {
      queue = [];
      await changes.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => events,
  };
  return events;
}

const afterArg = builder.args((t) => ({
  after: t.string({ description: 'The cursor of the last event received: what followed it is sent first.', validate: changeCursor }),
}));

builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngestedRef,
    nullable: false,
    description: 'An article loaded (new or replaced) by any process writing to this graph.',
    args: afterArg,
    subscribe: (_, { after }, ctx) =>
      subscribe(ctx, after, (c) => {
        const articles = [
          ...c.articlesAdded.map((key) => ({ key, replaced: false })),
          ...c.articlesReplaced.map((key) => ({ key, replaced: true })),
        ];
        return eventsOf(articles, c, after, (i, cursor) => ({ cursor, ...articles[i]!, at: c.at }));
      }),
    resolve: (event: ArticleEvent) => event,
  }),
  factAdded: t.field({
    type: FactAddedRef,
    nullable: false,
    description: 'An entity or relationship new to the graph, as it is committed; optionally only those the filter lets through.',
    args: {
      filter: t.arg({ type: FactFilterRef }),
      ...afterArg,
    },
    subscribe: (_, { filter, after }, ctx) => {
      const f = filter ?? {};
      if (!countryKey.safeParse(f.country).success)
        throw apiError('BAD_USER_INPUT', 'country must be a country key, e.g. "country:japan"', { argument: 'filter' });
      return subscribe(ctx, after, (c) => {
        const facts = addedFacts(c);
        return eventsOf(facts, c, after, (i, cursor) => (matches(facts[i]!, f) ? { cursor, fact: facts[i]!, at: c.at } : null));
      });
    },
    resolve: (event: FactEvent) => event,
  }),
}));
