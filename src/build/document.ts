/**
 * One document's record through the build, in the spirit of vfile: its name and input, the labels
 * its diagnostics give it, every diagnostic of every stage, and the facts (`data`) the stages found.
 *
 * The build has two stages a document goes through, each run as a task on a worker: `source`
 * (read, encode, validate, write NAME.xml) and `page` (the editions NAME.html and NAME.txt). A task
 * sends back a StageOutcome, which `addOutcome` adds to the record: the one place where a stage's
 * findings, facts and times join the document's. The manifest keeps each stage's outcome under the
 * stage's key, so that a later build can add it again unchanged (`reuse`); the report serialises the
 * record (`reportEntry`).
 *
 * A new per-document fact goes in the data of the stage that finds it (SourceData for what the
 * encoder knows, PageData for what the editions read from the TEI): the task sets it, and from then
 * on it is in the manifest, in a reused document and in `record.data` for whatever the build makes of
 * all the documents (the index pages, see site.ts).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../publish/index.js';
import { statusOf, type FileReport, type FileTimings } from './report.js';

export type Stage = 'source' | 'page';

/** What the source stage finds: the printed number (document order) and title (navigation labels). */
export interface SourceData {
  number?: string;
  title?: string;
}

/** What the page stage finds: the facts the index lists (absent when the pages were not written). */
export interface PageData {
  facts?: DocumentFacts;
}

export interface StageData {
  source: SourceData;
  page: PageData;
}

/** What a stage's task reports about one document: small, since it crosses from the worker. */
export interface StageOutcome<S extends Stage> {
  /** The stage's outputs were written (NAME.xml; NAME.html and NAME.txt). */
  written: boolean;
  data: StageData[S];
  diagnostics: Diagnostic[];
  timings: FileTimings;
}

/** A stage's outcome as the manifest keeps it, under the key of everything the outputs were made from. */
export interface StageRecord<S extends Stage> {
  key: string;
  data: StageData[S];
  diagnostics: Diagnostic[];
}

export interface StageState {
  /** See reuse.ts; empty for a document that failed before its stage could run. */
  key: string;
  written: boolean;
  /** Added from the manifest: nothing was redone. */
  reused: boolean;
}

export interface DocumentRecord {
  /** The output base name: `NAME` of `NAME.txt`. */
  readonly name: string;
  /** The input file. */
  readonly path: string;
  /** How diagnostics name the input and its TEI (the paths as the user gave them). */
  readonly labels: { readonly input: string; readonly xml: string };
  /** Every finding about the document, stage after stage. */
  readonly diagnostics: Diagnostic[];
  /** The facts each stage found, once it has run. */
  readonly data: Partial<StageData>;
  readonly stages: { source?: StageState; page?: StageState };
  /** Milliseconds of each stage run in this build (none for a reused stage). */
  readonly timings: FileTimings;
}

export function documentRecord(name: string, path: string, xmlLabel: string): DocumentRecord {
  return { name, path, labels: { input: path, xml: xmlLabel }, diagnostics: [], data: {}, stages: {}, timings: {} };
}

/** Adds a stage's outcome to the document. */
export function addOutcome<S extends Stage>(doc: DocumentRecord, stage: S, key: string, outcome: StageOutcome<S>, reused = false): void {
  doc.stages[stage] = { key, written: outcome.written, reused };
  (doc.data as StageData)[stage] = outcome.data;
  doc.diagnostics.push(...outcome.diagnostics);
  Object.assign(doc.timings, outcome.timings);
}

/** Adds what an earlier build recorded of a stage whose outputs are current. */
export function reuse<S extends Stage>(doc: DocumentRecord, stage: S, stored: StageRecord<S>): void {
  addOutcome(doc, stage, stored.key, { written: true, data: stored.data, diagnostics: stored.diagnostics, timings: {} }, true);
}

/** The outcome of a stage that could not run or whose worker died: one error, nothing written. */
export function failedOutcome<S extends Stage>(finding: Diagnostic): StageOutcome<S> {
  // Every stage's data is optional facts: a failed stage found none.
  return { written: false, data: {} as StageData[S], diagnostics: [finding], timings: {} };
}

/** Whether every output of the document was current and reused. */
export function whollyReused(doc: DocumentRecord): boolean {
  return Boolean(doc.stages.source?.reused && doc.stages.page?.reused);
}

/** The document's entry in report.json. */
export function reportEntry(doc: DocumentRecord): FileReport {
  const outputs = [
    ...(doc.stages.source?.written ? [`${doc.name}.xml`] : []),
    ...(doc.stages.page?.written ? [`${doc.name}.html`, `${doc.name}.txt`] : []),
  ];
  return { name: doc.name, input: doc.labels.input, status: statusOf(doc.diagnostics), outputs, diagnostics: doc.diagnostics, timings: doc.timings };
}
