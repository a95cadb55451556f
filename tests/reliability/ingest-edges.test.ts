import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphCounts, loadSeed, openStack, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { expectNoLeak, send, serve, type Served } from './http.ts';

// ingestArticle inputs that are odd but acceptable: what they load, and that loading twice changes nothing.

let stack: Stack;
let served: Served;
beforeAll(async () => {
  stack = await openStack();
  served = await serve(stack);
});
beforeEach(async () => {
  await wipe(stack.driver);
  await loadSeed(stack.store);
});
afterAll(async () => {
  await served?.close();
  await stack?.close();
});

const INGEST = `mutation($text: String!, $title: String) {
  ingestArticle(text: $text, title: $title) {
    __typename
    ... on IngestArticlePayload { replaced entityCount relationCount article { key title sentenceCount } }
    ... on InvalidArticleError { problems }
  }
}`;
async function ingest(text: string, title?: string) {
  const a = await send(served, {
    body: { query: INGEST, variables: { text, title } },
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
  });
  expectNoLeak(a.text);
  expect(a.json.errors, JSON.stringify(a.json.errors)).toBeUndefined();
  return a.json.data.ingestArticle;
}

const ARTICLE =
  'Japan and Russia widen cooperation\n\nJapanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Moscow. Japan and Russia agreed to expand the eight-point cooperation plan.\n';
const RUSSIAN =
  'Россия и Япония расширяют сотрудничество\n\nПрезидент России Владимир Путин встретился с премьер-министром Японии Синдзо Абэ в Сочи. Стороны обсудили план сотрудничества из восьми пунктов.\n';
const JAPANESE =
  '日露経済協力の拡大\n\nロシアのプーチン大統領は、ソチで日本の安倍晋三首相と会談した。両首脳は八項目の協力プランについて協議した。\n';

describe('ingestArticle edge cases', () => {
  it('an article without a title header takes its first line as the title (documented format)', async () => {
    const r = await ingest(ARTICLE);
    expect(r.__typename).toBe('IngestArticlePayload');
    expect(r.article.title).toBe('Japan and Russia widen cooperation');
    expect(r.entityCount).toBeGreaterThan(0);
  });

  it('an empty Title: header falls back to the first line of the text; a title argument wins over both', async () => {
    const a = await ingest(`Title:\nSource: https://example.org/x\n\n${ARTICLE}`);
    expect(a.article.title).toBe('Japan and Russia widen cooperation');
    const b = await ingest(`${ARTICLE}\nMore.\n`, 'Given title');
    expect(b.article.title).toBe('Given title');
  });

  it('the same article twice: the second time is reported as replaced and changes no count', async () => {
    const first = await ingest(ARTICLE);
    expect(first.replaced).toBe(false);
    const before = await graphCounts(stack.driver);
    const second = await ingest(ARTICLE);
    expect(second.replaced).toBe(true);
    expect(second.article.key).toBe(first.article.key);
    expect(await graphCounts(stack.driver)).toEqual(before);
  });

  // Decision: text in another language is accepted (it is an article) and loads little: the
  // article and its sentences, no entities, since the extractor reads English. No crash, no error.
  it.each([
    ['Russian', RUSSIAN, 'Россия и Япония расширяют сотрудничество'],
    ['Japanese', JAPANESE, '日露経済協力の拡大'],
  ])('%s text loads as an article with its sentences and no entities, idempotently', async (_, text, title) => {
    const before = await graphCounts(stack.driver);
    const r = await ingest(text);
    expect(r.__typename).toBe('IngestArticlePayload');
    expect(r.article.title).toBe(title);
    expect(r.article.sentenceCount).toBeGreaterThanOrEqual(2);
    expect(r.entityCount).toBe(0);
    const after = await graphCounts(stack.driver);
    expect(after.Article).toBe(before.Article! + 1);
    expect(after.Entity).toBe(before.Entity);
    expect(after.Sentence).toBe(before.Sentence! + r.article.sentenceCount);
    const again = await ingest(text);
    expect(again.replaced).toBe(true);
    expect(await graphCounts(stack.driver)).toEqual(after);
    const found = await send(served, {
      body: { query: 'query($k: String!) { article(key: $k) { title text } }', variables: { k: r.article.key } },
    });
    expect(found.json.data.article.text).toContain(text.split('\n')[2]!.slice(0, 20));
  });
});
