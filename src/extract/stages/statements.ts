// Stage 4, statements: direct quotations and reported speech, each attributed to a resolved person
// (pronouns to the speaker salient at that point, which is why sentences are visited in order; see
// statements/statements.ts). The result's `statements` exist only from this stage on.
import { extractStatements, type StatementRec } from '../statements/statements.ts';
import type { ResolvedStage } from './resolve.ts';

export interface StatementStage extends ResolvedStage {
  readonly statements: readonly StatementRec[];
}

export function findStatements(r: ResolvedStage): StatementStage {
  return { ...r, statements: extractStatements(r.ctx) };
}
