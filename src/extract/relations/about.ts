// What a statement is about: the plans, objectives and topics mentioned inside its span.
import type { Ctx } from '../context.ts';
import type { StatementRec } from '../statements/statements.ts';

const ABOUT_TYPES = new Set(['Plan', 'NationalObjective', 'Topic']);

export function linkAbout(ctx: Ctx, statements: readonly StatementRec[]): void {
  const { g } = ctx;
  const targets = [...g.entities.values()].filter((e) => ABOUT_TYPES.has(e.type));
  for (const st of statements) {
    for (const e of targets) {
      for (const m of e.mentions) {
        if (m.start >= st.span.start && m.end <= st.span.end) g.relate('ABOUT', st.id, e.id, [m]);
      }
    }
  }
}
