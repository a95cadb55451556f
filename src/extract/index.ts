// extractArticle: pure, deterministic, offline. Six stages, each a function from the previous
// stage's value to its own (stages/): text (sentences, tokens, quotes) → typed mention candidates
// with spans → resolved entities and events → statements → relations → graph. The folders hold
// the rules each stage calls: text/, mentions/, resolve/, statements/, relations/; each stage
// module's header says which it runs, in which order and why.
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { assemble } from './stages/assemble.ts';
import { findMentions } from './stages/mentions.ts';
import { linkRelations } from './stages/relations.ts';
import { resolveEntities } from './stages/resolve.ts';
import { findStatements } from './stages/statements.ts';
import { readText } from './stages/text.ts';

export function extractArticle(raw: string): ExtractedGraph {
  return assemble(linkRelations(findStatements(resolveEntities(findMentions(readText(raw))))));
}
