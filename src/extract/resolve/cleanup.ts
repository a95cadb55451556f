// Places and topics inside a proper name are part of that name, not mentions of their own:
// "Delhi" in "Delhi–Mumbai Industrial Corridor", "Arctic" in "Minister for the Development of
// the Far East and Arctic", "Industrial Cooperation" in "International Centre for Industrial
// Cooperation". Countries stay (the gold standard counts "Japan" in "… of Japan").
import type { Ctx } from '../context.ts';

const HOSTS = new Set(['Plan', 'NationalObjective', 'Organization', 'Office', 'Event']);

export function dropMentionsInsideNames(ctx: Ctx): void {
  const { g } = ctx;
  const names = [...g.entities.values()]
    .filter((e) => HOSTS.has(e.type))
    .flatMap((e) => e.mentions.filter((m) => /^\p{Lu}/u.test(m.text) && /\s/.test(m.text)));
  // a corridor's or a plan's cities are still places
  const placeHosts = [...g.entities.values()]
    .filter((e) => e.type === 'Office' || e.type === 'Organization')
    .flatMap((e) => e.mentions.filter((m) => /^\p{Lu}/u.test(m.text) && /\s/.test(m.text)));
  // a city that is a family name ("Danilo Medina", later "Medina") is the person's
  const personSpans = [...g.entities.values()].filter((e) => e.type === 'Person').flatMap((e) => e.mentions);
  const inPerson = (m: { start: number; end: number }) => personSpans.some((n) => n.start <= m.start && n.end >= m.end);
  // an envoy's post ("Consul-General in Dubai") is still a place
  const isPost = (m: { start: number }) => / in $/.test(ctx.body.slice(m.start - 4, m.start));
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Place' && e.type !== 'Topic') continue;
    const hosts = e.type === 'Place' ? placeHosts : names;
    g.dropMentions(e.id, (m) => {
      if (e.type === 'Place' && inPerson(m)) return true;
      const inside =
        hosts.some((n) => n.start <= m.start && n.end >= m.end && (n.start !== m.start || n.end !== m.end)) &&
        !(e.type === 'Place' && isPost(m));
      // lower-case topics inside lower-case plan names ("roadmap for industrial cooperation") stay
      return inside && !(e.type === 'Topic' && /^\p{Ll}/u.test(m.text));
    });
  }
}

/** "Prime Minister Name and National Assembly", "Ministry of Foreign Affairs, DPM Name": a run of
 * capitalised words the organisation finder took whole, with a person's name inside, is titles and
 * names, not one body; an organisation seen only so is dropped. */
export function dropOrganizationsHoldingPeople(ctx: Ctx): void {
  const { g } = ctx;
  const people = [...g.entities.values()].filter((e) => e.type === 'Person').flatMap((e) => e.mentions);
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Organization') continue;
    g.dropMentions(e.id, (m) => people.some((p) => p.start >= m.start && p.end <= m.end));
  }
}

/** "the Ruritania-Africa Partnership Summit": a plan-shaped name followed by an event head names
 * the event, not a plan; a plan seen only so is dropped. */
export function dropPlansNamingEvents(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Plan') continue;
    g.dropMentions(e.id, (m) => /^\s+(?:Summit|Forum|Conference|Congress|Games|Expo)\b/.test(body.slice(m.end, m.end + 12)));
  }
}

/** A multi-word plan or objective name repeated verbatim later is another mention of it. */
export function repeatNames(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const e of [...g.entities.values()]) {
    if ((e.type !== 'Plan' && e.type !== 'NationalObjective') || !/\s/.test(e.name) || !/^\p{Lu}/u.test(e.name)) continue;
    for (let at = body.indexOf(e.name); at >= 0; at = body.indexOf(e.name, at + 1)) {
      if (/[\p{L}]/u.test(body[at - 1] ?? '') || /[\p{L}]/u.test(body[at + e.name.length] ?? '')) continue;
      g.mention(e.id, g.span(at, at + e.name.length));
    }
  }
}
