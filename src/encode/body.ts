/**
 * The body's structure from its blocks: numbered paragraphs as divisions holding what follows them up
 * to the next number, dash-led talking points as (nested) lists, memorandum captions (`SUBJECT`,
 * `PARTICIPANTS`) as typed lists, and page breaks where they stand.
 */
import type { Position } from '../model/diagnostic.js';
import type {
  Block, List, ListEntry, ListItem, ListType, NumberedDivision, PageBreakBlock,
} from '../model/document.js';
import { inlinesOf } from './editorial.js';
import type { Rich, Span } from './rich.js';

export type BodyUnit =
  /** `spans`: ranges already known to mark in the block (a telegram number). */
  | { kind: 'text'; rich: Rich; at: Position; spans?: Span[] }
  | PageBreakBlock;

const NUMBERED = /^(\d{1,3})\.\s+(?=\S)/;
const DASH_MARK = /^(?:[—–]|-{1,2}(?=\s))\s*/;

/**
 * The length of a talking point's dash, or undefined. Text that begins with a dash after the dash
 * (`——`, `— —`) is not a talking point: editions print such text as it is, without adding a dash.
 */
function dashOf(text: string): number | undefined {
  const m = DASH_MARK.exec(text);
  return m && !/^[—–-]/.test(text.slice(m[0].length)) ? m[0].length : undefined;
}
export const LIST_HEADS: [RegExp, ListType][] = [
  [/^(?:SUBJECT|Subject):?$/, 'subject'],
  [/^(?:RE|Re):?$/, 'references'],
  [/^(?:PARTICIPANTS|Participants|PRESENT|Present|OTHERS PRESENT|Others Present|ALSO PRESENT|Also Present):?$/, 'participants'],
];
/** Numbered divisions and lists, in one pass over the blocks. */
export function structure(units: readonly BodyUnit[]): Block[] {
  const top: Block[] = [];
  let division: NumberedDivision | undefined;
  let lastNumber = 0;
  const container = (): Block[] => (division ? division.blocks : top);

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pb') {
      // A page break right before a new number stands between the divisions.
      const next = nextText(units, i);
      const opensDivision = next && numberOf(next.rich.text, lastNumber) !== undefined;
      (opensDivision ? top : container()).push(unit);
      continue;
    }
    const text = unit.rich.text;
    const n = numberOf(text, lastNumber);
    if (n !== undefined) {
      lastNumber = Number(n);
      const strip = NUMBERED.exec(text)![0].length;
      division = { kind: 'div', n, blocks: [], at: unit.at };
      top.push(division);
      const first = unit.rich.withoutPrefix(strip);
      if (dashOf(first.text) !== undefined) {
        i = readList(units, i, container(), first);
      } else {
        division.blocks.push({ kind: 'p', content: inlinesOf(first), at: unit.at });
      }
      continue;
    }
    if (dashOf(text) !== undefined) {
      i = readList(units, i, container());
      continue;
    }
    const head = LIST_HEADS.find(([re]) => re.test(text));
    const entry = nextText(units, i);
    if (head && entry && !isListHead(entry.rich.text)) {
      i = readCaptionList(units, i, head[1], container());
      continue;
    }
    container().push({ kind: 'p', content: inlinesOf(unit.rich, unit.spans), at: unit.at });
  }
  return top;
}

function numberOf(text: string, lastNumber: number): string | undefined {
  const m = NUMBERED.exec(text);
  // Editions print no number before a paragraph that begins with one (`1. 1. …` would come back as
  // `1. …`): such a block stays a paragraph.
  if (!m || /^\d+\./.test(text.slice(m[0].length))) return undefined;
  const n = Number(m[1]);
  return n === lastNumber + 1 ? m[1] : undefined;
}

function nextText(units: readonly BodyUnit[], i: number): Extract<BodyUnit, { kind: 'text' }> | undefined {
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'text') return u;
  }
  return undefined;
}

/**
 * Reads consecutive dash-led blocks from `start` into a list appended to `into`; returns the index
 * of the last unit read. An item ending in `:` opens a nested list that runs while its items end in
 * `;`, `; and`, `; or` (or `,`), through the one that closes the series.
 */
function readList(units: readonly BodyUnit[], start: number, into: Block[], firstRich?: Rich): number {
  const list: List = { kind: 'list', type: 'dash', entries: [], at: units[start]!.at };
  into.push(list);
  let open: List | undefined;
  let last = start;
  for (let i = start; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pb') {
      const next = nextText(units, i);
      if (!next || dashOf(next.rich.text) === undefined || i === start) break;
      (open ?? list).entries.push(unit);
      last = i;
      continue;
    }
    const rich = i === start && firstRich ? firstRich : unit.rich;
    const dash = dashOf(rich.text);
    if (dash === undefined) break;
    const item: ListItem = { kind: 'item', content: inlinesOf(rich.withoutPrefix(dash)), at: unit.at };
    const body = rich.text.trimEnd();
    if (open) {
      open.entries.push(item);
      if (!/(?:;|;\s+(?:and|or)|,)$/.test(body)) open = undefined;
    } else {
      list.entries.push(item);
      if (body.endsWith(':')) {
        open = { kind: 'list', type: 'dash', entries: [], at: unit.at };
        item.sublist = open;
      }
    }
    last = i;
  }
  dropEmptySublists(list);
  return last;
}

function dropEmptySublists(list: List): void {
  for (const e of list.entries) {
    if (e.kind === 'item' && e.sublist && !e.sublist.entries.length) delete e.sublist;
  }
}

/**
 * `SUBJECT` + one block; `PARTICIPANTS` + the short, sentence-less blocks that follow (names and
 * offices), page breaks among them kept in the list.
 */
function readCaptionList(units: readonly BodyUnit[], start: number, type: ListType, into: Block[]): number {
  const headUnit = units[start] as Extract<BodyUnit, { kind: 'text' }>;
  const list: List = { kind: 'list', type, head: inlinesOf(headUnit.rich), entries: [], at: headUnit.at };
  into.push(list);
  let last = start;
  let items = 0;
  // The block after the heading is the list's first entry whatever its form (a list is never empty);
  // further participants are short and sentence-less.
  const takes = (text: string): boolean =>
    !isListHead(text) && (items === 0 || (type === 'participants' && isParticipant(text)));
  for (let i = start + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pb') {
      const next = nextText(units, i);
      if (!next || !takes(next.rich.text)) break;
      list.entries.push(unit);
      last = i;
      continue;
    }
    if (!takes(unit.rich.text)) break;
    list.entries.push({ kind: 'item', content: inlinesOf(unit.rich), at: unit.at } satisfies ListEntry);
    items++;
    last = i;
  }
  return last;
}

function isListHead(text: string): boolean {
  return LIST_HEADS.some(([re]) => re.test(text));
}

/** A name with an office, or a short group label (`U.S.`): no sentence, no number, no bracket or dash. */
function isParticipant(text: string): boolean {
  const label = text.length < 40 && /^\p{Lu}[\p{L}.]*\.?$/u.test(text);
  const entry = text.length <= 200 && !/[.!?:]["”’]?$/.test(text) && !/^[\[—–.…-]/.test(text) && !NUMBERED.test(text);
  return label || entry;
}

