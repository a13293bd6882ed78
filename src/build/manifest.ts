/**
 * What the outputs in DIR were made from, so that a re-run redoes only what is missing or stale.
 * `manifest.json` (JSON lines: a header, then one entry per document, by name) is rewritten
 * atomically when a build ends; while it runs, each finished document is appended to a journal,
 * so a build that is killed loses at most the line being written (a torn last line is ignored).
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { writeLinesAtomic } from './atomic.js';
import type { Stage, StageRecord } from './document.js';
import type { Layout } from './layout.js';

/** 3: each stage's record is its outcome as document.ts has it (`key`, `data`, `diagnostics`). */
const FORMAT = 3;

/** What earlier builds recorded of a document, stage by stage; a page is recorded only after its source. */
export interface ManifestEntry {
  source: StageRecord<'source'>;
  page?: StageRecord<'page'>;
}

interface ManifestHeader {
  format: number;
  input?: string;
  site?: SiteKeys;
}

/** The key of each folder-wide file in DIR (edition.css, the index pages), by file name. */
export type SiteKeys = Record<string, string>;

type JournalRecord = { name: string; source: StageRecord<'source'> } | { name: string; page: StageRecord<'page'> };

export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  private journal: number | undefined;
  site: SiteKeys = {};

  private constructor(
    private readonly paths: Layout,
    /** The input the entries were built from (as resolved), if known. */
    readonly input: string | undefined,
  ) {}

  /** The manifest left by earlier builds into this DIR, with the journal of an interrupted one applied. */
  static load(paths: Layout): Manifest {
    const [header, ...saved] = readLines(paths.manifest) as [ManifestHeader?, ...(ManifestEntry & { name: string })[]];
    if (header && header.format !== FORMAT) return new Manifest(paths, undefined);
    const manifest = new Manifest(paths, header?.input);
    manifest.site = header?.site ?? {};
    for (const { name, ...entry } of saved) manifest.entries.set(name, entry);
    for (const record of readLines(paths.journal) as JournalRecord[]) manifest.apply(record);
    return manifest;
  }

  /** An empty manifest, for a build that reuses nothing. */
  static empty(paths: Layout): Manifest {
    return new Manifest(paths, undefined);
  }

  get(name: string): ManifestEntry | undefined {
    return this.entries.get(name);
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  delete(name: string): void {
    this.entries.delete(name);
  }

  /** Records a stage's outcome; a new source forgets the page made from the old one. */
  record<S extends Stage>(name: string, stage: S, record: StageRecord<S>): void {
    this.append(stage === 'source' ? { name, source: record as StageRecord<'source'> } : { name, page: record as StageRecord<'page'> });
  }

  /** Writes the manifest for `input` and drops the journal, which it now contains. */
  save(input: string): void {
    if (this.journal !== undefined) closeSync(this.journal);
    this.journal = undefined;
    const header: ManifestHeader = { format: FORMAT, input, site: this.site };
    const entries = this.entries;
    function* lines(): Generator<string> {
      yield JSON.stringify(header);
      for (const name of [...entries.keys()].sort()) yield JSON.stringify({ name, ...entries.get(name) });
    }
    writeLinesAtomic(this.paths.tmpDir, this.paths.manifest, lines());
    rmSync(this.paths.journal, { force: true });
  }

  private apply(record: JournalRecord): void {
    if ('source' in record) this.entries.set(record.name, { source: record.source });
    else {
      const entry = this.entries.get(record.name);
      if (entry) entry.page = record.page;
    }
  }

  private append(record: JournalRecord): void {
    this.journal ??= openSync(this.paths.journal, 'a');
    writeSync(this.journal, `${JSON.stringify(record)}\n`);
    this.apply(record);
  }
}

/** The parseable lines of a JSON-lines file; a missing file has none, a torn line is skipped. */
function readLines(path: string): object[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const records: object[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      records.push(JSON.parse(line) as object);
    } catch {
      // The line a killed build was writing.
    }
  }
  return records;
}
