/**
 * The work on one document, as a worker runs it: no shared state besides the stages it is given,
 * results small enough to send back to the coordinating thread (never the documents themselves:
 * each output is written here, atomically).
 *
 * Two tasks, because each page links to its neighbours in document order, which is known only
 * once every document has been read:
 *   - source: read, encode, validate, write NAME.xml;
 *   - publish: for a few documents at once, read NAME.xml, write NAME.html and NAME.txt (one
 *     transform for the batch: see Publisher.editions).
 */
import { readFileSync } from 'node:fs';
import { diagnostic, PositionedError, type Diagnostic } from '../model/diagnostic.js';
import { documentNumberOfFileName, volumeOfFileName } from '../model/file-name.js';
import type { encode as encodeFunction } from '../encode/index.js';
import type { DocumentFacts, IndexEntry, IndexOptions, NavLink, Publisher } from '../publish/index.js';
import type { Validator } from '../validate/index.js';
import type { NameLists } from '../model/names.js';
import { writeAtomic } from './atomic.js';
import { siteFile, writeSearchRecord, type SiteFile } from './site-index.js';

export interface Stages {
  encode: typeof encodeFunction;
  /** The lists every document is linked to. */
  lists?: NameLists;
  validator: Validator;
  publisher: Publisher;
}

/** What every worker is given once, at its start: not sent again with each task. */
export interface WorkerData {
  lists?: NameLists;
}

export interface SourceTask {
  kind: 'source';
  /** The input, read by the coordinator (which needs its hash to decide whether to redo it). */
  bytes: Uint8Array;
  /** The encoding to read the bytes in, when not UTF-8 (see decodeText). */
  encoding?: string;
  /** The input's name in diagnostics (the path as the user gave it). */
  inputLabel: string;
  xmlPath: string;
  xmlLabel: string;
  tmpDir: string;
}

export interface SourceResult {
  /** Whether NAME.xml was written (false when the input could not be encoded). */
  encoded: boolean;
  number?: string;
  title?: string;
  diagnostics: Diagnostic[];
  timings: { encode?: number; validate?: number };
}

/** One document of a publish task. */
export interface PageTask {
  xmlPath: string;
  xmlLabel: string;
  htmlPath: string;
  textPath: string;
  /** Where the document's search record goes (see site-index.ts). */
  searchPath: string;
  prev?: NavLink;
  next?: NavLink;
  up?: NavLink;
}

export interface PublishTask {
  kind: 'publish';
  pages: PageTask[];
  tmpDir: string;
  stylesheetHref: string;
  width?: number;
}

export interface PublishResult {
  /** Absent when the document could not be published. */
  facts?: DocumentFacts;
  diagnostics: Diagnostic[];
  /** The document's share of its batch's time. */
  timings: { publish: number };
}

/**
 * A folder-wide file: the edition's CSS or, with `index`, one page of the index of a folder's
 * documents, or, with `file`, another file of the site (search, persons: see site-index.ts).
 */
export interface SiteTask {
  kind: 'site';
  path: string;
  tmpDir: string;
  index?: { entries: IndexEntry[]; options: IndexOptions };
  file?: SiteFile;
}

export type Task = SourceTask | PublishTask | SiteTask;
export type TaskResult<T extends Task> = T extends SourceTask
  ? SourceResult
  : T extends PublishTask
    ? PublishResult[]
    : void;

export const INTERNAL_ERROR = 'internal-error';

export function runSource(task: SourceTask, stages: Stages): SourceResult {
  const started = performance.now();
  let encoded;
  try {
    const number = documentNumberOfFileName(task.inputLabel);
    const volume = volumeOfFileName(task.inputLabel);
    encoded = stages.encode(task.bytes, { file: task.inputLabel, encoding: task.encoding, number, volume, lists: stages.lists });
  } catch (error) {
    return { encoded: false, diagnostics: [failure(error, task.inputLabel)], timings: { encode: performance.now() - started } };
  }
  const encodedAt = performance.now();
  writeAtomic(task.tmpDir, task.xmlPath, encoded.xml);
  let findings: Diagnostic[];
  try {
    findings = stages.validator.validate(encoded.xml, task.xmlLabel);
  } catch (error) {
    findings = [failure(error, task.xmlLabel)];
  }
  return {
    encoded: true,
    number: encoded.document.n,
    title: encoded.document.title,
    diagnostics: [...encoded.diagnostics, ...findings],
    timings: { encode: encodedAt - started, validate: performance.now() - encodedAt },
  };
}

/** The editions of each page of the task, a result for each, in order: one failure fails its page only. */
export function runPublish(task: PublishTask, stages: Stages): PublishResult[] {
  const started = performance.now();
  const results: PublishResult[] = [];
  const sources: { page: number; tei: string }[] = [];
  task.pages.forEach((page, i) => {
    try {
      sources.push({ page: i, tei: readFileSync(page.xmlPath, 'utf8') });
    } catch (error) {
      results[i] = { diagnostics: [failure(error, page.xmlLabel)], timings: { publish: 0 } };
    }
  });
  const outcomes = stages.publisher.editions(
    sources.map(({ page, tei }) => {
      const { xmlLabel, prev, next, up } = task.pages[page]!;
      return { tei, file: xmlLabel, prev, next, up };
    }),
    { stylesheetHref: task.stylesheetHref, width: task.width },
  );
  outcomes.forEach((outcome, i) => {
    const index = sources[i]!.page;
    const page = task.pages[index]!;
    try {
      if ('error' in outcome) throw outcome.error;
      writeAtomic(task.tmpDir, page.htmlPath, outcome.editions.html);
      writeAtomic(task.tmpDir, page.textPath, outcome.editions.text);
      const facts = writeSearchRecord(task.tmpDir, page.searchPath, outcome.editions);
      results[index] = { facts, diagnostics: [], timings: { publish: 0 } };
    } catch (error) {
      results[index] = { diagnostics: [failure(error, page.xmlLabel)], timings: { publish: 0 } };
    }
  });
  const share = (performance.now() - started) / task.pages.length;
  for (const result of results) result.timings.publish = share;
  return results;
}

export function runSite(task: SiteTask, stages: Stages): void {
  const { publisher } = stages;
  const content = task.file ? siteFile(task.file, publisher)
    : task.index ? publisher.index(task.index.entries, task.index.options) : publisher.css;
  writeAtomic(task.tmpDir, task.path, content);
}

/** A stage's refusal keeps its position; anything else (a bug, an I/O error) is reported at the file. */
export function failure(error: unknown, file: string): Diagnostic {
  if (error instanceof PositionedError) return error.diagnostic;
  const message = error instanceof Error ? error.message : String(error);
  return diagnostic(file, { line: 1, column: 1 }, 'error', INTERNAL_ERROR, message);
}
