/**
 * Splits the input into its printed parts: blank-line-separated blocks (hard-wrapped lines rejoined)
 * and the footnotes at the end (`  1. Source: …`, continuation lines indented).
 */
import type { SourceText } from './source.js';
import { Rich } from './rich.js';

export interface RawBlock {
  rich: Rich;
}

export interface RawNote {
  n: string;
  rich: Rich;
}

interface Line {
  text: string;
  start: number;
}

const NOTE_START = /^(\s*)(\d+)\.\s+\S/;

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
 * The notes begin at the last line `1. …` that follows a blank line and from which every line is a
 * note or the continuation of one. The notes are indented in the web edition; an unindented run must
 * begin `1. Source:`.
 */
function findNotes(lines: Line[]): number {
  for (let i = lines.length - 1; i > 0; i--) {
    const m = NOTE_START.exec(lines[i]!.text);
    if (!m || m[2] !== '1' || !isBlank(lines[i - 1]!)) continue;
    const indented = m[1]!.length > 0;
    if (!indented && !/^\s*1\.\s+Source:/.test(lines[i]!.text)) continue;
    if (notesRunToEnd(lines.slice(i), m[1]!.length)) return i;
  }
  return -1;
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
  return indentedContinuations || !blankInside || /^\s*1\.\s+Source:/.test(lines[0]!.text);
}

function parseNotes(lines: Line[]): RawNote[] {
  const notes: { n: string; parts: Rich[] }[] = [];
  const indent = NOTE_START.exec(lines[0]!.text)![1]!.length;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const m = NOTE_START.exec(line.text);
    if (m && m[1]!.length === indent && Number(m[2]) === notes.length + 1) {
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
