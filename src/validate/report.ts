/**
 * Reports of validation findings: JSON for machines, and for people a listing grouped by file, each
 * finding as `file:line:col: severity: message [rule]` with the offending line and a caret under the
 * column. Pure functions: the CLI decides where they go.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { byPosition } from '../model/diagnostic.js';

/**
 * One JSON object per finding, in a JSON array (one finding a line, so it also greps well): where
 * (`line`, `column`, and the `range` of what it is about where known), `severity`, `source` (the
 * layer), `ruleId`, `message`, and `related` places as data.
 */
export function formatJson(diags: readonly Diagnostic[]): string {
  if (diags.length === 0) return '[]\n';
  return `[\n${diags.map(jsonRow).join(',\n')}\n]\n`;
}

/** One finding as the one line of JSON `formatJson` gives it (for output written as it comes). */
export function jsonRow(d: Diagnostic): string {
  return JSON.stringify({
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.range ? { range: d.range } : {}),
    severity: d.severity,
    ...(d.source ? { source: d.source } : {}),
    ruleId: d.rule,
    message: d.message,
    ...(d.related ? { related: d.related } : {}),
  });
}

/** A file the run validated, and the schema it was validated against (when it got as far). */
export interface FileSummary {
  file: string;
  schema?: string;
}

export interface HumanOptions {
  color: boolean;
  /** Every file validated, for the summary (how many, against which schemas); default: those with findings. */
  files?: readonly FileSummary[];
}

const STYLES = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], cyan: [36, 39], underline: [4, 24] } as const;
type Style = keyof typeof STYLES;

/** How much of a long line is shown around the column (a 15,000-character line helps no one). */
const CONTEXT_WIDTH = 100;

function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : (_style, text) => text;
}

/** The source line cut to a window around the column, and the column within that window. */
export function excerpt(line: string, column: number): { text: string; column: number } {
  if (line.length <= CONTEXT_WIDTH) return { text: line, column };
  const start = Math.max(0, Math.min(column - 1 - CONTEXT_WIDTH / 2, line.length - CONTEXT_WIDTH));
  const prefix = start > 0 ? '…' : '';
  const suffix = start + CONTEXT_WIDTH < line.length ? '…' : '';
  return { text: prefix + line.slice(start, start + CONTEXT_WIDTH) + suffix, column: column - start + prefix.length };
}

/** Spaces up to a column, keeping the line's tabs so the caret lines up under it. */
function caretPadding(line: string, column: number): string {
  const before = line.slice(0, Math.max(0, column - 1));
  // Most lines hold no tab: spaces made at once, not a character at a time.
  return before.includes('\t') ? before.replace(/[^\t]/g, ' ') : ' '.repeat(before.length);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `tei_all` or `tei_all: 30, tei-telegram: 4`: the schemas a run used, most used first. */
function schemasUsed(files: readonly FileSummary[]): string {
  const counts = new Map<string, number>();
  for (const f of files) if (f.schema !== undefined) counts.set(f.schema, (counts.get(f.schema) ?? 0) + 1);
  if (counts.size === 0) return '';
  if (counts.size === 1) return ` against ${[...counts.keys()][0]}`;
  const listed = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => `${name}: ${n}`);
  return ` against ${listed.join(', ')}`;
}

/** One file's findings for people, top to bottom, then a blank line; empty when it has none. */
export function formatFileFindings(
  diags: readonly Diagnostic[],
  lineOf: (file: string, line: number) => string | undefined,
  options: { color: boolean },
): string {
  if (diags.length === 0) return '';
  const paint = painter(options.color);
  const out: string[] = [];
  for (const d of [...diags].sort(byPosition)) {
    // The compiler's form, so that editors and CI logs can jump to the place.
    const severity = d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'info');
    out.push(`${paint('bold', `${d.file}:${d.line}:${d.column}:`)} ${severity}: ${d.message} ${paint('dim', `[${d.rule}]`)}`);
    const source = lineOf(d.file, d.line);
    if (source !== undefined) {
      const shown = excerpt(source, d.column);
      out.push(`    ${shown.text}`);
      out.push(`    ${caretPadding(shown.text, shown.column)}${paint('cyan', '^')}`);
    }
    for (const r of d.related ?? []) out.push(`    ${paint('dim', `${r.file}:${r.line}:${r.column}: ${r.message}`)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** What a run found, counted: kept instead of the findings when they are printed as they come. */
export class Tally {
  errors = 0;
  warnings = 0;
  notes = 0;
  private readonly withProblems = new Set<string>();

  add(diags: readonly Diagnostic[]): void {
    for (const d of diags) {
      if (d.severity === 'error') this.errors++;
      else if (d.severity === 'warning') this.warnings++;
      else this.notes++;
      if (d.severity !== 'info') this.withProblems.add(d.file);
    }
  }

  /** The last line: how many errors and warnings in how many of the files, against which schemas. */
  summary(options: HumanOptions): string {
    const paint = painter(options.color);
    const scope = options.files ? `${this.withProblems.size} of ${plural(options.files.length, 'file')}` : plural(this.withProblems.size, 'file');
    const schemas = schemasUsed(options.files ?? []);
    const noted = this.notes > 0 ? `; ${plural(this.notes, 'note')}` : '';
    const counts = `${plural(this.errors, 'error')}, ${plural(this.warnings, 'warning')} in ${scope}${schemas}${noted}`;
    if (this.errors > 0) return `${paint('red', paint('bold', `✖ ${counts}`))}\n`;
    if (this.warnings > 0) return `${paint('yellow', `⚠ ${counts}`)}\n`;
    return `✔ no problems${options.files ? ` in ${plural(options.files.length, 'file')}` : ''}${schemas}${noted}\n`;
  }
}

/** All findings for people: files in the order they came, each file's findings top to bottom, then the summary. */
export function formatHuman(
  diags: readonly Diagnostic[],
  lineOf: (file: string, line: number) => string | undefined,
  options: HumanOptions,
): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const tally = new Tally();
  tally.add(diags);
  const blocks = [...byFile.values()].map((list) => formatFileFindings(list, lineOf, options)).join('');
  return blocks + tally.summary(options);
}
