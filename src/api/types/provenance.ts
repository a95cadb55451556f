import type { ArticleRow, EvidenceRow, SentenceMentionRow, SentenceRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { firstOf, listArgs } from '../paging.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { EntityRef } from './entity-ref.ts';

export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const SentenceRef = builder.objectRef<SentenceRow>('Sentence');

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
      type: [SentenceRef],
      args: listArgs,
      resolve: (a, args, ctx) => firstOf(args, ctx.loaders.articleSentences.load(a.id)),
    }),
  }),
});

const SentenceMentionRef = builder.objectRef<SentenceMentionRow>('SentenceMention').implement({
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
      type: [SentenceMentionRef],
      description: 'Everything this sentence mentions.',
      args: listArgs,
      resolve: (s, args, ctx) => firstOf(args, ctx.loaders.sentenceMentions.load(s.id)),
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
