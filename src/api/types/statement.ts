import { builder } from '../builder.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { LabelRefs } from './entity-types.ts';
import { ArticleRef } from './provenance.ts';

const SpeechRef = builder.enumType('Speech', {
  description: 'Whether a statement quotes the speaker or reports what they said.',
  values: { DIRECT: { value: 'direct' }, INDIRECT: { value: 'indirect' } } as const,
});

builder.objectFields(LabelRefs.Statement, (t) => ({
  text: t.string({ description: 'The quoted or reported words, exactly as in the article.', resolve: (s) => s.text ?? s.name }),
  speech: t.field({ type: SpeechRef, resolve: (s) => (s.speech === 'indirect' ? 'indirect' : 'direct') }),
  article: t.field({ type: ArticleRef, resolve: (s, _, ctx) => loadOrFail(ctx.loaders.article.load(s.articleId ?? '')) }),
}));

builder.objectFields(LabelRefs.Event, (t) => ({
  date: t.string({
    nullable: true,
    description: 'When it took place, as the article gives it.',
    resolve: (e) => e.attributes.find((a) => a.key === 'date')?.value ?? null,
  }),
}));
