import { createWriteStream, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { articleId } from '../model/ids.ts';
import {
  aliasesOf,
  BatchRows,
  foldRelations,
  type ArticleRowIn,
  type MentionRowIn,
  type RelEvidenceRow,
  type RelRow,
} from './batch-rows.ts';
import type { ImportFiles } from './local-neo4j-import.ts';

// The graph of many articles as CSV files for neo4j-admin's offline import: the same nodes,
// labels, properties (and property types) and relationships that the transactional batch writes
// (batch-writes.ts), from the same rows (batch-rows.ts). Articles, sentences and mentions are
// written as articles arrive; entities and relationships aggregate over all articles and are
// written at the end. Two differences neo4j-admin imposes: a list property cannot be empty (an
// entity without aliases has none rather than []), and every node and relationship of the import
// shares one `createdAt`/`loadedAt`.

const LIST = '\u001f';

/** A CSV field: quoted (so "" stays an empty string), or empty for a missing value. */
function str(v: string | null | undefined): string {
  return v === null || v === undefined ? '' : `"${v.replaceAll('"', '""')}"`;
}

/** A list field; validated articles hold no control characters, so the check guards the format, not the input. */
function list(values: readonly (string | number | boolean)[]): string {
  if (values.length === 0) return '';
  for (const v of values) {
    if (typeof v === 'string' && (v.includes(LIST) || v === ''))
      throw new BulkImportError(`a list value cannot be imported: ${JSON.stringify(v)}`);
  }
  return str(values.join(LIST));
}

export class BulkImportError extends Error {}

class CsvFile {
  private readonly out: WriteStream;
  private failed: Error | undefined;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.out = createWriteStream(path);
    this.out.on('error', (e) => (this.failed = e));
    if (header) this.out.write(`${header}\n`);
  }

  async write(lines: string[]): Promise<void> {
    if (this.failed) throw this.failed;
    if (lines.length > 0 && !this.out.write(`${lines.join('\n')}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
    if (this.failed) throw this.failed;
  }
}

// JavaScript numbers reach Neo4j as floats through the driver, so offsets are `double` here too.
const HEADERS = {
  articles: 'id:ID,title,source,published,text,contentHash,sentenceCount:long,loadedAt:datetime,:LABEL',
  sentences: 'id:ID,articleId,index:double,start:double,end:double,text,:LABEL',
  hasSentence: ':START_ID,:END_ID,:TYPE',
  mentions: ':START_ID,:END_ID,:TYPE,start:double,end:double,text',
  relations:
    ':START_ID,:END_ID,:TYPE,evSentenceIds:string[],evStarts:double[],evEnds:double[],evTexts:string[],evImplicit:boolean[],articleIds:string[]',
};

interface BulkImportCounts {
  articles: number;
  duplicates: number;
  entities: number;
  mentions: number;
  relations: number;
}

/** Writes the CSV files into `dir` as articles are added; `finish` closes them and names them for the import. */
export class BulkImportWriter {
  private readonly rows = new BatchRows();
  private readonly seen = new Set<string>();
  private readonly articles: CsvFile;
  private readonly sentences: CsvFile;
  private readonly hasSentence: CsvFile;
  private readonly mentions: CsvFile;
  private readonly spill: RelationSpill;
  readonly counts: BulkImportCounts = { articles: 0, duplicates: 0, entities: 0, mentions: 0, relations: 0 };

  constructor(
    private readonly dir: string,
    private readonly loadedAt = new Date().toISOString(),
  ) {
    this.articles = new CsvFile(join(dir, 'articles.csv'), HEADERS.articles);
    this.sentences = new CsvFile(join(dir, 'sentences.csv'), HEADERS.sentences);
    this.hasSentence = new CsvFile(join(dir, 'has-sentence.csv'), HEADERS.hasSentence);
    this.mentions = new CsvFile(join(dir, 'mentions.csv'), HEADERS.mentions);
    this.spill = new RelationSpill(dir);
  }

  /** The articles added so far (for the change log: store.recordImport). */
  get articleIds(): string[] {
    return [...this.seen];
  }

  /** Adds a validated article; a second copy of a text already added is skipped (it is one article). */
  async add(graph: ExtractedGraph): Promise<void> {
    const aid = articleId(graph.article.body);
    if (this.seen.has(aid)) {
      this.counts.duplicates++;
      return;
    }
    this.seen.add(aid);
    this.rows.add(aid, graph);
    this.counts.articles++;
    if (this.rows.articles.length >= 500) await this.flush();
  }

  private async flush(): Promise<void> {
    const articles = this.rows.drainArticles();
    await this.articles.write(articles.map((a) => articleLine(a, this.loadedAt)));
    await this.sentences.write(
      articles.flatMap((a) => a.sentences.map((s) => [str(s.id), str(a.aid), s.index, s.start, s.end, str(s.text), 'Sentence'].join(','))),
    );
    await this.hasSentence.write(articles.flatMap((a) => a.sentences.map((s) => `${str(a.aid)},${str(s.id)},HAS_SENTENCE`)));
    const mentions = this.rows.drainMentions();
    this.counts.mentions += mentions.length;
    await this.mentions.write(mentions.map(mentionLine));
    await this.spill.add(this.rows.drainRelEvidence());
  }

  async finish(): Promise<ImportFiles> {
    await this.flush();
    await Promise.all([this.articles.close(), this.sentences.close(), this.hasSentence.close(), this.mentions.close()]);
    const entities = await this.writeEntities();
    const relations = new CsvFile(join(this.dir, 'relations.csv'), HEADERS.relations);
    this.counts.relations = await this.spill.fold(async (rels) => {
      await relations.write(
        rels.map((r) =>
          [
            str(r.from),
            str(r.to),
            r.type,
            list(r.sentenceIds),
            list(r.starts),
            list(r.ends),
            list(r.texts),
            list(r.implicit),
            list(r.aids),
          ].join(','),
        ),
      );
    });
    await relations.close();
    return {
      nodes: [this.articles.path, this.sentences.path, entities],
      relationships: [this.hasSentence.path, this.mentions.path, relations.path],
    };
  }

  private async writeEntities(): Promise<string> {
    const keys = [...new Set([...this.rows.entities.values()].flatMap((e) => Object.keys(e.props)))].sort();
    const file = new CsvFile(
      join(this.dir, 'entities.csv'),
      ['id:ID', 'name', 'createdAt:datetime', 'aliases:string[]', ...keys, ':LABEL'].join(','),
    );
    const batch: string[] = [];
    for (const e of this.rows.entities.values()) {
      const aliases = aliasesOf(e.name, this.rows.forms.get(e.id) ?? []);
      batch.push(
        [str(e.id), str(e.name), this.loadedAt, list(aliases), ...keys.map((k) => str(e.props[k])), `Entity${LIST}${e.label}`].join(','),
      );
      if (batch.length >= 10_000) await file.write(batch.splice(0));
    }
    await file.write(batch);
    await file.close();
    this.counts.entities = this.rows.entities.size;
    return file.path;
  }
}

/**
 * Relationship evidence kept on disk until the end, split by relationship into partitions: a
 * corpus has millions of relationships (2.1 million at 100k articles, more than a default Node
 * heap holds as rows), and folding one partition at a time keeps memory to a partition's worth.
 * Each partition is written in article order, so folding it gives the loader's evidence order.
 */
class RelationSpill {
  private static readonly PARTS = 32;
  private readonly files: CsvFile[];

  constructor(dir: string) {
    this.files = Array.from({ length: RelationSpill.PARTS }, (_, i) => new CsvFile(join(dir, `relations-${i}.jsonl`), ''));
  }

  async add(rows: RelEvidenceRow[]): Promise<void> {
    const parts: string[][] = this.files.map(() => []);
    // As arrays, not objects: no keys to write and read back for millions of rows.
    for (const r of rows)
      parts[partOf(`${r.type}\u0000${r.from}\u0000${r.to}`, RelationSpill.PARTS)]!.push(
        JSON.stringify([r.type, r.from, r.to, r.aid, r.ev]),
      );
    await Promise.all(parts.map((lines, i) => this.files[i]!.write(lines)));
  }

  /** Folds each partition in turn and hands its relationships to `write`; returns how many there were. */
  async fold(write: (rels: RelRow[]) => Promise<void>): Promise<number> {
    let n = 0;
    for (const file of this.files) {
      await file.close();
      const lines = readFileSync(file.path, 'utf8')
        .split('\n')
        .filter((l) => l !== '');
      rmSync(file.path);
      const rows = lines.map((l): RelEvidenceRow => {
        const [type, from, to, aid, ev] = JSON.parse(l) as [string, string, string, string, RelEvidenceRow['ev']];
        return { type, from, to, aid, ev };
      });
      const rels = [...foldRelations(rows).values()];
      n += rels.length;
      for (let i = 0; i < rels.length; i += 10_000) await write(rels.slice(i, i + 10_000));
    }
    return n;
  }
}

/** FNV-1a over the key's UTF-16 units: a stable partition for each relationship. */
function partOf(key: string, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % parts;
}

function articleLine(a: ArticleRowIn, loadedAt: string): string {
  return [
    str(a.aid),
    str(a.title),
    str(a.source),
    str(a.published),
    str(a.body),
    str(a.hash),
    a.sentences.length,
    loadedAt,
    'Article',
  ].join(',');
}

function mentionLine(m: MentionRowIn): string {
  return [str(m.sentenceId), str(m.entityId), 'MENTIONS', m.start, m.end, str(m.text)].join(',');
}
