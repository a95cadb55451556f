// Accumulates entities and relations: one entity per id (mentions and aliases merged), one
// relation per (type, from, to) with its evidence spans merged. Spans are always cut from
// the body, so `body.slice(start, end) === text` holds by construction.
import type { EntityLabel, RelationType } from '../model/vocabulary.ts';
import type { ExtractedEntity, ExtractedRelation, Span } from '../model/extracted-graph.ts';
import { entityId } from '../model/ids.ts';

export class GraphBuilder {
  readonly entities = new Map<string, ExtractedEntity>();
  readonly relations = new Map<string, ExtractedRelation>();
  constructor(readonly body: string) {}

  span(start: number, end: number): Span {
    // Trim white space so spans never start or end on it.
    while (start < end && /\s/.test(this.body[start]!)) start++;
    while (end > start && /\s/.test(this.body[end - 1]!)) end--;
    return { start, end, text: this.body.slice(start, end) };
  }

  entity(type: EntityLabel, name: string, mention?: Span, id = entityId(type, name)): string {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [] };
      this.entities.set(id, e);
    }
    if (mention) this.mention(id, mention);
    return id;
  }

  mention(id: string, m: Span): void {
    const e = this.entities.get(id);
    if (!e || m.end <= m.start) return;
    if (!e.mentions.some((x) => x.start === m.start && x.end === m.end)) e.mentions.push(m);
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
  }

  attr(id: string, key: string, value: string): void {
    const e = this.entities.get(id);
    if (!e) return;
    e.attributes ??= {};
    if (!(key in e.attributes)) e.attributes[key] = value;
  }

  relate(type: RelationType, from: string | undefined, to: string | undefined, evidence: Span[], implicit = false): void {
    if (!from || !to || from === to || evidence.length === 0) return;
    const key = `${type}\u0000${from}\u0000${to}`;
    const r = this.relations.get(key);
    if (!r) {
      const rel: ExtractedRelation = { type, from, to, evidence: [] };
      if (implicit) rel.implicit = true;
      this.relations.set(key, rel);
      for (const e of evidence) this.addEvidence(rel, e);
      return;
    }
    // Stated evidence wins over inference.
    if (!implicit && r.implicit) delete r.implicit;
    for (const e of evidence) this.addEvidence(r, e);
  }

  private addEvidence(r: ExtractedRelation, e: Span): void {
    if (e.end > e.start && !r.evidence.some((x) => x.start === e.start && x.end === e.end)) r.evidence.push(e);
  }

  /** Whether [start, end) overlaps a mention of an entity `of` accepts (any entity by default): the
   * "is this span already claimed?" question most finders ask before adding their own. */
  claimed(start: number, end: number, of: (e: ExtractedEntity) => boolean = () => true): boolean {
    for (const e of this.entities.values()) if (of(e) && e.mentions.some((m) => m.start < end && m.end > start)) return true;
    return false;
  }

  /** Drops the entity's mentions `drop` accepts (its aliases follow); an entity left with none is
   * removed. Its relations stay for now: assembly leaves out any relation whose end is gone. */
  dropMentions(id: string, drop: (m: Span) => boolean): void {
    const e = this.entities.get(id);
    if (!e) return;
    e.mentions = e.mentions.filter((m) => !drop(m));
    e.aliases = [...new Set(e.mentions.map((m) => m.text))];
    if (!e.mentions.length) this.entities.delete(id);
  }

  typeOf(id: string): EntityLabel | undefined {
    return this.entities.get(id)?.type;
  }

  /** Moves everything of `from` onto `into` (mentions, aliases, relations). */
  merge(from: string, into: string): void {
    const a = this.entities.get(from);
    if (!a || from === into || !this.entities.has(into)) return;
    for (const m of a.mentions) this.mention(into, m);
    for (const [k, v] of a.attributes ? Object.entries(a.attributes) : []) this.attr(into, k, v);
    this.entities.delete(from);
    for (const [key, r] of [...this.relations]) {
      if (r.from !== from && r.to !== from) continue;
      this.relations.delete(key);
      this.relate(r.type, r.from === from ? into : r.from, r.to === from ? into : r.to, r.evidence, r.implicit);
    }
  }
}
