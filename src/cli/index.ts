// The `policygraph` command line. Each command's module is imported when that command runs, not
// before: `extract` then loads the extractor alone, and `--help` loads nothing but commander, so a
// call starts without paying for the driver, the graph layer or the NLP model it does not use.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.ts';

/** An action that imports its module on first use (the modules are listed here, literally, so tsc rewrites their extensions). */
const lazy =
  <A extends unknown[]>(load: () => Promise<(...args: A) => unknown>) =>
  async (...args: A) => {
    await (await load())(...args);
  };
const extractCommand = lazy(async () => (await import('./extract-command.ts')).extractCommand);
const ingestCommand = lazy(async () => (await import('./commands.ts')).ingestCommand);
const loadCommand = lazy(async () => (await import('./commands.ts')).loadCommand);
const deleteCommand = lazy(async () => (await import('./commands.ts')).deleteCommand);
const importCommand = lazy(async () => (await import('./import-command.ts')).importCommand);
const scoreCommand = lazy(async () => (await import('./eval-commands.ts')).scoreCommand);
const evalCommand = lazy(async () => (await import('./eval-commands.ts')).evalCommand);

const program = new Command('policygraph')
  .description('News articles about governments → a Neo4j knowledge graph with sentence-level provenance.')
  .exitOverride();

program
  .command('extract')
  .argument('<file>', 'article text file')
  .option('--json', 'print the extracted graph as JSON')
  .description('extract the graph of one article (no database needed)')
  .action(extractCommand);
program
  .command('ingest')
  .argument('<paths...>', 'article files or folders of .txt files')
  .description('extract and load articles, one transaction each (a reviewed .annotation.json beside a file wins)')
  .action(ingestCommand);
program
  .command('import')
  .argument('<paths...>', 'article files or folders of .txt files')
  .option('--workers <n>', 'extract worker threads (default: one per core)')
  .description('first load of many articles into an empty local graph, offline with neo4j-admin import (same graph as ingest)')
  .action(importCommand);
program
  .command('load')
  .argument('<files...>', 'reviewed annotation files (.annotation.json)')
  .description('load reviewed annotations as they are')
  .action(loadCommand);
program
  .command('delete')
  .argument('<key>', 'article key, e.g. article:32cf05b0c027adcd')
  .description('delete an article and the facts only it supported')
  .action(deleteCommand);
program
  .command('score')
  .argument('<pred>', 'extracted graph JSON (extract --json)')
  .argument('<gold>', 'gold graph JSON')
  .argument('[article]', 'the article text, to check every predicted span')
  .option('--json', 'print the scores as JSON')
  .option('--misses', 'after the table, the entities missed and invented and the stated relations missed')
  .description('score an extraction against a gold annotation, strict and partial')
  .action(scoreCommand);
program
  .command('eval')
  .argument('[dir]', 'corpus folder: gold/ and texts/, or gold files beside their texts (default data/eval)')
  .option('--split <split>', 'only dev or only test articles')
  .option('--json', 'print the scores as JSON')
  .option('--misses', 'under each article, the entities missed and invented and the stated relations missed')
  .description('extract and score every article of a corpus whose text is present; per-type table')
  .action(evalCommand);

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
