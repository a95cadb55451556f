import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededStack } from '../helpers/seeded.ts';
import { graphCounts, gql, operation, WRITE_TOKEN } from '../helpers/stack.ts';

const seeded = seededStack({ eachTest: true });

const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
const write = (name: string, variables: Record<string, unknown>) => gql(seeded.current, operation(name), variables, auth);
const KOREA = readFileSync('data/test-articles/korea-russia.txt', 'utf8');

describe('ingestArticle', () => {
  it('extracts and loads in one transaction; again changes nothing; delete restores the graph', { timeout: 90_000 }, async () => {
    const before = await graphCounts(seeded.current.driver);
    const trips = seeded.current.store.roundTrips;
    const r = await write('IngestArticle', { text: KOREA });
    expect(r.errors).toBeUndefined();
    const p = r.data.ingestArticle;
    expect(p.__typename).toBe('IngestArticlePayload');
    expect(p.replaced).toBe(false);
    expect(p.entityCount).toBeGreaterThan(5);
    expect(p.article.published).toBe('2019-11-12');
    expect(seeded.current.store.roundTrips - trips).toBe(2); // the write, then reading the article back
    const after = await graphCounts(seeded.current.driver);
    const again = await write('IngestArticle', { text: KOREA, title: 'Another title' });
    expect(again.data.ingestArticle.replaced).toBe(true);
    expect(again.data.ingestArticle.article.title).toBe('Another title');
    expect(await graphCounts(seeded.current.driver)).toEqual(after);
    const del = await write('DeleteArticle', { key: p.article.key });
    expect(del.data.deleteArticle.deleted).toBe(true);
    expect(await graphCounts(seeded.current.driver)).toEqual(before);
  });

  it('loads an article whose Date header is no date, without a published date and with a warning', async () => {
    const text = KOREA.replace(/^Date: .*$/m, 'Date: Tuesday last week');
    const r = await write('IngestArticle', { text });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.article.published).toBeNull();
    expect(r.data.ingestArticle.warnings).toEqual([expect.stringContaining('Date header "Tuesday last week" is not a date')]);
    const clean = await write('IngestArticle', { text: KOREA.replace(/^Date: .*$/m, 'Date: Tue, 12 Nov 2019') });
    expect([clean.data.ingestArticle.article.published, clean.data.ingestArticle.warnings]).toEqual(['2019-11-12', []]);
  });

  it('returns InvalidArticleError for text it cannot load, writing nothing', async () => {
    const before = await graphCounts(seeded.current.driver);
    for (const [text, published] of [
      ['   ', null],
      [KOREA, 'yesterday'],
    ]) {
      const r = await write('IngestArticle', { text, published });
      expect(r.errors).toBeUndefined();
      expect(r.data.ingestArticle.__typename).toBe('InvalidArticleError');
      expect(r.data.ingestArticle.problems.length).toBeGreaterThan(0);
    }
    expect(await graphCounts(seeded.current.driver)).toEqual(before);
  });
});

describe('mergeEntities', () => {
  it('moves relationships with evidence, mentions and aliases to keep and deletes drop', async () => {
    const r = await write('MergeEntities', { keep: 'topic:productivity', drop: 'topic:production-diversification' });
    expect(r.errors).toBeUndefined();
    const e = r.data.mergeEntities.entity;
    expect(e.aliases).toContain('Production diversification');
    const check = await gql(
      seeded.current,
      `{
      gone: entity(key: "topic:production-diversification") { key }
      entity(key: "topic:productivity") { mentionCount ... on Topic { coveredBy { edges { node { key } evidence { text } } } } }
    }`,
    );
    expect(check.data.gone).toBeNull();
    expect(e.mentionCount).toBe(check.data.entity.mentionCount);
    const covered = check.data.entity.coveredBy.edges;
    expect(covered.map((x: any) => x.node.key)).toContain('national-objective:twelve-national-projects');
    // Both COVERS relationships' evidence now sits on the one that is left.
    const objective = covered.find((x: any) => x.node.key === 'national-objective:twelve-national-projects');
    expect(objective.evidence.length).toBeGreaterThanOrEqual(2);
    // Provenance still holds: deleting the article removes everything, merged facts included.
    const key = (await gql(seeded.current, '{ articles { edges { node { key } } } }')).data.articles.edges[0].node.key;
    await write('DeleteArticle', { key });
    expect(await graphCounts(seeded.current.driver)).toEqual({});
  });

  it('refuses different labels, itself and unknown keys with typed errors', async () => {
    const before = await graphCounts(seeded.current.driver);
    const labels = await write('MergeEntities', { keep: 'person:shinzo-abe', drop: 'country:japan' });
    expect(labels.data.mergeEntities.__typename).toBe('MergeRefusedError');
    expect((await write('MergeEntities', { keep: 'person:shinzo-abe', drop: 'person:shinzo-abe' })).data.mergeEntities.__typename).toBe(
      'MergeRefusedError',
    );
    const missing = await write('MergeEntities', { keep: 'person:shinzo-abe', drop: 'person:nobody' });
    expect(missing.data.mergeEntities).toMatchObject({ __typename: 'NotFoundError', message: 'no entity has the key person:nobody' });
    expect(await graphCounts(seeded.current.driver)).toEqual(before);
  });
});

describe('updateEntity', () => {
  it('renames and sets hand-added aliases, which stay when another article mentions the entity', async () => {
    const r = await write('UpdateEntity', {
      key: 'person:vladimir-putin',
      name: 'Vladimir V. Putin',
      aliases: ['Putin', ' ', 'President Putin'],
    });
    expect(r.data.updateEntity.entity).toMatchObject({ key: 'person:vladimir-putin', name: 'Vladimir V. Putin' });
    expect(r.data.updateEntity.entity.aliases).toEqual(expect.arrayContaining(['Putin', 'President Putin', 'the Russian leader']));
    expect((await write('IngestArticle', { text: KOREA })).data.ingestArticle.__typename).toBe('IngestArticlePayload');
    const again = await gql(seeded.current, '{ entity(key: "person:vladimir-putin") { aliases } }');
    expect(again.data.entity.aliases).toEqual(expect.arrayContaining(['President Putin', 'the Russian leader']));
    expect((await write('UpdateEntity', { key: 'person:nobody', name: 'X' })).data.updateEntity.__typename).toBe('NotFoundError');
    expect((await write('UpdateEntity', { key: 'person:vladimir-putin', name: '  ' })).data.updateEntity.__typename).toBe(
      'InvalidInputError',
    );
  });
});

describe('entityByName after edits', () => {
  const byName = (name: string) =>
    gql(
      seeded.current,
      'query($n: String!) { entityByName(name: $n) { matchedBy matchedText entity { key } alternatives { matchedBy matchedText entity { key } } } }',
      { n: name },
    );

  it('lists the other entities an ambiguous name matches, the better connected first; a new name is found at once', async () => {
    expect((await write('UpdateEntity', { key: 'person:shinzo-abe', aliases: ['KAJIYAMA'] })).errors).toBeUndefined();
    const r = await byName('kajiyama');
    expect(r.errors).toBeUndefined();
    expect(r.data.entityByName).toEqual({
      matchedBy: 'ALIAS',
      matchedText: 'Kajiyama',
      entity: { key: 'person:hiroshi-kajiyama' },
      alternatives: [{ matchedBy: 'ALIAS', matchedText: 'KAJIYAMA', entity: { key: 'person:shinzo-abe' } }],
    });
    // Renamed, an entity answers to its new name exactly, and to the old one only as an alias.
    expect((await write('UpdateEntity', { key: 'place:sochi', name: 'Sochi City' })).errors).toBeUndefined();
    const renamed = await byName('sochi city');
    expect([renamed.data.entityByName.matchedBy, renamed.data.entityByName.entity.key]).toEqual(['EXACT_NAME', 'place:sochi']);
    expect((await byName('Sochi')).data.entityByName.matchedBy).toBe('ALIAS');
  });
});
