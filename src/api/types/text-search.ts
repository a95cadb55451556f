import type { TextHit } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { text } from '../checks.ts';
import { connectionOf } from '../connections.ts';
import { apiError } from '../errors.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { nodeConnection, pageArgs, pageCost, parsePage } from '../paging.ts';
import { asks } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { ArticleRef, SentenceRef } from './provenance.ts';

// textSearch: search over what articles say (sentences and titles), where `search` covers names
// and aliases. A hit is a sentence (or a title) with where the words are in it, its article and
// the entities it mentions, so a client shows the words highlighted in context. A connection,
// keyset-paged on (score, key) like every other list.

const MAX_QUERY_LENGTH = 200;

const TextFieldEnum = builder.enumType('TextField', {
  description: 'What a text search looks in.',
  values: {
    SENTENCE: { description: "A sentence's text." },
    TITLE: { description: "An article's title (one that is not already its first sentence)." },
  },
});

const TextSpanRef = builder.objectRef<TextHit['matches'][number]>('TextSpan').implement({
  description: "Where a search word occurs in a hit's text: character offsets into TextHit.text (text.slice(start, end)).",
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
  }),
});

const TextHitRef = builder.objectRef<TextHit>('TextHit').implement({
  description: 'A sentence (or an article title) that holds every word searched, with where they are.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Lucene relevance: higher is better.' }),
    field: t.field({ type: TextFieldEnum, description: 'Where the words were found.', resolve: (h) => h.field }),
    text: t.exposeString('text', { description: "The sentence's text, or the title: what `matches` point into." }),
    matches: t.field({
      type: [TextSpanRef],
      description: 'Each occurrence of a search word (whole, or a word it begins), in text order.',
      resolve: (h) => h.matches,
    }),
    sentence: t.field({
      type: SentenceRef,
      nullable: true,
      description: 'The sentence; null for a TITLE hit.',
      resolve: (h) => h.sentence,
    }),
    article: t.field({
      type: ArticleRef,
      description: 'The article of the sentence, or whose title it is.',
      resolve: (h, _, ctx) => loadOrFail(ctx.loaders.article.load(h.articleId)),
    }),
    entities: t.field({
      type: [EntityRef],
      description: 'The entities the sentence mentions, in the order it first names them (none for a TITLE hit).',
      resolve: async (h, _, ctx) => {
        if (!h.sentence) return [];
        const mentions = await ctx.loaders.sentenceMentions.load(h.sentence.id);
        return [...new Map(mentions.map((m) => [m.entity.id, m.entity])).values()];
      },
    }),
  }),
});

const TextHitConnection = connectionOf('TextHit', TextHitRef);

builder.queryField('textSearch', (t) =>
  t.field({
    type: TextHitConnection,
    description:
      'Full-text search over what articles say: sentences (and article titles) that hold every word, best first. Words are matched as by `search` (literally, whole or as a prefix; Lucene syntax has no effect), and each hit says where they are. `search` finds entities by name; this finds the sentences that talk about something.',
    args: {
      query: t.arg.string({
        required: true,
        description: `Words to find, at most ${MAX_QUERY_LENGTH} characters.`,
        validate: text('query', MAX_QUERY_LENGTH),
      }),
      in: t.arg({ type: [TextFieldEnum], defaultValue: ['SENTENCE', 'TITLE'], description: 'Where to look (default: both).' }),
      ...pageArgs,
    },
    complexity: pageCost,
    resolve: async (_, args, ctx, info) => {
      if (!/[\p{L}\p{N}]/u.test(args.query)) throw apiError('BAD_USER_INPUT', 'query has no word to search for', { argument: 'query' });
      const fields = args.in ?? ['SENTENCE', 'TITLE'];
      if (fields.length === 0) throw apiError('BAD_USER_INPUT', 'in names at least one of SENTENCE, TITLE', { argument: 'in' });
      const page = parsePage(args);
      // A cursor of another list (a name, not a score) cannot position this one.
      if (page.after && typeof page.after.key !== 'number')
        throw apiError('BAD_USER_INPUT', 'after is not a cursor of textSearch', { argument: 'after' });
      const rows = await ctx.reads.textSearch({ query: args.query, fields, ...page, total: asks(info, 'totalCount') });
      return nodeConnection(rows, (h) => ({ key: h.score, id: h.id }), page.after !== null);
    },
  }),
);
