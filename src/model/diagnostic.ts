/**
 * A finding about a file, positioned like a compiler's: every stage reports through this one type,
 * so the CLI and the build report can print and count them the same way.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors do. */
  column: number;
}

/** Another place a finding points to (the first of two duplicate ids), kept as data. */
export interface Related extends Position {
  file: string;
  message: string;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  message: string;
  /** Stable identifier of the rule or layer that made the finding, e.g. `note-unresolved`. */
  rule: string;
  /** The layer that found it (`relaxng`, `json-schema`, `rules`, `schematron`, …), where a stage has several. */
  source?: string;
  /**
   * The extent of what the finding is about (a start tag, an attribute, a line of text), where
   * known. `line` and `column` stay the point where it is reported, which may lie inside or at the
   * end of the range (validation reports where jing does: just past a start tag).
   */
  range?: { start: Position; end: Position };
  related?: Related[];
}

export function diagnostic(
  file: string,
  at: Position,
  severity: Severity,
  rule: string,
  message: string,
): Diagnostic {
  return { file, line: at.line, column: at.column, severity, rule, message };
}

/** `file:line:col: severity: message [rule]` — the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Sort by position so reports read top to bottom, whatever order the layers ran in. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/**
 * Maps offsets in a text to line and column. Built once per text; lookups are a binary search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // indexOf finds each newline natively: a tenth of the time of a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The offsets where line `line` (from 1) starts and ends (before its newline), if it exists. */
  lineExtent(line: number): [number, number] | undefined {
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    const next = this.starts[line];
    return [start, next === undefined ? Infinity : next - 1];
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** An error that stops one file, carrying where it happened. */
export class PositionedError extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
  ) {
    super(formatDiagnostic(diagnostic));
    this.name = 'PositionedError';
  }
}
