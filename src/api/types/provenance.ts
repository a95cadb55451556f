import type { ArticleRow, EvidenceRow, SentenceMentionRow, SentenceRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { connectionOf } from '../connections.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { nodeConnection, pageArgs, pageCost, parsePage } from '../paging.ts';
import { pageAt } from '../parse-selection.ts';
import { EntityRef } from './entity-ref.ts';

export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const SentenceRef = builder.objectRef<SentenceRow>('Sentence');
const SentenceConnection = connectionOf('Sentence', SentenceRef);

builder.node(ArticleRef, {
  description: 'A news article: the source of every fact in the graph.',
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.article.load(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Readable, stable id (article:<hash of the text>).' }),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    published: t.exposeString('published', { nullable: true, description: 'YYYY-MM-DD or YYYY-MM, as the article states it.' }),
    text: t.exposeString('text', { description: 'The full text all character offsets point into.' }),
    contentHash: t.exposeString('contentHash'),
    sentenceCount: t.exposeInt('sentenceCount'),
    loadedAt: t.exposeString('loadedAt'),
    sentences: t.field({
      type: SentenceConnection,
      description: 'Its sentences, in text order.',
      args: pageArgs,
      complexity: pageCost,
      resolve: async (a, args, ctx, info) => {
        const page = pageAt(ctx.selections, info, args);
        const rows = await ctx.loaders.articleSentences(page).load(a.id);
        return nodeConnection(rows, (s) => ({ key: s.index, id: s.id }), page.after !== null);
      },
    }),
  }),
});

const SentenceMentionRef = builder.objectRef<SentenceMentionRow>('SentenceMention');
const SentenceMentionConnection = connectionOf('SentenceMention', SentenceMentionRef);
SentenceMentionRef.implement({
  description: 'An entity named in a sentence, with the exact span.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (m) => m.entity }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
  }),
});

builder.node(SentenceRef, {
  description: 'One sentence of an article, with its character offsets in the article text.',
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.sentence.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    index: t.exposeInt('index'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
    article: t.field({ type: ArticleRef, resolve: (s, _, ctx) => loadOrFail(ctx.loaders.article.load(s.articleId)) }),
    mentions: t.field({
      type: SentenceMentionConnection,
      description: 'Everything this sentence mentions, in text order (at one offset, the longer span first).',
      args: pageArgs,
      complexity: pageCost,
      resolve: async (s, args, ctx) => {
        const page = parsePage(args);
        // Paged here, not in the Cypher: a sentence names a handful of things, read in one batch for
        // all the sentences of a level; the cursor is the mention's (start, end, entity).
        const all = await ctx.loaders.sentenceMentions.load(s.id);
        const a = page.after;
        const rest = a
          ? all.filter(
              (m) => m.start > Number(a.key) || (m.start === a.key && (m.end < Number(a.key2) || (m.end === a.key2 && m.entity.id > a.id))),
            )
          : all;
        return nodeConnection(
          { rows: rest.slice(0, page.first), total: all.length, hasNextPage: rest.length > page.first },
          (m) => ({ key: m.start, key2: m.end, id: m.entity.id }),
          a !== null,
        );
      },
    }),
  }),
});

export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence').implement({
  description: 'The span of an article that supports a fact.',
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start', { description: 'Character offset in Article.text.' }),
    end: t.exposeInt('end'),
    implicit: t.exposeBoolean('implicit', { description: 'The text implies the fact rather than stating it.' }),
    sentence: t.field({ type: SentenceRef, resolve: (e, _, ctx) => loadOrFail(ctx.loaders.sentence.load(e.sentenceId)) }),
    article: t.field({ type: ArticleRef, resolve: (e, _, ctx) => loadOrFail(ctx.loaders.article.load(e.articleId)) }),
  }),
});
