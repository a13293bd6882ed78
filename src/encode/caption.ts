/**
 * A telegram's caption line: `308915. Subject: U.S.-Soviet Talks … Ref: State.` — the telegram
 * number, then labelled segments (subject, reference). A number that opens running text with no
 * labels (`366. In lengthy conversation …`) is only the number. A cable's routing lines
 * (`FM AMEMBASSY ANKARA` / `TO SECSTATE WASHDC IMMEDIATE 1234` / `INFO …`) are segments too.
 */
import { plainTextOf, type Inline, type Segment } from '../model/document.js';
import { inlinesOf } from './editorial.js';
import type { Rich, Span } from './rich.js';

export interface Caption {
  number: string;
  /** The number's range, for marking it where it stands in running text. */
  numberSpan: Span;
  /** True when the block is a caption line (it has labelled segments). */
  isCaption: boolean;
  content: Inline[];
}

/** `308915.`, `Unnumbered.`, and the series of conference telegrams (`Secto 12.`, `Tosec 7.`). */
const NUMBER = /^((?:(?:Circular|Niact|Tosec|Secto|Dulte|Tedul|Polto|Topol|Todel|Delto|Delga|Gadel|Secun|Unsec|Usito|Tousi|Cahto|Tocah)\s+)?\d{1,7}|Unnumbered)\.\s/;
const LABEL = /\b(Subject|Subj|Sub|Refs|Ref|References|Reference):\s/g;

export function parseCaption(rich: Rich, following: readonly { kind: string; rich?: Rich }[]): Caption | undefined {
  const m = NUMBER.exec(rich.text);
  if (!m) return undefined;
  const number = m[1]!;
  // `1.` followed by `2.` is a numbered paragraph, not a telegram numbered 1.
  const next = following.find((u) => u.kind === 'text')?.rich?.text;
  if (number === '1' && next && /^2\.\s/.test(next)) return undefined;
  const numberSpan: Span = {
    start: 0,
    end: number.length,
    // TEI's idno holds text only: a note or page break printed inside the number follows it.
    wrap: (content) => [{ kind: 'idno', type: 'telegram', text: plainTextOf(content) }, ...content.filter((i) => i.kind !== 'text')],
  };
  const labels = [...rich.text.matchAll(LABEL)].filter((l) => l.index! >= m[0].length);
  const spans: Span[] = [numberSpan];
  labels.forEach((label, i) => {
    const start = label.index!;
    let end = i + 1 < labels.length ? labels[i + 1]!.index! : rich.text.length;
    while (end > start && rich.text[end - 1] === ' ') end--;
    const type: Segment['type'] = /^Sub/.test(label[1]!) ? 'subject' : 'reference';
    const labelText = `${label[1]}:`;
    spans.push({ start, end, wrap: (content) => ({ kind: 'seg', type, label: labelText, content: dropLabel(content, labelText) }) });
  });
  return { number, numberSpan, isCaption: labels.length > 0, content: inlinesOf(rich, spans) };
}

function dropLabel(content: Inline[], label: string): Inline[] {
  const [first, ...rest] = content;
  if (first?.kind === 'text' && first.text.startsWith(label)) {
    const remaining = first.text.slice(label.length);
    return remaining ? [{ kind: 'text', text: remaining }, ...rest] : rest;
  }
  return content;
}

const ROUTING = /(?:^|\s)(FM|TO|INFO)\s+(?=\S)/g;
const ROUTING_TYPE: Record<string, Segment['type']> = { FM: 'from', TO: 'to', INFO: 'information' };

/**
 * `FM AMEMBASSY ANKARA TO SECSTATE WASHDC IMMEDIATE 1234 INFO USMISSION NATO` as segments. The
 * routing ends where a telegram number opens the caption (`6795. Subject: …`), which is returned as
 * the rest: printed on one line or on several, the routing and the caption encode alike.
 */
export function parseRouting(rich: Rich): { content: Inline[]; rest?: Rich } | undefined {
  if (!/^FM\s+\S/.test(rich.text) || !/\sTO\s+\S/.test(rich.text)) return undefined;
  const captionAt = /\s(?=\d{1,7}\.\s)/.exec(rich.text)?.index;
  const routing = captionAt === undefined ? rich : rich.slice(0, captionAt);
  const labels = [...routing.text.matchAll(ROUTING)].map((m) => ({ label: m[1]!, start: m.index! + m[0].indexOf(m[1]!) }));
  const spans: Span[] = labels.map((l, i) => {
    let end = i + 1 < labels.length ? labels[i + 1]!.start : routing.text.length;
    while (end > l.start && routing.text[end - 1] === ' ') end--;
    const type = ROUTING_TYPE[l.label]!;
    return { start: l.start, end, wrap: (content) => ({ kind: 'seg', type, label: l.label, content: dropLabel(content, l.label) }) };
  });
  return {
    content: inlinesOf(routing, spans),
    rest: captionAt === undefined ? undefined : rich.slice(captionAt).trim(),
  };
}
