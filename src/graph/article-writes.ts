import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { writeArticles } from './batch-writes.ts';
import type { ChangeSet } from './change-log.ts';

export { unloadArticle } from './unload-article.ts';

/** Writes one validated article (after unloading any earlier copy: loading twice changes nothing). */
export async function writeArticle(
  tx: ManagedTransaction,
  graph: ExtractedGraph,
): Promise<{ articleId: string; replaced: boolean; change: ChangeSet }> {
  const { articleIds, replaced, change } = await writeArticles(tx, [graph]);
  return { articleId: articleIds[0]!, replaced: replaced > 0, change };
}
