// Bare titles ("President Akufo-Addo", "the Prime Minister") that inferBareTitles left without a
// country: an article about one country (the only one, or named at least twice as often as any
// other) gives its leaders' titles that country; in a bilateral article, a bare leader title goes
// to the main country no other titled person of the article belongs to.
import type { Ctx } from '../context.ts';
import { LEADER_TITLES } from '../data/offices.ts';
import { giveBareTitleCountry, mainCountries } from './inference.ts';

export function inferContextCountries(ctx: Ctx): void {
  const { g } = ctx;
  const countries = [...g.entities.values()]
    .filter((e) => e.type === 'Country' && e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const dominant =
    countries.length === 1 || (countries.length > 1 && countries[0]!.mentions.length >= 2 * countries[1]!.mentions.length)
      ? countries[0]!.name
      : undefined;
  const main = mainCountries(ctx);
  for (const p of ctx.people.values()) {
    if (p.countries.length || !p.bare.length) continue;
    const b = p.bare[0]!;
    let country = dominant;
    if (!country && main.length === 2 && LEADER_TITLES.includes(b.title)) {
      const others = [...ctx.people.values()].filter((q) => q.id !== p.id).flatMap((q) => q.countries);
      const rest = main.filter((c) => !others.includes(c));
      if (rest.length === 1) country = rest[0];
    }
    if (country) giveBareTitleCountry(ctx, p, country);
  }
}
