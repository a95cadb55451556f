import type { ArticleRow } from '../../graph/index.ts';
import { parseArticle } from '../../model/article-file.ts';
import { InvalidGraphError } from '../../model/validate-graph.ts';
import { builder } from '../builder.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { ArticleRef } from './provenance.ts';

const MAX_ARTICLE_CHARS = 200_000;

const DeleteArticlePayload = builder.objectRef<{ key: string; deleted: boolean }>('DeleteArticlePayload').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    deleted: t.exposeBoolean('deleted', { description: 'False when no article had this key.' }),
  }),
});

interface Ingested {
  key: string;
  replaced: boolean;
  entityCount: number;
  relationCount: number;
  warnings: string[];
}

const IngestArticlePayload = builder.objectRef<Ingested>('IngestArticlePayload').implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (p, _, ctx): Promise<ArticleRow> => loadOrFail(ctx.loaders.article.load(p.key)) }),
    replaced: t.exposeBoolean('replaced', { description: 'The same text was loaded before; it was replaced, so nothing doubled.' }),
    entityCount: t.exposeInt('entityCount', { description: 'Entities extracted from the text.' }),
    relationCount: t.exposeInt('relationCount', { description: 'Relationships extracted from the text.' }),
    warnings: t.exposeStringList('warnings', {
      description: 'What was loaded differently than written, e.g. a Date header that is no date (the article then has no published date).',
    }),
  }),
});

/** Runs the extractor; metadata given as arguments wins over the text's header. */
async function extract(text: string, meta: { title?: string | null; source?: string | null; published?: string | null }) {
  if (text.length > MAX_ARTICLE_CHARS) throw new InvalidGraphError([`text: at most ${MAX_ARTICLE_CHARS} characters`]);
  // Loaded on the first ingest: the NLP model is ~40 MB a read-only service never needs.
  const { extractArticle } = await import('../../extract/index.ts');
  const graph = extractArticle(text);
  for (const k of ['title', 'source', 'published'] as const) if (meta[k]) graph.article[k] = meta[k];
  const warnings = meta.published ? [] : (parseArticle(text).warnings ?? []);
  return { graph, warnings };
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    authScopes: { writer: true },
    errors: { types: [InvalidGraphError], directResult: true },
    description:
      'Extracts the knowledge graph of an article and loads it in one transaction (idempotent: the same text twice changes nothing).',
    args: {
      text: t.arg.string({ required: true, description: 'Plain text; optional Title:/Source:/Date: header lines and a blank line first.' }),
      title: t.arg.string(),
      source: t.arg.string(),
      published: t.arg.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    },
    resolve: async (_, args, ctx) => {
      const { graph, warnings } = await extract(args.text, args);
      const { articleId, replaced } = await ctx.store.loadArticle(graph);
      return { key: articleId, replaced, entityCount: graph.entities.length, relationCount: graph.relations.length, warnings };
    },
  }),
  deleteArticle: t.field({
    type: DeleteArticlePayload,
    authScopes: { writer: true },
    description: 'Removes an article and exactly the facts that only it supported.',
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_, { key }, ctx) => ({ key, deleted: await ctx.store.deleteArticle(key) }),
  }),
}));
