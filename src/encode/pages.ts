/**
 * Page markers `[Page 701]`: a marker alone in its block is a page break between blocks; one inside
 * a block becomes a zero-width page-break mark exactly where it stood.
 */
import type { PageBreak } from '../model/document.js';
import type { Rich } from './rich.js';

const PAGE = /\[Page ([0-9]+[A-Za-z]?|[ivxlcdm]+)\]/g;
const WHOLE = /^\[Page ([0-9]+[A-Za-z]?|[ivxlcdm]+)\]$/;

export function pageOfBlock(rich: Rich): string | undefined {
  return WHOLE.exec(rich.text)?.[1];
}

export function extractPageMarks(rich: Rich, position: (offset: number) => { line: number; column: number }): Rich {
  let out = rich;
  for (;;) {
    PAGE.lastIndex = 0;
    const m = PAGE.exec(out.text);
    if (!m) return out;
    let end = m.index + m[0].length;
    // The marker and one space after it go; the space before it stays with the preceding word.
    if (out.text[end] === ' ') end++;
    const pb: PageBreak = { kind: 'pb', n: m[1]!, at: position(out.sourceOffset(m.index)) };
    out = out.cut(m.index, end, pb);
    // Editions print a page marker between spaces: a marker glued to the word before it gets its space,
    // so that the text edition encodes to the same TEI.
    if (m.index > 0 && !/\s/.test(out.text[m.index - 1]!)) out = out.insert(m.index, ' ');
  }
}
