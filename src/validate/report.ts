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
  const rows = diags.map((d) =>
    JSON.stringify({
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.range ? { range: d.range } : {}),
      severity: d.severity,
      ...(d.source ? { source: d.source } : {}),
      ruleId: d.rule,
      message: d.message,
      ...(d.related ? { related: d.related } : {}),
    }),
  );
  return `[\n${rows.join(',\n')}\n]\n`;
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
  return line.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
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

export function formatHuman(
  diags: readonly Diagnostic[],
  lineOf: (file: string, line: number) => string | undefined,
  options: HumanOptions,
): string {
  const paint = painter(options.color);
  // Files in the order they came (the order they were given), each file's findings top to bottom.
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  for (const list of byFile.values()) list.sort(byPosition);
  const out: string[] = [];
  for (const [, list] of byFile) {
    for (const d of list) {
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
    out.push('');
  }
  const count = (severity: Diagnostic['severity']): number => diags.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('info');
  const files = options.files ?? [...byFile.keys()].map((file) => ({ file }));
  const withProblems = new Set(diags.filter((d) => d.severity !== 'info').map((d) => d.file)).size;
  const scope = options.files ? `${withProblems} of ${plural(files.length, 'file')}` : plural(withProblems, 'file');
  const schemas = schemasUsed(files);
  const noted = notes > 0 ? `; ${plural(notes, 'note')}` : '';
  if (errors > 0) out.push(paint('red', paint('bold', `✖ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${scope}${schemas}${noted}`)));
  else if (warnings > 0) out.push(paint('yellow', `⚠ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${scope}${schemas}${noted}`));
  else out.push(`✔ no problems${options.files ? ` in ${plural(files.length, 'file')}` : ''}${schemas}${noted}`);
  return `${out.join('\n')}\n`;
}
