// The score tables, laid out as the reference scorer prints them.
import { PARTIAL_TYPES, type Prf, type ScoreReport } from './score.ts';

const f2 = (x: number) => x.toFixed(2).padStart(7);
const prfRow = (label: string, v: Prf): string =>
  `${label.padEnd(28)}${String(v.tp).padStart(5)}${String(v.pred).padStart(6)}${String(v.gold).padStart(6)}${f2(v.p)}${f2(v.r)}${f2(v.f1)}`;
const HEADER = `${'entities (strict | partial)'.padEnd(28)}${'tp'.padStart(5)}${'pred'.padStart(6)}${'gold'.padStart(6)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`;

/** Per type, strict with the partial row under each descriptive type, then the totals. */
export function formatReport(
  s: Pick<
    ScoreReport,
    | 'entities'
    | 'entities_partial'
    | 'entities_all'
    | 'entities_all_partial'
    | 'relations_stated'
    | 'relations_stated_partial'
    | 'relations_all'
    | 'relations_all_partial'
    | 'spans'
  >,
): string {
  const lines = [HEADER];
  for (const [t, v] of Object.entries(s.entities)) {
    lines.push(prfRow(t, v));
    if (PARTIAL_TYPES.has(t)) lines.push(prfRow('  partial', s.entities_partial[t]!));
  }
  for (const k of ['entities_all', 'relations_stated', 'relations_all'] as const) {
    lines.push(prfRow(k, s[k]), prfRow('  partial', s[`${k}_partial`]));
  }
  if (s.spans) lines.push(`valid spans: ${s.spans.valid}/${s.spans.total}`);
  return lines.join('\n');
}
