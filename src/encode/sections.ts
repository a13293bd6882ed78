/**
 * Splits the input into its printed parts: blank-line-separated blocks (hard-wrapped lines rejoined)
 * and the footnotes at the end (`  1. Source: …`, continuation lines indented). A note's number is the
 * one printed: volumes number notes across a chapter (`54.`), by letter (`a.`) or by symbol (`*.`);
 * a line `  . 865.85/340: Telegram` is the web edition's copy of a note printed inline, with no number.
 */
import type { SourceText } from './source.js';
import { Rich } from './rich.js';

export interface RawBlock {
  rich: Rich;
}

export interface RawNote {
  /** The printed number; empty for the copy of a note printed inline (`  . 740.0011/1148`). */
  n: string;
  rich: Rich;
}

interface Line {
  text: string;
  start: number;
}

/** A note's first line: indentation, the printed number (digits with a letter, a letter, symbols, or none), a stop. */
const NOTE_START = /^(\s*)(\d+[a-z]?|[A-Za-z]|[*†‡§¶]+|)\.\s+\S/;

/** Unindented notes (a copy wrapped flush left) are read only from `1. Source:`, numbered 1, 2, …. */
const FLUSH_SOURCE = /^1\.\s+Source:/;

export function splitSections(source: SourceText): { blocks: RawBlock[]; notes: RawNote[] } {
  const lines = toLines(source.text);
  const notesAt = findNotes(lines);
  const bodyLines = notesAt < 0 ? lines : lines.slice(0, notesAt);
  const notes = notesAt < 0 ? [] : parseNotes(lines.slice(notesAt));
  return { blocks: toBlocks(bodyLines), notes };
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ text: piece, start });
    start += piece.length + 1;
  }
  return lines;
}

const isBlank = (l: Line): boolean => l.text.trim() === '';

/**
 * The notes begin at the earliest line after a blank line from which every line is a note or the
 * continuation of one. The web edition indents them; an unindented run must begin `1. Source:`.
 */
function findNotes(lines: Line[]): number {
  let found = -1;
  for (let i = lines.length - 1; i > 0; i--) {
    const m = NOTE_START.exec(lines[i]!.text);
    if (!m || !isBlank(lines[i - 1]!)) continue;
    const indented = m[1]!.length > 0;
    if (!indented && !FLUSH_SOURCE.test(lines[i]!.text)) continue;
    if (notesRunToEnd(lines.slice(i), m[1]!.length)) found = i;
  }
  return found;
}

/**
 * Lines that are not note starts continue a note. They are indented under the note's text in the web
 * edition; a flush-left continuation (a file wrapped by `fold -s`) is accepted when the run reads as
 * notes otherwise: the first is the source note, or no blank line separates the notes.
 */
function notesRunToEnd(lines: Line[], indent: number): boolean {
  let indentedContinuations = true;
  let blankInside = false;
  for (const [k, line] of lines.entries()) {
    if (isBlank(line)) {
      blankInside ||= k < lines.length - 1 && lines.slice(k).some((l) => !isBlank(l));
      continue;
    }
    const m = NOTE_START.exec(line.text);
    if (m && m[1]!.length === indent) continue;
    const lead = line.text.length - line.text.trimStart().length;
    if (lead <= indent) indentedContinuations = false;
  }
  return indentedContinuations || !blankInside || FLUSH_SOURCE.test(lines[0]!.text.trimStart());
}

function parseNotes(lines: Line[]): RawNote[] {
  const notes: { n: string; parts: Rich[] }[] = [];
  const indent = NOTE_START.exec(lines[0]!.text)![1]!.length;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const m = NOTE_START.exec(line.text);
    // Indented, every line at the notes' indentation opens a note (continuations are indented
    // further); flush left, only the next number does, so that a cited `2.` stays text.
    if (m && m[1]!.length === indent && (indent > 0 ? true : m[2] === String(notes.length + 1))) {
      const bodyStart = line.text.indexOf('.', m[1]!.length) + 1;
      const content = line.text.slice(bodyStart);
      const lead = content.length - content.trimStart().length;
      notes.push({ n: m[2]!, parts: [lineRich(line, bodyStart + lead)] });
    } else {
      notes[notes.length - 1]!.parts.push(lineRich(line, 0));
    }
  }
  return notes.map((note) => ({ n: note.n, rich: joinLines(note.parts) }));
}

function toBlocks(lines: Line[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Rich[] = [];
  const flush = (): void => {
    if (current.length) blocks.push({ rich: joinLines(current) });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else current.push(lineRich(line, 0));
  }
  flush();
  return blocks;
}

function lineRich(line: Line, from: number): Rich {
  return Rich.of(line.text, line.start).slice(from).trim();
}

/**
 * Rejoins hard-wrapped lines with a space. A line that ends in a hyphen after a letter, before a
 * letter, is a compound broken at its hyphen: rejoined without a space, the hyphen kept (removing it
 * would be a guess).
 */
function joinLines(parts: Rich[]): Rich {
  let joined = parts[0]!;
  for (const next of parts.slice(1)) {
    const glue = /\p{L}-$/u.test(joined.text) && /^\p{L}/u.test(next.text) ? '' : ' ';
    joined = Rich.join([joined, next], glue);
  }
  return joined;
}
