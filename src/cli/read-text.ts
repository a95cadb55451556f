import { readFileSync } from 'node:fs';
import { CliError } from './errors.ts';

/** A file's text, or a CLI error (exit 66, as sysexits' EX_NOINPUT) naming the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 66);
  }
}
