/**
 * The work on one document, as a worker runs it: no shared state besides the stages it is given,
 * tasks that name documents rather than carry them (the worker knows DIR, see WorkerData), and
 * outcomes small enough to send back to the coordinating thread (the stage's findings and facts:
 * never the documents themselves, each output is written here, atomically).
 *
 * Two tasks, because each page links to its neighbours in document order, which is known only
 * once every document has been read:
 *   - source: for a few documents at once, encode the bytes read by the coordinator, write NAME.xml, validate it;
 *     or, for a TEI input, validate the bytes against the schema the file names (else tei_all) and
 *     copy them unchanged to NAME.xml;
 *   - publish: for a few documents at once, read NAME.xml, write NAME.html and NAME.txt (one
 *     transform for the batch: see Publisher.editions) and the page's search record.
 */
import { readFileSync } from 'node:fs';
import { diagnostic, PositionedError, type Diagnostic } from '../model/diagnostic.js';
import { decodeXml } from '../model/decode-xml.js';
import { documentNumberOfFileName, volumeOfFileName } from '../model/file-name.js';
import type { encode as encodeFunction } from '../encode/index.js';
import type { IndexEntry, IndexOptions, Publisher } from '../publish/index.js';
import type { Validator } from '../validate/index.js';
import type { NameLists } from '../model/names.js';
import { writeAtomic } from './atomic.js';
import type { SourceData, StageOutcome } from './document.js';
import type { InputKind } from './inputs.js';
import { EDITION_CSS, type Layout } from './layout.js';
import type { Links } from './navigation.js';
import { siteFile, writeSearchRecord, type SiteFile } from './site-index.js';

export interface Stages {
  encode: typeof encodeFunction;
  /** The lists every document is linked to. */
  lists?: NameLists;
  /** Our profile, for our encoder's output. */
  validator: Validator;
  /** The schema each TEI input names, else tei_all (AUTO, as `validate FILE` chooses); loaded for the first TEI input only. */
  teiValidator?: Validator;
  publisher: Publisher;
}

/** What every worker is given once, at its start: not sent again with each task. */
export interface WorkerData {
  lists?: NameLists;
  /** The output folder DIR: a task names a document, the worker knows where its files go. */
  out: string;
  /** Wrap the plain-text edition at this many columns. */
  width?: number;
}

/** A worker's stages and what it knows of the build it works for. */
export interface WorkerContext extends Stages {
  paths: Layout;
  width?: number;
}

/** One document of a source task. */
export interface SourceDocument {
  name: string;
  /** Plain text to encode, or TEI to validate and copy. */
  kind: InputKind;
  /** The input, read by the coordinator (which needs its hash to decide whether to redo it). */
  bytes: Uint8Array;
  /** How diagnostics name the input and its TEI. */
  labels: { input: string; xml: string };
}

export interface SourceTask {
  kind: 'source';
  documents: SourceDocument[];
  /** The encoding to read the bytes in, when not UTF-8 (see decodeText). */
  encoding?: string;
}

/** One document of a publish task: its TEI is DIR/NAME.xml. */
export interface PageTask {
  name: string;
  xmlLabel: string;
  links: Links;
  /** The address the page is published at (BuildOptions.baseUrl), for its citation. */
  url?: string;
}

export interface PublishTask {
  kind: 'publish';
  pages: PageTask[];
}

/**
 * A folder-wide file in DIR: the edition's CSS or, with `index`, one page of the index of a
 * folder's documents, or, with `site`, another file of the site (search, persons: see site-index.ts).
 */
export interface SiteTask {
  kind: 'site';
  file: string;
  index?: { entries: IndexEntry[]; options: IndexOptions };
  site?: SiteFile;
}

export type Task = SourceTask | PublishTask | SiteTask;
export type TaskResult<T extends Task> = T extends SourceTask
  ? StageOutcome<'source'>[]
  : T extends PublishTask
    ? StageOutcome<'page'>[]
    : void;

export const INTERNAL_ERROR = 'internal-error';

/** Each document of the task encoded, written and validated, an outcome for each, in order: one failure fails its document only. */
export function runSource(task: SourceTask, worker: WorkerContext): StageOutcome<'source'>[] {
  return task.documents.map((doc) => {
    try {
      return doc.kind === 'tei' ? copyTei(doc, worker) : encodeDocument(doc, task.encoding, worker);
    } catch (error) {
      // Writing NAME.xml failed (the file system): nothing was written, since writes are atomic.
      return { written: false, data: {}, diagnostics: [failure(error, doc.labels.xml)], timings: {} };
    }
  });
}

function encodeDocument(doc: SourceDocument, encoding: string | undefined, worker: WorkerContext): StageOutcome<'source'> {
  const started = performance.now();
  const { input, xml } = doc.labels;
  let encoded;
  try {
    const number = documentNumberOfFileName(input);
    const volume = volumeOfFileName(input);
    encoded = worker.encode(doc.bytes, { file: input, encoding, number, volume, lists: worker.lists });
  } catch (error) {
    return { written: false, data: {}, diagnostics: [failure(error, input)], timings: { encode: performance.now() - started } };
  }
  const encodedAt = performance.now();
  writeAtomic(worker.paths.tmpDir, worker.paths.xml(doc.name), encoded.xml);
  let findings: Diagnostic[];
  try {
    findings = worker.validator.validate(encoded.xml, xml);
  } catch (error) {
    findings = [failure(error, xml)];
  }
  return {
    written: true,
    data: { number: encoded.document.n, title: encoded.document.title },
    diagnostics: [...encoded.diagnostics, ...findings],
    timings: { encode: encodedAt - started, validate: performance.now() - encodedAt },
  };
}

/**
 * Someone's TEI (the FRUS editors', a third party's): read by the one XML reader, validated as
 * `validate FILE` would, and copied byte for byte to NAME.xml. As for an encoded document, schema
 * errors are findings (the document's status says them) and the pages are still made; a file that
 * cannot be decoded or is not well-formed fails alone, with nothing written.
 */
function copyTei(doc: SourceDocument, worker: WorkerContext): StageOutcome<'source'> {
  const started = performance.now();
  const { input } = doc.labels;
  const timings = (): { validate: number } => ({ validate: performance.now() - started });
  const decoded = decodeXml(doc.bytes, input);
  if ('error' in decoded) return { written: false, data: {}, diagnostics: [decoded.error], timings: timings() };
  if (!worker.teiValidator) throw new Error('no validator for TEI inputs was loaded');
  const checked = worker.teiValidator.check(decoded.text, input);
  // No schema was chosen: the file stopped at well-formedness.
  if (!checked.schema) return { written: false, data: {}, diagnostics: checked.diagnostics, timings: timings() };
  writeAtomic(worker.paths.tmpDir, worker.paths.xml(doc.name), doc.bytes);
  return { written: true, data: teiSourceData(decoded.text, input, worker), diagnostics: checked.diagnostics, timings: timings() };
}

/**
 * The printed number and title of a TEI input, read by the stylesheets that make its pages
 * (Publisher.facts): `div/@n`, else the FRUS file name's number; the heading without its number.
 */
function teiSourceData(tei: string, input: string, worker: WorkerContext): SourceData {
  let facts;
  try {
    facts = worker.publisher.facts(tei, input);
  } catch {
    // A TEI with no document in it: its page stage reports that, at NAME.xml; here it has no facts.
    facts = undefined;
  }
  const number = facts?.number || documentNumberOfFileName(input);
  return { ...(number ? { number } : {}), ...(facts?.heading ? { title: facts.heading } : {}) };
}

/** The editions of each page of the task, an outcome for each, in order: one failure fails its page only. */
export function runPublish(task: PublishTask, worker: WorkerContext): StageOutcome<'page'>[] {
  const started = performance.now();
  const { paths } = worker;
  const outcomes: StageOutcome<'page'>[] = [];
  const failed = (error: unknown, page: PageTask): StageOutcome<'page'> => ({ written: false, data: {}, diagnostics: [failure(error, page.xmlLabel)], timings: {} });
  const sources: { page: number; tei: string }[] = [];
  task.pages.forEach((page, i) => {
    try {
      // Someone's TEI is copied as it was: read by the one XML reader (its declared encoding).
      const decoded = decodeXml(readFileSync(paths.xml(page.name)), page.xmlLabel);
      if ('error' in decoded) throw new PositionedError(decoded.error);
      sources.push({ page: i, tei: decoded.text });
    } catch (error) {
      outcomes[i] = failed(error, page);
    }
  });
  const editions = worker.publisher.editions(
    sources.map(({ page, tei }) => {
      const { xmlLabel, links, url } = task.pages[page]!;
      return { tei, file: xmlLabel, ...links, url };
    }),
    { stylesheetHref: EDITION_CSS, width: worker.width },
  );
  editions.forEach((outcome, i) => {
    const index = sources[i]!.page;
    const page = task.pages[index]!;
    try {
      if ('error' in outcome) throw outcome.error;
      writeAtomic(paths.tmpDir, paths.html(page.name), outcome.editions.html);
      writeAtomic(paths.tmpDir, paths.text(page.name), outcome.editions.text);
      const facts = writeSearchRecord(paths.tmpDir, paths.search(page.name), outcome.editions);
      outcomes[index] = { written: true, data: { facts }, diagnostics: [], timings: {} };
    } catch (error) {
      outcomes[index] = failed(error, page);
    }
  });
  // Each document's share of the batch's time: one transform makes them all.
  const share = (performance.now() - started) / task.pages.length;
  for (const outcome of outcomes) outcome.timings.publish = share;
  return outcomes;
}

export function runSite(task: SiteTask, worker: WorkerContext): void {
  const { publisher, paths } = worker;
  const content = task.site ? siteFile(task.site, publisher)
    : task.index ? publisher.index(task.index.entries, task.index.options) : publisher.css;
  writeAtomic(paths.tmpDir, paths.site(task.file), content);
}

/** A stage's refusal keeps its position; anything else (a bug, an I/O error) is reported at the file. */
export function failure(error: unknown, file: string): Diagnostic {
  if (error instanceof PositionedError) return error.diagnostic;
  const message = error instanceof Error ? error.message : String(error);
  return diagnostic(file, { line: 1, column: 1 }, 'error', INTERNAL_ERROR, message);
}

/** A worker that died on a document (out of memory, a crash in a stage) fails that document only. */
export function crash(file: string, error: unknown): Diagnostic {
  const message = `the worker failed on this file: ${error instanceof Error ? error.message : String(error)}`;
  return diagnostic(file, { line: 1, column: 1 }, 'error', INTERNAL_ERROR, message);
}
