// How a person or an office enters the graph, and the people named in a stretch of text: the
// small core that every person-finding rule (people.ts and the rules it calls, coreference, events)
// shares. It lives apart from people.ts so that those rules import it without importing people.ts,
// which imports them (the import cycles the layer check forbids).
import type { Ctx } from '../context.ts';
import type { Span } from '../../model/extracted-graph.ts';
import { officeName, type OfficeHit } from './offices.ts';
import { FAMILY_NAME_FIRST, FAMILY_FIRST_COUNTRIES } from '../data/names.ts';

/** Chinese and Korean names put the family name first ("Xi Jinping", "Moon Jae-in"). */
function surnameOf(parts: string[]): string {
  const first = parts[0]!;
  // Arabic patronymics: "Mohammed bin Salman …" is "bin Salman" later
  const bin = parts.findIndex((w) => /^(?:bin|ibn)$/.test(w));
  if (bin > 0 && bin < parts.length - 1) return `${parts[bin]} ${parts[bin + 1]}`;
  if (parts.length >= 2 && (FAMILY_NAME_FIRST.has(first) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!))) return first;
  return parts[parts.length - 1]!;
}

export function addOffice(ctx: Ctx, hit: OfficeHit): string {
  const { g } = ctx;
  const id = g.entity('Office', officeName(hit), g.span(hit.start, hit.end));
  // The bare title is a surface form too ("Minister of Industry and Trade").
  if (hit.titleEnd < hit.end && /\s(?:of|for)\s|–/.test(hit.title)) g.mention(id, g.span(hit.titleStart, hit.titleEnd));
  if (hit.country) g.relate('OFFICE_OF', id, g.entity('Country', hit.country), [g.span(hit.start, hit.end)]);
  return id;
}

export function addPerson(ctx: Ctx, name: string, at: number, len: number): string {
  const { g } = ctx;
  const id = g.entity('Person', name, g.span(at, at + len));
  if (!ctx.people.has(id)) {
    const parts = name.split(/\s+/);
    ctx.people.set(id, { id, name, surname: surnameOf(parts), titles: [], countries: [], offices: [], bare: [] });
  }
  return id;
}

/** Person holds the office; evidence is the title-and-name phrase. */
export function bind(ctx: Ctx, pid: string, hit: OfficeHit, office: string | undefined, end: number, start = hit.start): void {
  const { g } = ctx;
  const info = ctx.people.get(pid)!;
  const ev: Span[] = [g.span(start, end)];
  if (!info.titles.includes(hit.title)) info.titles.push(hit.title);
  if (!hit.country) info.bare.push({ title: hit.title, start: hit.titleStart, end: hit.titleEnd, evEnd: end });
  if (office) {
    g.relate('HOLDS_OFFICE', pid, office, ev);
    if (!info.offices.includes(office)) info.offices.push(office);
  }
  // Family-name-first order is East Asian: a Kazakh minister "Lin Ivanova" is Ms Ivanova.
  const parts = info.name.split(/\s+/);
  if (hit.country && !FAMILY_FIRST_COUNTRIES.has(hit.country) && parts.length > 1 && info.surname === parts[0])
    info.surname = parts[parts.length - 1]!;
  if (hit.country) {
    g.relate('AFFILIATED_WITH', pid, g.entity('Country', hit.country), ev);
    if (!info.countries.includes(hit.country)) info.countries.push(hit.country);
  }
}

export function personMentionsIn(ctx: Ctx, start: number, end: number): { id: string; start: number }[] {
  const out: { id: string; start: number }[] = [];
  for (const p of ctx.people.values()) {
    for (const m of ctx.g.entities.get(p.id)?.mentions ?? []) if (m.start >= start && m.end <= end) out.push({ id: p.id, start: m.start });
  }
  return out.sort((a, b) => a.start - b.start);
}
