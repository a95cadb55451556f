import { loadOrFail } from '../load-or-fail.ts';
import { MentionRef } from './entity-interface.ts';
import { ArticleRef, SentenceRef } from './provenance.ts';

MentionRef.implement({
  description: 'A span of an article that names an entity.',
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start', { description: 'Character offset in Article.text.' }),
    end: t.exposeInt('end'),
    sentence: t.field({
      type: SentenceRef,
      resolve: (m, _, ctx) => loadOrFail(ctx.loaders.sentence.load(m.sentenceId)),
    }),
    article: t.field({
      type: ArticleRef,
      resolve: (m, _, ctx) => loadOrFail(ctx.loaders.article.load(m.articleId)),
    }),
  }),
});
