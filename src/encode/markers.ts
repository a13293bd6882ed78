/**
 * Footnote markers. The web edition prints a marker as bare digits glued to what precedes it
 * (`Italy1`, `497.2`, `Deptel 742` for `Deptel 74` + note 2), so markers are found by the order of
 * the notes: marker k is the first plausible place after marker k−1. A place is plausible when the
 * digits end a token glued to a letter or a closing punctuation mark, or end a longer number whose
 * other digits the note itself or the words before make likely (a telegram number, a cited number).
 */
import type { Diagnostic, Position } from '../model/diagnostic.js';
import type { Note } from '../model/document.js';
import type { Rich } from './rich.js';

export interface MarkerPlacement {
  /** The blocks with a note mark where each placed marker stood. */
  blocks: Rich[];
  /** The notes in printed order, each saying whether its marker was found. */
  notes: Note[];
  diagnostics: Diagnostic[];
}

interface Candidate {
  block: number;
  offset: number;
  strong: boolean;
  evidence: boolean;
  /** Digits that usually belong to what precedes them (`Tab B4`, `at 55`): taken only as a last resort. */
  relaxed?: boolean;
}

const CLOSING = /[.,;:)\]”’"'!?…]/u;
/** What may follow a marker: not a digit or letter, and not the `’s` of a designation (`F4’s`). */
const AFTER_MARKER = /^(?:$|\s|[.,;:)\]”"!?…—–-]|[’'](?![sS]\b))/u;
/** Words before a cited number: a capitalised word (`Karachi 1246`) or a telegram word (`Deptel 74`). */
const CAPITALISED_WORD = /(?:^|[^\p{L}])\p{Lu}[\p{L}’'.]*\s*$/u;
const REFERENCE_WORD =
  /(?:^|[^\p{L}])(?:tel|tels|telegram|telegrams|deptel|deptels|embtel|embtels|reftel|urtel|urtels|contel|our|your|my|his|no\.|nos\.|number|numbers)\s*$/iu;
const MONTH = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

export function placeMarkers(
  blocks: readonly Rich[],
  notes: readonly Omit<Note, 'placed'>[],
  noteTexts: readonly string[],
  file: string,
  position: (offset: number) => Position,
): MarkerPlacement {
  const out = [...blocks];
  const placed: Note[] = [];
  const diagnostics: Diagnostic[] = [];
  let cursor = { block: 0, offset: 0 };

  notes.forEach((printed, index) => {
    const note: Note = { ...printed, placed: false };
    placed.push(note);
    let chosen: Candidate | undefined;
    if (note.type === 'source' && index === 0) chosen = headingEnd(out[0], note.n);
    const found = chosen ? [] : candidates(out, note.n, noteTexts[index] ?? '', cursor);
    const plausible = found.filter((c) => c.strong || c.evidence);
    chosen ??= plausible[0] ?? found.find((c) => !c.relaxed) ?? lastResort(found, out, cursor, notes[index + 1], noteTexts[index + 1]);
    if (!chosen) {
      diagnostics.push({
        file, ...note.at, severity: 'warning', rule: 'marker-not-found',
        message: `no marker for note ${note.n} after the previous one: the note is kept at the end of the document`,
      });
      return;
    }
    const rival = rivalOf(chosen, plausible, out, notes[index + 1], noteTexts[index + 1]);
    if (rival) {
      const a = position(out[chosen.block]!.sourceOffset(chosen.offset));
      const b = position(out[rival.block]!.sourceOffset(rival.offset));
      diagnostics.push({
        file, ...a, severity: 'warning', rule: 'marker-ambiguous',
        message: `marker ${note.n} could stand at ${a.line}:${a.column} or at ${b.line}:${b.column}; placed at the first`,
      });
    }
    const block = out[chosen.block]!;
    // The note stands at its marker: the mark holds the note as written, found.
    placed[index] = { ...note, placed: true };
    out[chosen.block] = block.cut(chosen.offset, chosen.offset + note.n.length, { kind: 'note', note: placed[index]! });
    cursor = { block: chosen.block, offset: chosen.offset };
  });
  return { blocks: out, notes: placed, diagnostics };
}

/** The source note's marker ends the heading. */
function headingEnd(heading: Rich | undefined, n: string): Candidate | undefined {
  if (!heading || !heading.text.endsWith(n)) return undefined;
  const offset = heading.text.length - n.length;
  if (offset === 0 || /\s/.test(heading.text[offset - 1]!)) return undefined;
  return { block: 0, offset, strong: true, evidence: true };
}

function candidates(blocks: readonly Rich[], n: string, noteText: string, from: { block: number; offset: number }): Candidate[] {
  const found: Candidate[] = [];
  for (let b = from.block; b < blocks.length; b++) {
    const text = blocks[b]!.text;
    let i = text.indexOf(n, b === from.block ? from.offset : 0);
    while (i >= 0) {
      const c = judge(text, i, n, noteText);
      if (c) found.push({ block: b, offset: i, ...c });
      i = text.indexOf(n, i + 1);
    }
  }
  return found;
}

type Judgement = Pick<Candidate, 'strong' | 'evidence' | 'relaxed'>;
const RELAXED: Judgement = { strong: false, evidence: false, relaxed: true };

function judge(text: string, i: number, n: string, noteText: string): Judgement | undefined {
  if (i === 0) return undefined;
  if (!AFTER_MARKER.test(text.slice(i + n.length, i + n.length + 3))) return undefined;
  const before = text[i - 1]!;
  if (/\d/.test(before)) {
    const prefix = /\d+$/.exec(text.slice(0, i))![0];
    const lead = text.slice(0, i - prefix.length);
    if (/[\d.,:/–-]$/.test(lead)) return undefined;
    // Digits opening a block before a full stop are its printed number (`12. …`), never a marker.
    if (lead === '' && text[i + n.length] === '.') return undefined;
    if (prefix.length < 2) return RELAXED;
    // A number the note itself cites whole (`432` in `Telegram 432 to Taipei`) is that number, not
    // a shorter one with a marker; nor is one whose token ends in a marker after punctuation (`432,2`).
    if (cites(noteText, prefix + n) || /^[.,;:)\]”’"']\d/.test(text.slice(i + n.length))) {
      return undefined;
    }
    const referenced = (CAPITALISED_WORD.test(lead) || REFERENCE_WORD.test(lead)) && !MONTH.test(lead);
    return { strong: false, evidence: cites(noteText, prefix) || referenced };
  }
  if (/\p{L}/u.test(before)) {
    // A lone capital before digits is a designation (F4, A5), not a word with a marker.
    if (/(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(0, i))) return RELAXED;
    // A letter marker glued to a word (`Affairesa`) is told from the word's own last letter
    // (`Komura`) only where a word cannot go on: at the end of the block or before punctuation.
    if (/^\p{L}+$/u.test(n) && !/^(?:$|[.,;:)\]”"!?…])/u.test(text.slice(i + n.length))) return RELAXED;
    return { strong: true, evidence: true };
  }
  if (CLOSING.test(before)) {
    // Not a decimal or a time (1.5, 10:20, `7:52 a.m.`) but punctuation ending a word.
    if (before === ':' && /\d$/.test(text.slice(0, i - 1))) return undefined;
    if (/[.,:]/.test(before) && /\d$/.test(text.slice(0, i - 1)) && !/\s/.test(text[i + n.length] ?? ' ')) return undefined;
    return { strong: true, evidence: true };
  }
  return undefined;
}

/**
 * When nothing else fits, digits glued to a designation or a one-digit number (`Tab B4`, `at 55`) are
 * the marker, provided they come before any plausible place of the next marker, so that order holds.
 */
function lastResort(
  found: Candidate[],
  blocks: readonly Rich[],
  from: { block: number; offset: number },
  next: Omit<Note, 'placed'> | undefined,
  nextText: string | undefined,
): Candidate | undefined {
  const first = found.find((c) => c.relaxed);
  if (!first || !next) return first;
  const limit = candidates(blocks, next.n, nextText ?? '', from).find((c) => c.strong || c.evidence);
  return !limit || isAfter(limit, first) ? first : undefined;
}

function cites(noteText: string, number: string): boolean {
  return new RegExp(`(?<!\\d)${number}(?!\\d)`).test(noteText);
}

/** A second place of the same strength for this marker before any plausible place of the next one. */
function rivalOf(
  chosen: Candidate,
  plausible: Candidate[],
  blocks: readonly Rich[],
  next: Omit<Note, 'placed'> | undefined,
  nextText: string | undefined,
): Candidate | undefined {
  const after = plausible.filter((c) => c !== chosen && c.strong === chosen.strong && isAfter(c, chosen));
  if (!after.length) return undefined;
  const limit = next
    ? candidates(blocks, next.n, nextText ?? '', { block: chosen.block, offset: chosen.offset + 1 }).find((c) => c.strong || c.evidence)
    : undefined;
  return after.find((c) => !limit || isAfter(limit, c));
}

function isAfter(a: Candidate, b: Candidate): boolean {
  return a.block > b.block || (a.block === b.block && a.offset > b.offset);
}
