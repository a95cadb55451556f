import { Command, CommanderError } from 'commander';
import { deleteCommand, extractCommand, ingestCommand, loadCommand } from './commands.ts';
import { CliError } from './errors.ts';
import { evalCommand, scoreCommand } from './eval-commands.ts';
import { importCommand } from './import-command.ts';

const program = new Command('policygraph')
  .description('News articles about governments → a Neo4j knowledge graph with sentence-level provenance.')
  .exitOverride();

program.command('extract').argument('<file>', 'article text file').option('--json', 'print the extracted graph as JSON')
  .description('extract the graph of one article (no database needed)').action(extractCommand);
program.command('ingest').argument('<paths...>', 'article files or folders of .txt files')
  .description('extract and load articles, one transaction each (a reviewed .annotation.json beside a file wins)').action(ingestCommand);
program.command('import').argument('<paths...>', 'article files or folders of .txt files')
  .option('--workers <n>', 'extract worker threads (default: one per core)')
  .description('first load of many articles into an empty local graph, offline with neo4j-admin import (same graph as ingest)').action(importCommand);
program.command('load').argument('<files...>', 'reviewed annotation files (.annotation.json)')
  .description('load reviewed annotations as they are').action(loadCommand);
program.command('delete').argument('<key>', 'article key, e.g. article:32cf05b0c027adcd')
  .description('delete an article and the facts only it supported').action(deleteCommand);
program.command('score').argument('<pred>', 'extracted graph JSON (extract --json)').argument('<gold>', 'gold graph JSON').argument('[article]', 'the article text, to check every predicted span')
  .option('--json', 'print the scores as JSON').description('score an extraction against a gold annotation, strict and partial').action(scoreCommand);
program.command('eval').argument('[dir]', 'corpus folder: gold/ and texts/, or gold files beside their texts (default data/eval)')
  .option('--split <split>', 'only dev or only test articles').option('--json', 'print the scores as JSON')
  .description('extract and score every article of a corpus whose text is present; per-type table').action(evalCommand);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof CliError) {
    console.error(`policygraph: ${err.message}`);
    process.exit(err.exitCode);
  }
  console.error(`policygraph: unexpected error: ${(err as Error).message}`);
  process.exit(70);
}
