/**
 * Printed line breaks inside a block. Blocks are read with their lines joined by spaces; in a
 * dateline (`Department of State,` / `Washington, January 7, 1901.`), a signature with its title
 * (`David J. Hill,` / `Acting Secretary.`) or an address the break is part of the print, TEI's `lb`.
 * A copy hard-wrapped at a width also breaks lines where the print does not: there a break counts
 * only where the next word would still have fitted on the line, so the writer chose to break.
 */
import type { Rich, Span } from './rich.js';
import type { SourceText } from './source.js';

export interface LineLayout {
  readonly source: SourceText;
  /** The width the copy is wrapped at, or Infinity when its lines are as printed. */
  readonly width: number;
}

/** A copy is hard-wrapped when its longest lines cluster under a typical terminal width. */
export function layoutOf(source: SourceText): LineLayout {
  const lengths = source.text.split('\n').map((l) => l.trimEnd().length);
  const longest = Math.max(0, ...lengths);
  const nearLongest = lengths.filter((n) => n > longest - 15).length;
  const width = longest <= 100 && nearLongest >= 3 ? longest : Infinity;
  return { source, width };
}

/** Offsets in `rich.text` of the joining spaces that stand for printed line breaks. */
export function lineBreaks(rich: Rich, layout: LineLayout): number[] {
  const text = layout.source.text;
  const out: number[] = [];
  for (let k = 1; k < rich.text.length - 1; k++) {
    if (rich.text[k] !== ' ') continue;
    const at = rich.src[k]!;
    const newline = /^[ \t]*\n/.exec(text.slice(at, at + 200));
    if (!newline) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const previous = text.slice(lineStart, at).trimEnd().length;
    const nextWord = /^\s*(\S+)/.exec(text.slice(at + newline[0].length))?.[1]?.length ?? 0;
    if (previous + 1 + nextWord <= layout.width) out.push(k);
  }
  return out;
}

/**
 * The block with each printed line break's joining space replaced by an `lb` mark, and the spans
 * found in the joined text moved to match.
 */
export function withLineBreaks(rich: Rich, spans: readonly Span[], layout: LineLayout): { rich: Rich; spans: Span[] } {
  let out = rich;
  let moved = [...spans];
  for (const k of lineBreaks(rich, layout).reverse()) {
    out = out.cut(k, k + 1, { kind: 'lb' });
    moved = moved.map((s) => ({ ...s, start: s.start > k ? s.start - 1 : s.start, end: s.end > k ? s.end - 1 : s.end }));
  }
  return { rich: out, spans: moved };
}
