/**
 * `DIR/report.json`: one entry per document, in document order, written as each is finished
 * (to `report.json.part`, renamed when the build ends, so a reader never sees half a report and an
 * interrupted build leaves the previous report in place). Everything that depends on the run rather
 * than on the inputs is under a `timings` key, so two builds of the same inputs differ only there.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { TOOL } from '../model/tool.js';
import type { Layout } from './layout.js';

export type FileStatus = 'ok' | 'warnings' | 'failed';

/** Milliseconds per stage; a stage is absent when it was not run (reused from an earlier build, or not reached). */
export interface FileTimings {
  encode?: number;
  validate?: number;
  publish?: number;
}

export interface FileReport {
  name: string;
  /** The input document, as named in diagnostics. */
  input: string;
  status: FileStatus;
  /** The files written for it, relative to DIR. */
  outputs: string[];
  diagnostics: Diagnostic[];
  timings: FileTimings;
}

export interface BuildCounts {
  documents: number;
  ok: number;
  warnings: number;
  failed: number;
}

export interface RunTimings {
  /** Wall-clock milliseconds of the whole build. */
  elapsed: number;
  /** Documents whose every output was reused from an earlier build. */
  reused: number;
  jobs: number;
}

export function statusOf(diagnostics: readonly Diagnostic[]): FileStatus {
  if (diagnostics.some((d) => d.severity === 'error')) return 'failed';
  return diagnostics.some((d) => d.severity === 'warning') ? 'warnings' : 'ok';
}

export class ReportWriter {
  private readonly fd: number;
  private first = true;

  constructor(
    private readonly paths: Layout,
    header: { input: string; out: string },
  ) {
    this.fd = openSync(paths.reportPart, 'w');
    const opening = JSON.stringify({ tool: { name: TOOL.name, version: TOOL.version }, ...header }, null, 2);
    writeSync(this.fd, `${opening.slice(0, -2)},\n  "files": [`);
  }

  add(file: FileReport): void {
    writeSync(this.fd, `${this.first ? '' : ','}\n    ${JSON.stringify({ ...file, timings: rounded(file.timings) })}`);
    this.first = false;
  }

  /** Closes the list, adds the summary and puts the report in place. */
  finish(summary: BuildCounts, timings: RunTimings): void {
    const closing = JSON.stringify({ summary, timings: rounded(timings) }, null, 2).slice(1);
    writeSync(this.fd, `${this.first ? '' : '\n  '}],${closing}\n`);
    closeSync(this.fd);
    renameSync(this.paths.reportPart, this.paths.report);
  }

  /** Stops writing, leaving the partial report beside the previous one. */
  abandon(): void {
    closeSync(this.fd);
  }
}

/** Times to a tenth of a millisecond: the precision that means something here. */
function rounded<T extends object>(timings: T): T {
  return Object.fromEntries(
    Object.entries(timings).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]),
  ) as T;
}
