/**
 * Editorial insertions in square brackets stay as printed text; where TEI has an element for them,
 * the words inside the brackets are marked: withheld text (`[less than 1 line not declassified]`)
 * and omissions the editors describe (`[Here follows discussion …]`) as `gap` with their description,
 * a word or number the editors supplied (`[point]`, `November 22 [27]`, `betray[ing]`) as `supplied`.
 */
import type { Inline } from '../model/document.js';
import type { Rich, Span } from './rich.js';

const NOT_DECLASSIFIED = /^[^\]]*\bnot declassified\b[^\]]*$/i;
const OMITTED = /^(?:Omitted here|Here follows|Here follow|Remainder of|Rest of|Text omitted|Portion omitted|Footnote omitted|Attachment omitted)\b/i;
const SUPPLIED = /^(?:[\p{Ll}][\p{Ll}’' -]{0,24}|\d{1,4})$/u;

function editorialSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\[([^\[\]]+)\]/g)) {
    const inner = m[1]!;
    const start = m.index! + 1;
    const end = start + inner.length;
    if (/^Page\s/.test(inner) || /^sic$/i.test(inner)) continue;
    if (NOT_DECLASSIFIED.test(inner)) spans.push({ start, end, wrap: gap('not-declassified') });
    else if (OMITTED.test(inner)) spans.push({ start, end, wrap: gap('omitted') });
    else if (SUPPLIED.test(inner)) spans.push({ start, end, wrap: (content) => ({ kind: 'supplied', reason: 'editorial', content }) });
  }
  return spans;
}

function gap(reason: 'not-declassified' | 'omitted'): Span['wrap'] {
  return (content) => ({ kind: 'gap', reason, content });
}

/** A block's inline content: text, its marks, and the editorial spans in it (plus any others given). */
export function inlinesOf(rich: Rich, spans: readonly Span[] = []): Inline[] {
  const editorial = editorialSpans(rich.text).filter((e) => !spans.some((s) => s.start < e.end && e.start < s.end && !(s.start <= e.start && e.end <= s.end)));
  return rich.toInlines([...spans, ...editorial]);
}
