import { describe, expect, it } from 'vitest';
import { seededStack } from '../helpers/seeded.ts';
import { gql, operation } from '../helpers/stack.ts';

// The questions the foundation must answer about the seed article, asked through GraphQL
// (the example operations of schema/operations/) against the real Neo4j.
const seeded = seededStack();

const names = (conn: { edges: { node: { name: string } }[] }) => conn.edges.map((e) => e.node.name).sort();

describe('the seed article, asked through GraphQL', () => {
  it('says who Hiroshi Kajiyama is: two offices, each of Japan, and his country', async () => {
    const r = await gql(seeded.current, operation('WhoIsKajiyama'));
    expect(r.errors).toBeUndefined();
    const p = r.data.entity;
    expect(p.name).toBe('Hiroshi Kajiyama');
    expect(p.aliases).toContain('Kajiyama');
    expect(p.offices.totalCount).toBe(2);
    expect(names(p.offices)).toEqual(['Minister for Economic Cooperation with Russia', 'Minister of Economy, Trade and Industry of Japan']);
    for (const e of p.offices.edges) expect(e.node.country.node.name).toBe('Japan');
    expect(names(p.countries)).toEqual(['Japan']);
    const meti = p.offices.edges.find((e: any) => e.node.name.startsWith('Minister of Economy'));
    expect(meti.evidence[0].text).toBe('Minister of Economy, Trade and Industry of Japan Hiroshi Kajiyama');
    expect(meti.evidence[0].sentence.index).toBe(1);
  });

  it('says which plan Shinzo Abe proposed, to whom, where and when, with the sentence', async () => {
    const r = await gql(seeded.current, operation('AbeProposal'));
    expect(r.errors).toBeUndefined();
    const [edge] = r.data.entity.proposedPlans.edges;
    expect(edge.node.name).toBe('Eight-point cooperation plan');
    expect(names(edge.node.proposedTo)).toEqual(['Vladimir Putin']);
    expect(edge.node.event.node.place.node.name).toBe('Sochi');
    expect(edge.node.event.node.date).toBe('May 2016');
    const ev = edge.evidence[0];
    expect(ev.text).toBe('proposed by Japanese Prime Minister Shinzo Abe');
    expect(ev.sentence.index).toBe(3);
    expect(ev.sentence.text).toContain('in Sochi in May 2016');
    expect(ev.article.title).toBe('Japan supports the development of mutually beneficial cooperation with Russia');
  });

  it('says which national objective the plan aligns with, whose it is and who initiated it', async () => {
    const r = await gql(seeded.current, operation('PlanAlignment'));
    expect(r.errors).toBeUndefined();
    const plan = r.data.plans.edges[0].node;
    const [aligned] = plan.alignedWith.edges;
    expect(aligned.node.name).toBe('Twelve national projects');
    expect(aligned.evidence[0].text).toContain('coincide with the “twelve national projects”');
    expect(names(aligned.node.initiatedBy)).toEqual(['Vladimir Putin']);
    expect(aligned.node.initiatedBy.edges[0].evidence[0].text).toBe('“twelve national projects” initiated by the Russian leader');
    expect(aligned.node.country.node.name).toBe('Russia');
  });

  it('says which topics the national projects cover', async () => {
    const r = await gql(seeded.current, operation('ObjectiveTopics'));
    expect(r.errors).toBeUndefined();
    const [obj] = r.data.nationalObjectives.edges;
    expect(obj.node.aliases).toContain('national objectives');
    expect(names(obj.node.topics)).toEqual(['Production diversification', 'Productivity']);
  });

  it("lists Kajiyama's five direct quotes and his reported statements", async () => {
    const r = await gql(seeded.current, operation('PersonStatements'));
    expect(r.errors).toBeUndefined();
    const statements = r.data.entity.statements.edges.map((e: any) => e.node);
    expect(r.data.entity.statements.totalCount).toBe(9);
    const direct = statements.filter((s: any) => s.speech === 'DIRECT');
    expect(direct).toHaveLength(5);
    expect(direct.map((s: any) => s.text)).toContain('I think it’s “mutual benefit” – is what is the key to Japanese-Russian cooperation');
  });

  it('lists everything a sentence mentions, with spans that cut out their text', async () => {
    const r = await gql(seeded.current, operation('SentenceMentions'));
    expect(r.errors).toBeUndefined();
    const article = r.data.articles.edges[0].node;
    const sentences = article.sentences.edges.map((e: any) => e.node);
    const mentionsOf = (s: any) => s.mentions.edges.map((e: any) => e.node);
    expect(sentences).toHaveLength(12);
    const keys = new Set(mentionsOf(sentences[3]).map((m: any) => m.entity.key));
    for (const k of [
      'person:shinzo-abe',
      'person:vladimir-putin',
      'plan:eight-point-cooperation-plan',
      'place:sochi',
      'national-objective:twelve-national-projects',
      'office:prime-minister-of-japan',
    ]) {
      expect(keys).toContain(k);
    }
    const full = (await gql(seeded.current, '{ articles { edges { node { text } } } }')).data.articles.edges[0].node.text as string;
    for (const s of sentences) for (const m of mentionsOf(s)) expect(full.slice(m.start, m.end)).toBe(m.text);
  });
});
