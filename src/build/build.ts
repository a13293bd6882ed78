/**
 * Builds an archive: every `NAME.txt` of IN to `NAME.xml` (TEI), `NAME.html` and `NAME.txt`
 * (editions) in DIR, with `report.json`, `edition.css` and, for a folder, the index pages
 * (`index.html`, then `index-2.html`, … for more than INDEX_PAGE_SIZE documents).
 *
 * The work runs on a pool of worker threads in two passes over the documents, because each page
 * links to its neighbours in document order, which is known only when every document has been
 * read: (1) encode and validate, (2) publish. This thread only schedules, keeps a line per
 * document, and writes the report, manifest and journal. A re-run reuses every output whose
 * inputs (content hashes, see fingerprint.ts) have not changed.
 */
import { existsSync, mkdirSync, opendirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { MAX_TEXT_BYTES, readInputFile } from '../model/input.js';
import type { NameLists } from '../model/names.js';
import type { IndexEntry, IndexOptions, NavLink } from '../publish/index.js';
import { resetTmpDir } from './atomic.js';
import { runBatch } from './batch.js';
import { sha256, toolKey } from './fingerprint.js';
import { isReservedName, listInputs, type InputFile } from './inputs.js';
import { acquireLock } from './lock.js';
import { EDITION_CSS, INDEX_PAGE_SIZE, indexPage, laterIndexPage, layout, type Layout } from './layout.js';
import { Manifest, type SourceRecord } from './manifest.js';
import { volumeOfFileName } from '../model/file-name.js';
import { byDocumentOrder } from './order.js';
import { indexEntry, indexLinks, indexVolumes, SITE_FILES, siteFiles, type SiteDocument } from './site-index.js';
import { runOrdered } from './ordered.js';
import { createPool, defaultJobs, type Pool } from './pool.js';
import { statusOf, ReportWriter, type BuildCounts, type FileReport, type RunTimings } from './report.js';
import { failure, INTERNAL_ERROR, type PageTask, type PublishResult, type SiteTask, type SourceResult } from './tasks.js';

export interface BuildOptions {
  /** A `NAME.txt` file or a folder of them. */
  input: string;
  /** The output folder DIR (created if missing); must not be the input folder. */
  out: string;
  /** Worker threads; default: one per core. */
  jobs?: number;
  /** Redo every document, ignoring what earlier builds left in DIR. */
  force?: boolean;
  /** Wrap the plain-text edition at this many columns. */
  width?: number;
  /** The volume's persons and terms lists, parsed once here and handed to every worker. */
  lists?: NameLists;
  /** Read the inputs in this encoding (a label TextDecoder knows, e.g. `windows-1252`) instead of UTF-8. */
  encoding?: string;
  /** At most this many documents on one index page; default INDEX_PAGE_SIZE (tests page a few documents). */
  indexPageSize?: number;
  /** Stops the build between documents; what is finished is kept for the next run. */
  signal?: AbortSignal;
  onEvent?: (event: BuildEvent) => void;
}

/** `encode`: encoding and validation, `publish`: the editions. */
export type BuildPhase = 'encode' | 'publish';

export type BuildEvent =
  | { type: 'phase'; phase: BuildPhase; total: number }
  | {
      type: 'document';
      phase: BuildPhase;
      name: string;
      done: number;
      total: number;
      /** Nothing was redone: the outputs of an earlier build were current. */
      reused: boolean;
      /** The document's final entry, once its last phase is done. */
      report?: FileReport;
    };

export interface BuildResult {
  counts: BuildCounts;
  timings: RunTimings;
  /** Paths of report.json and (for a folder) the first index page, index.html. */
  report: string;
  index?: string;
  /** The signal stopped the build: outputs so far are kept, the report is not updated. */
  interrupted: boolean;
}

/** What the coordinator keeps about one document between the passes. */
interface DocumentLine {
  name: string;
  inputLabel: string;
  xmlLabel: string;
  /** Source key (see sourceKey); empty for a document that failed before encoding. */
  key: string;
  encoded: boolean;
  number?: string;
  title?: string;
  diagnostics: Diagnostic[];
  timings: { encode?: number; validate?: number };
  reused: boolean;
  /** Its place among the encoded documents in document order, once they are sorted (see publishAll). */
  rank?: number;
  /** Its pages were published (made now, or reused), so the index lists it. */
  published?: boolean;
}

/** A page's links: its neighbours among the encoded documents, and the index page that lists it. */
interface Links {
  prev?: NavLink;
  next?: NavLink;
  up?: NavLink;
}

/** `key`: the page key (see pageKey) of an encoded document, which the manifest records with its facts. */
type PageOutcome = PublishResult & { reused: boolean; skipped?: boolean; key?: string };

/** What every step of one build shares. */
interface Context {
  options: BuildOptions;
  paths: Layout;
  manifest: Manifest;
  run: Pool['run'];
  tool: string;
  folder: boolean;
  emit: (event: BuildEvent) => void;
  /** Documents started and not yet delivered: keeps the pool busy and memory flat. */
  limit: number;
  /** The encoded documents in document order (for a folder: the pages' links and the index). */
  encoded: DocumentLine[];
}

/** The most documents one publish task makes pages for (see batches()). */
const PUBLISH_BATCH = 8;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const inputs = listInputs(options.input, options.out);
  const paths = layout(options.out);
  mkdirSync(paths.searchDir, { recursive: true });
  const unlock = acquireLock(paths.lock);
  // No more workers than documents: each costs about a second to start.
  const jobs = Math.min(options.jobs ?? defaultJobs(), inputs.files.length);
  const pool = createPool(jobs, { lists: options.lists });
  let report: ReportWriter | undefined;
  try {
    resetTmpDir(paths.tmpDir);
    report = new ReportWriter(paths, { input: options.input, out: options.out });
    if (options.force) rmSync(paths.journal, { force: true });
    const context: Context = {
      options,
      paths,
      manifest: options.force ? Manifest.empty(paths) : Manifest.load(paths),
      run: (task) => pool.run(task),
      // The lists decide the links: other lists, other TEI.
      tool: options.lists ? sha256(toolKey(), JSON.stringify(options.lists)) : toolKey(),
      folder: inputs.kind === 'folder',
      emit: options.onEvent ?? (() => {}),
      limit: jobs * 4,
      encoded: [],
    };
    const inputKey = resolve(options.input);
    const lines = await encodeAll(inputs.files, context);
    const published = options.signal?.aborted ? undefined : await publishAll(lines, report, context);
    if (!published) {
      context.manifest.save(context.manifest.input ?? inputKey);
      report.abandon();
      const timings = { elapsed: performance.now() - started, reused: 0, jobs };
      return { counts: { documents: 0, ok: 0, warnings: 0, failed: 0 }, timings, report: paths.report, interrupted: true };
    }
    await writeSite(context);
    forgetOthers(context.manifest, inputs.files, context.manifest.input === inputKey, paths);
    context.manifest.save(inputKey);
    const timings: RunTimings = { elapsed: performance.now() - started, reused: published.reused, jobs };
    report.finish(published.counts, timings);
    const index = context.folder ? paths.index(1) : undefined;
    return { counts: published.counts, timings, report: paths.report, index, interrupted: false };
  } catch (error) {
    report?.abandon();
    throw error;
  } finally {
    await pool.close();
    unlock();
  }
}

/** Pass 1: encode and validate every input; a line per document, in input order. */
async function encodeAll(files: readonly InputFile[], context: Context): Promise<DocumentLine[]> {
  const { manifest, paths, emit, options } = context;
  const lines: DocumentLine[] = [];
  emit({ type: 'phase', phase: 'encode', total: files.length });
  await runOrdered(
    files,
    (file) => encodeDocument(file, context),
    (line) => {
      if (!line.reused && line.encoded) manifest.recordSource(line.name, sourceRecord(line));
      if (!line.encoded) {
        manifest.delete(line.name);
        removeOutputs(paths, line.name, ['xml', 'html', 'text', 'search']);
      }
      lines.push(line);
      emit({ type: 'document', phase: 'encode', name: line.name, done: lines.length, total: files.length, reused: line.reused });
    },
    { limit: context.limit, signal: options.signal },
  );
  return lines;
}

/**
 * Pass 2, in document order: the editions of every encoded document, linked to its neighbours;
 * the report's entries. Undefined when the build was stopped.
 */
async function publishAll(
  lines: DocumentLine[],
  report: ReportWriter,
  context: Context,
): Promise<{ counts: BuildCounts; reused: number } | undefined> {
  const { manifest, paths, emit, options } = context;
  lines.sort(byDocumentOrder);
  if (context.folder) {
    context.encoded = lines.filter((line) => line.encoded);
    context.encoded.forEach((line, rank) => (line.rank = rank));
  }
  const counts: BuildCounts = { documents: lines.length, ok: 0, warnings: 0, failed: 0 };
  let reused = 0;
  let done = 0;
  emit({ type: 'phase', phase: 'publish', total: lines.length });
  await runOrdered(
    batches(lines, context),
    (batch) => publishBatch(batch, context),
    (pages, batch) => {
      pages.forEach((page, k) => {
        const line = batch[k]!;
        if (page.facts && !page.reused) manifest.recordPage(line.name, { key: page.key!, facts: page.facts });
        if (!page.facts && !page.skipped) removeOutputs(paths, line.name, ['html', 'text', 'search']);
        line.published = page.facts !== undefined;
        const entry = fileReport(line, page);
        counts[entry.status]++;
        if (line.reused && page.reused) reused++;
        report.add(entry);
        emit({ type: 'document', phase: 'publish', name: line.name, done: ++done, total: lines.length, reused: line.reused && page.reused, report: entry });
      });
    },
    { limit: context.limit, signal: options.signal },
  );
  return options.signal?.aborted ? undefined : { counts, reused };
}

/**
 * Consecutive documents published by one task, whose pages share one transform (see
 * Publisher.editions): up to PUBLISH_BATCH, fewer when there are too few documents to keep every
 * worker busy. The pages do not depend on how the documents are batched.
 */
function batches(lines: readonly DocumentLine[], { limit }: Context): DocumentLine[][] {
  const size = Math.min(PUBLISH_BATCH, Math.max(1, Math.ceil(lines.length / limit)));
  const result: DocumentLine[][] = [];
  for (let i = 0; i < lines.length; i += size) result.push(lines.slice(i, i + size));
  return result;
}

/**
 * edition.css and, for a folder, the index pages, in parallel: each unless the file in DIR was made
 * from the same data by the same tool. Index pages after the last, left by a build of more
 * documents, are removed.
 */
async function writeSite(context: Context): Promise<void> {
  const { manifest, paths, run, tool, options, folder } = context;
  const documents = folder ? siteDocuments(context.encoded, manifest) : [];
  const pages = folder ? indexPages(documents, context.encoded.length, indexPageSize(options)) : [];
  const site = folder ? siteFiles(documents.map((d) => d.document), paths) : [];
  const tasks: SiteTask[] = [
    { kind: 'site', path: paths.css, tmpDir: paths.tmpDir },
    ...pages.map((page, i): SiteTask => ({ kind: 'site', path: paths.index(i + 1), tmpDir: paths.tmpDir, index: page })),
    ...site.map(({ path, file }): SiteTask => ({ kind: 'site', path, tmpDir: paths.tmpDir, file })),
  ];
  const keys = tasks.map((task) => [basename(task.path), sha256(tool, JSON.stringify(task.index ?? task.file ?? null))] as const);
  await Promise.all(tasks.map((task, i) => {
    const [file, key] = keys[i]!;
    return manifest.site[file] === key && existsSync(task.path) ? undefined : run(task);
  }));
  manifest.site = Object.fromEntries(keys);
  if (folder) removeIndexPagesAfter(paths, pages.length);
  // A site file an earlier build made and this one does not (the persons page, when no document names a person now).
  if (folder) for (const file of SITE_FILES) if (!(file in manifest.site)) rmSync(paths.site(file), { force: true });
}

/** The published documents in document order, with their rank among the encoded ones (which decides their index page). */
function siteDocuments(encoded: readonly DocumentLine[], manifest: Manifest): { document: SiteDocument; rank: number }[] {
  const documents: { document: SiteDocument; rank: number }[] = [];
  encoded.forEach((line, rank) => {
    const page = line.published ? manifest.get(line.name)?.page : undefined;
    if (page) documents.push({ document: { name: line.name, facts: page.facts, key: page.key }, rank });
  });
  return documents;
}

function indexPageSize(options: BuildOptions): number {
  return options.indexPageSize ?? INDEX_PAGE_SIZE;
}

/** The index page (1-based) that lists the encoded document at `position` (0-based) in document order. */
function pageOf(position: number, size: number): number {
  return Math.floor(position / size) + 1;
}

/**
 * The index in pages of `size` documents, by rank among the encoded documents (as linksOf() gives
 * each its up link), so that a page's documents are known before publishing; a document that failed
 * to publish is missing from its page. The entries are the facts the manifest keeps of each page,
 * grouped by volume on the page (site-index.ts); every page lists all the volumes.
 */
function indexPages(documents: readonly { document: SiteDocument; rank: number }[], total: number, size: number): { entries: IndexEntry[]; options: IndexOptions }[] {
  const hrefs = Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => indexPage(i + 1));
  const volumes = indexVolumes(documents.map(({ document, rank }) => ({ ...document, rank })), size);
  const links = indexLinks(documents.map((d) => d.document));
  const pages = hrefs.map((_, i) => ({
    entries: [] as IndexEntry[],
    options: { stylesheetHref: EDITION_CSS, paging: { hrefs, page: i + 1, first: i * size + 1, last: Math.min((i + 1) * size, total), total }, volumes, ...links },
  }));
  for (const { document, rank } of documents) pages[pageOf(rank, size) - 1]!.entries.push(indexEntry(document));
  return pages;
}

/** Removes the index pages after page `last` (index-N.html, N > last) from DIR. */
function removeIndexPagesAfter(paths: Layout, last: number): void {
  const stale: number[] = [];
  const dir = opendirSync(paths.dir);
  try {
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
      const page = laterIndexPage(entry.name);
      if (page !== undefined && page > last) stale.push(page);
    }
  } finally {
    dir.closeSync();
  }
  for (const page of stale) rmSync(paths.index(page), { force: true });
}

async function encodeDocument(file: InputFile, { options, paths, manifest, run, tool }: Context): Promise<DocumentLine> {
  const inputLabel = file.path;
  const xmlLabel = join(options.out, `${file.name}.xml`);
  const line = { name: file.name, inputLabel, xmlLabel };
  if (isReservedName(file.name)) {
    const message = `the output ${file.name}.html has a name the folder's index pages take (index.html, index-N.html); rename the document`;
    return failed(line, diagnostic(inputLabel, { line: 1, column: 1 }, 'error', 'name-reserved', message));
  }
  let bytes;
  try {
    bytes = await readInputFile(file.path, inputLabel, MAX_TEXT_BYTES);
  } catch (error) {
    return failed(line, failure(error, inputLabel));
  }
  const key = sourceKey(bytes, tool, line, options.encoding);
  const known = manifest.get(file.name)?.source;
  if (known?.key === key && existsSync(paths.xml(file.name))) {
    return { ...line, ...known, encoded: true, reused: true, timings: {} };
  }
  let result: SourceResult;
  try {
    result = await run({
      kind: 'source', bytes, encoding: options.encoding, inputLabel, xmlPath: paths.xml(file.name), xmlLabel, tmpDir: paths.tmpDir,
    });
  } catch (error) {
    return failed(line, crash(inputLabel, error));
  }
  return { ...line, ...result, key, reused: false };
}

/**
 * What decides whether a document's TEI can be reused: its bytes, the tool, how the bytes are read,
 * and the names its diagnostics give the input and its TEI (they are in what the manifest keeps).
 */
function sourceKey(bytes: Uint8Array, tool: string, labels: { inputLabel: string; xmlLabel: string }, encoding = ''): string {
  return sha256(bytes, tool, labels.inputLabel, labels.xmlLabel, encoding);
}

/** One outcome for each line of the batch, in order; the pages to redo are made by one task. */
async function publishBatch(batch: readonly DocumentLine[], context: Context): Promise<PageOutcome[]> {
  const { paths, manifest, run, options } = context;
  const outcomes: PageOutcome[] = [];
  const redo: { k: number; key: string; page: PageTask }[] = [];
  batch.forEach((line, k) => {
    if (!line.encoded) {
      outcomes[k] = { diagnostics: [], timings: { publish: 0 }, reused: false, skipped: true };
      return;
    }
    const links = linksOf(line, context);
    const key = pageKey(line, links, context);
    const known = manifest.get(line.name)?.page;
    if (known?.key === key && existsSync(paths.html(line.name)) && existsSync(paths.text(line.name)) && existsSync(paths.search(line.name))) {
      outcomes[k] = { facts: known.facts, diagnostics: [], timings: { publish: 0 }, reused: true, key };
    } else {
      const page = {
        xmlPath: paths.xml(line.name), xmlLabel: line.xmlLabel, htmlPath: paths.html(line.name), textPath: paths.text(line.name),
        searchPath: paths.search(line.name), ...links,
      };
      redo.push({ k, key, page });
    }
  });
  if (!redo.length) return outcomes;
  const pages = redo.map((r) => r.page);
  const results = await runBatch(
    pages,
    (some: PageTask[]) => run({ kind: 'publish', pages: some, tmpDir: paths.tmpDir, stylesheetHref: EDITION_CSS, width: options.width }),
    (page, error): PublishResult => ({ diagnostics: [crash(page.xmlLabel, error)], timings: { publish: 0 } }),
  );
  redo.forEach(({ k, key }, r) => (outcomes[k] = { ...results[r]!, reused: false, key }));
  return outcomes;
}

function sourceRecord({ key, number, title, diagnostics }: DocumentLine): SourceRecord {
  return { key, number, title, diagnostics };
}

/** Everything a page is made from besides the TEI: a change in any of it redoes the page. */
function pageKey(line: DocumentLine, { prev, next, up }: Links, { options }: Context): string {
  return sha256(line.key, JSON.stringify({ prev, next, up, width: options.width, css: EDITION_CSS }));
}

/**
 * The links of a document's page, made when they are needed rather than kept: three links a
 * document would be much of what a build of 50,000 documents holds. A single file has none.
 */
function linksOf(line: DocumentLine, { encoded, options }: Context): Links {
  if (line.rank === undefined) return {};
  // Previous and next stay within the document's volume: another volume's document 100 is not this one's 101st.
  const sameVolume = (other: DocumentLine | undefined): DocumentLine | undefined =>
    other && volumeOfFileName(other.name) === volumeOfFileName(line.name) ? other : undefined;
  const [before, after] = [sameVolume(encoded[line.rank - 1]), sameVolume(encoded[line.rank + 1])];
  return {
    prev: before && { href: `${before.name}.html`, label: navLabel(before) },
    next: after && { href: `${after.name}.html`, label: navLabel(after) },
    up: { href: indexPage(pageOf(line.rank, indexPageSize(options))), label: 'Index' },
  };
}

function navLabel(line: DocumentLine): string {
  const title = line.title || line.name;
  return line.number ? `${line.number}. ${title}` : title;
}

function fileReport(line: DocumentLine, page: PageOutcome): FileReport {
  const diagnostics = [...line.diagnostics, ...page.diagnostics];
  const outputs = [
    ...(line.encoded ? [`${line.name}.xml`] : []),
    ...(page.facts ? [`${line.name}.html`, `${line.name}.txt`] : []),
  ];
  const timings = { ...line.timings, ...(page.reused || page.skipped ? {} : page.timings) };
  return { name: line.name, input: line.inputLabel, status: statusOf(diagnostics), outputs, diagnostics, timings };
}

function failed(line: Pick<DocumentLine, 'name' | 'inputLabel' | 'xmlLabel'>, finding: Diagnostic): DocumentLine {
  return { ...line, key: '', encoded: false, diagnostics: [finding], timings: {}, reused: false };
}

/** A worker that died on a document (out of memory, a crash in a stage) fails that document only. */
function crash(file: string, error: unknown): Diagnostic {
  const message = `the worker failed on this document: ${error instanceof Error ? error.message : String(error)}`;
  return diagnostic(file, { line: 1, column: 1 }, 'error', INTERNAL_ERROR, message);
}

/** `search`: the document's search record, kept with the build's state (site-index.ts). */
type OutputKind = 'xml' | 'html' | 'text' | 'search';

function removeOutputs(paths: Layout, name: string, kinds: OutputKind[]): void {
  for (const kind of kinds) rmSync(paths[kind](name), { force: true });
}

/**
 * Documents in the manifest that are not among the inputs: when DIR was built from this same
 * input, their input is gone and so are their outputs; otherwise DIR held another input's
 * outputs, which are left alone but no longer tracked.
 */
function forgetOthers(manifest: Manifest, files: readonly InputFile[], sameInput: boolean, paths: Layout): void {
  const current = new Set(files.map((f) => f.name));
  for (const name of [...manifest.names()]) {
    if (current.has(name)) continue;
    if (sameInput) removeOutputs(paths, name, ['xml', 'html', 'text']);
    removeOutputs(paths, name, ['search']);
    manifest.delete(name);
  }
}
