/**
 * Reports of validation findings: JSON for machines, and for people a listing grouped by file, each
 * finding as `file:line:col: severity: message [rule]` with the offending line and a caret under the
 * column. Pure functions: the CLI decides where they go.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { byPosition } from '../model/diagnostic.js';

/** One JSON object per finding, in a JSON array (one finding a line, so it also greps well). */
export function formatJson(diags: readonly Diagnostic[]): string {
  if (diags.length === 0) return '[]\n';
  const rows = diags.map((d) =>
    JSON.stringify({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message }),
  );
  return `[\n${rows.join(',\n')}\n]\n`;
}

export interface HumanOptions {
  color: boolean;
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

export function formatHuman(
  diags: readonly Diagnostic[],
  sourceOf: (file: string) => string | undefined,
  options: HumanOptions,
): string {
  const paint = painter(options.color);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of [...diags].sort(byPosition)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    const lines = sourceOf(file)?.split(/\r?\n/);
    for (const d of list) {
      // The compiler's form, so that editors and CI logs can jump to the place.
      const severity = d.severity === 'error' ? paint('red', 'error') : paint('yellow', d.severity);
      out.push(`${paint('bold', `${d.file}:${d.line}:${d.column}:`)} ${severity}: ${d.message} ${paint('dim', `[${d.rule}]`)}`);
      const source = lines?.[d.line - 1];
      if (source !== undefined) {
        const shown = excerpt(source, d.column);
        out.push(`    ${shown.text}`);
        out.push(`    ${caretPadding(shown.text, shown.column)}${paint('cyan', '^')}`);
      }
    }
    out.push('');
  }
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(byFile.size, 'file')}`;
  out.push(errors > 0 ? paint('red', paint('bold', `✖ ${summary}`)) : diags.length > 0 ? paint('yellow', `⚠ ${summary}`) : '✔ no problems');
  return `${out.join('\n')}\n`;
}
