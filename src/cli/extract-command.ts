// `policygraph extract`: the extractor alone, on one file. It lives apart from the database
// commands so that an extract call loads the extractor and nothing of the driver or the graph.
import { extractArticle } from '../extract/index.ts';
import { parseArticle } from '../model/article-file.ts';
import { readText } from './read-text.ts';

/** `extract FILE --json`: the extracted graph, in the format score-extraction.py reads. */
export function extractCommand(file: string, opts: { json?: boolean }): void {
  const raw = readText(file);
  for (const w of parseArticle(raw).warnings ?? []) console.error(`warning: ${file}: ${w}`);
  const graph = extractArticle(raw);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(graph, null, 1)}\n`);
    return;
  }
  console.log(
    `${graph.article.title}\n${graph.sentences.length} sentences, ${graph.entities.length} entities, ${graph.relations.length} relations`,
  );
  for (const e of graph.entities)
    console.log(`  ${e.type.padEnd(18)} ${e.name}  (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'})`);
  for (const r of graph.relations) console.log(`  ${r.from} -[${r.type}]-> ${r.to}  «${r.evidence[0]?.text}»`);
}
