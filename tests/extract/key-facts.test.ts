// Key facts a reader expects, checked through extractArticle on the seed and the test articles.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES, ROOT, SEED, extractFile, names, rel, speakerOf } from './helpers.ts';

const file = (n: string) => ARTICLES.find((a) => a.name === n)!.file;

describe('seed (Japan–Russia)', () => {
  const g = extractFile(SEED);
  it('attributes every direct quote, including dash attributions and descriptions, to the minister', () => {
    const direct = g.entities.filter((e) => e.type === 'Statement' && e.speech === 'direct');
    expect(direct).toHaveLength(5);
    for (const s of direct) expect(speakerOf(g, s.mentions[0]!.text)).toBe('Hiroshi Kajiyama');
  });
  it('finds reported speech ("According to him", "he confirmed", "He sees") as indirect statements', () => {
    expect(speakerOf(g, 'the “eight-point cooperation plan” proposed')).toBe('Hiroshi Kajiyama');
    expect(speakerOf(g, 'over 200 private projects')).toBe('Hiroshi Kajiyama');
    expect(speakerOf(g, 'Tokyo seeks')).toBe('Hiroshi Kajiyama');
  });
  it('strips titles into offices tied to their country', () => {
    expect(names(g, 'Person').sort()).toEqual(['Hiroshi Kajiyama', 'Shinzo Abe', 'Vladimir Putin']);
    expect(rel(g, 'HOLDS_OFFICE', 'Shinzo Abe', 'Prime Minister of Japan')).toBeDefined();
    expect(rel(g, 'OFFICE_OF', 'President of Russia', 'Russia')).toBeDefined();
    expect(rel(g, 'OFFICE_OF', 'Minister of Economy, Trade and Industry of Japan', 'Japan')).toBeDefined();
  });
  it('knows who proposed the plan to whom, where and when, and who initiated the objective', () => {
    expect(rel(g, 'PROPOSED', 'Shinzo Abe', 'Eight-point cooperation plan')).toBeDefined();
    expect(rel(g, 'PROPOSED_TO', 'Eight-point cooperation plan', 'Vladimir Putin')).toBeDefined();
    const ev = g.entities.find((e) => e.type === 'Event')!;
    expect(ev.attributes?.date).toBe('2016-05');
    expect(g.relations.some((r) => r.type === 'HELD_IN' && r.from === ev.id && r.to === 'place:sochi')).toBe(true);
    expect(rel(g, 'INITIATED', 'Vladimir Putin', 'Twelve national projects')).toBeDefined();
    expect(g.entities.find((e) => e.name === 'Vladimir Putin')!.aliases).toContain('the Russian leader');
  });
  it('treats the capital used for the government as the country', () => {
    expect(g.entities.find((e) => e.id === 'country:japan')!.aliases).toContain('Tokyo');
  });
});

describe('test articles', () => {
  it('china-russia: a trade target with its initiators, owners and event', () => {
    const g = extractFile(file('china-russia'));
    const t = g.entities.find((e) => e.type === 'NationalObjective' && e.attributes?.target)!;
    expect(t.attributes).toMatchObject({ target: '$200 billion', year: '2024' });
    expect(rel(g, 'INITIATED', 'Vladimir Putin', t.name)).toBeDefined();
    expect(rel(g, 'INITIATED', 'Xi Jinping', t.name)).toBeDefined();
    expect(rel(g, 'OBJECTIVE_OF', t.name, 'China')).toBeDefined();
    expect(speakerOf(g, 'China is ready')).toBe('Hu Chunhua');
    expect(rel(g, 'HOLDS_OFFICE', 'Xi Jinping', 'President of China')).toBeDefined();
  });
  it('central-asia: compound Deputy Prime Minister – Minister titles', () => {
    const g = extractFile(file('central-asia'));
    expect(
      rel(g, 'HOLDS_OFFICE', 'Serik Zhumangarin', 'Deputy Prime Minister – Minister of Trade and Integration of Kazakhstan'),
    ).toBeDefined();
    expect(
      rel(g, 'HOLDS_OFFICE', 'Jamshid Khodjaev', 'Deputy Prime Minister – Minister of Investments, Industry and Trade of Uzbekistan'),
    ).toBeDefined();
    expect(speakerOf(g, 'We have agreed')).toBe('Serik Zhumangarin');
    expect(rel(g, 'ALIGNED_WITH', 'Roadmap for industrial cooperation for 2024–2026', 'Development Strategy 2022–2026')).toBeDefined();
  });
  it('korea-russia: family-name-first speakers and a plan proposed at a forum', () => {
    const g = extractFile(file('korea-russia'));
    expect(speakerOf(g, 'Seoul and Moscow want')).toBe('Hong Nam-ki');
    expect(rel(g, 'PROPOSED', 'Moon Jae-in', 'Nine Bridges')).toBeDefined();
    expect(rel(g, 'PROPOSED_TO', 'Nine Bridges', 'Vladimir Putin')).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', 'Nine Bridges', 'Eastern Economic Forum')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Moon Jae-in', 'President of South Korea')).toBeDefined();
  });
  it('india-japan: Make in India is India’s objective, initiated by the Prime Minister', () => {
    const g = extractFile(file('india-japan'));
    expect(rel(g, 'INITIATED', 'Narendra Modi', 'Make in India')).toBeDefined();
    expect(rel(g, 'OBJECTIVE_OF', 'Make in India', 'India')).toBeDefined();
    expect(speakerOf(g, 'This is only the beginning')).toBe('Yasutoshi Nishimura');
  });
});

describe('purity of src/extract', () => {
  it('uses no file system, network, clock or randomness', () => {
    const dir = join(ROOT, 'src/extract');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/node:fs|from 'fs'|fetch\(|Date\.now|new Date\(|Math\.random|process\.env/);
    }
  });
});
