// Launches named by a verb: "Ruritania has officially launched its Sixth National Development Plan",
// "President X unveiled the Vision 2050 strategy in Capital on Monday", "the cabinet adopted the plan".
// Putting a national plan or programme into the world is an occasion (the annotation's "launch"), whose
// subject is the plan (it is about the plan, not its outcome); who launched it takes part, and a later
// "the launch" is the same occasion. Budgets and bills laid before a house are sittings (tablings in
// event-verbs.ts), not launches. An article that never says what was launched ("During the launch, …")
// means its one most-named national programme.
import type { Ctx } from '../context.ts';
import { complementOf, mentionsIn } from './event-complements.ts';
import { subjectChain, verbsOutsideQuotes, type VerbMeeting } from './event-verbs.ts';

const LAUNCH =
  /\b(?:has\s+|have\s+|had\s+|will\s+|to\s+|would\s+)?(?:(?:officially|formally|publicly|finally|also)\s+)?(?<verb>launch(?:ed|es)?|unveil(?:ed|s)?|adopt(?:ed|s)?|approv(?:ed|es)?|endors(?:ed|es)?|validat(?:ed|es))\s+/g;
/** between the verb and the plan: determiners and possessives ("its", "the government's"), or the part of
 * it launched ("the final draft of the …", "the second phase of …") */
const GAP =
  /^(?:(?:the|a|an|its|his|her|their|our|this|(?:the\s+)?(?:country|nation|government|state)['’]s|(?:final\s+|first\s+|second\s+|third\s+|new\s+)?(?:draft|phase|version|edition)\s+of)\s+)*$/i;
const NOT_LAUNCHED = /\b(?:budget|bill|appropriation|estimates|act)\b/i;
const HEAD: Record<string, string> = {
  launch: 'Launch',
  unveil: 'Launch',
  adopt: 'Adoption',
  approv: 'Approval',
  endors: 'Approval',
  validat: 'Approval',
};

export function launches(ctx: Ctx): VerbMeeting[] {
  const out: VerbMeeting[] = [];
  const { body } = ctx;
  for (const [m, s] of verbsOutsideQuotes(ctx, LAUNCH)) {
    const after = m.index + m[0].length;
    const plan = mentionsIn(ctx, after, Math.min(s.end, after + 160), ['Plan', 'NationalObjective'])[0];
    if (!plan || !GAP.test(body.slice(after, plan.start)) || NOT_LAUNCHED.test(body.slice(plan.start, plan.end))) continue;
    const verb = m.groups!.verb!;
    // adopting or approving an agreement or a joint declaration is part of the meeting that did it; only a
    // country's own plan is adopted as an occasion of its own
    if (!/^(?:launch|unveil)/.test(verb) && ctx.g.typeOf(plan.id) !== 'NationalObjective') continue;
    const who = subjectChain(ctx, s.start, m.index)[0]?.id;
    const comp = complementOf(ctx, plan.end, 'launch');
    comp.plans.push(plan.id);
    const head = HEAD[Object.keys(HEAD).find((k) => verb.startsWith(k))!]!;
    const parties = who
      ? []
      : mentionsIn(ctx, s.start, m.index, ['Country', 'Organization'])
          .slice(-1)
          .map((x) => x.id);
    out.push({
      start: m.index + m[0].indexOf(verb),
      end: Math.max(comp.end, plan.end),
      coreEnd: plan.end,
      kind: 'launch',
      ...(who ? { who } : {}),
      comp,
      head: head.toLowerCase(),
      name: `${head} of ${ctx.g.entities.get(plan.id)?.name ?? body.slice(plan.start, plan.end)}`,
      parties,
      about: true,
    });
  }
  if (!out.length) {
    const bare = bareLaunch(ctx);
    if (bare) out.push(bare);
  }
  return out;
}

const BARE_LAUNCH = /\b[Tt]he\s+(?:official\s+|formal\s+)?launch(?:\s+event)?\b(?!\s+of\b)/;
const NAMED_PROGRAMME = /\b(?:Plan|Strategy|Vision|Programme|Program|Agenda)\b/;

/** "During the launch, the minister said …" in an article whose text never says what was launched: the
 * launch of the one named national programme the article is about (the one mentioned most). */
function bareLaunch(ctx: Ctx): VerbMeeting | undefined {
  const m = BARE_LAUNCH.exec(ctx.body);
  if (!m) return undefined;
  const programmes = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'NationalObjective' && NAMED_PROGRAMME.test(e.name))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const top = programmes[0];
  if (!top || (programmes[1] && programmes[1].mentions.length === top.mentions.length)) return undefined;
  const end = m.index + m[0].length;
  const comp = complementOf(ctx, end, 'launch');
  comp.plans.push(top.id);
  return { start: m.index, end: comp.end, coreEnd: end, kind: 'launch', comp, head: 'launch', name: `Launch of ${top.name}`, about: true };
}
