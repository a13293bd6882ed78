/**
 * encode: plain text → typed model → TEI. `readDocument` is the reader (text → model); `writeTei`
 * the writer (model → TEI); `encode` runs both.
 */
import { type Diagnostic, PositionedError, type Position } from '../model/diagnostic.js';
import { decodeText } from '../model/decode-text.js';
import { plainTextOf, type DocumentKind, type FileLine, type Note, type TeiDocument } from '../model/document.js';
import type { NameLists } from '../model/names.js';
import { TOOL } from '../model/tool.js';
import { readAttachment, splitAttachments } from './attachments.js';
import { type BodyUnit, structure } from './body.js';
import { splitCloser } from './closer.js';
import { inlinesOf } from './editorial.js';
import { fileLineForm } from './file-line.js';
import { parseHeading } from './heading.js';
import { languageOf, plainText } from './language.js';
import { layoutOf, withLineBreaks } from './lines.js';
import { placeMarkers } from './markers.js';
import { linkMentions } from './names/index.js';
import { readOpener } from './opener.js';
import { extractPageMarks, pageOfBlock } from './pages.js';
import type { Span } from './rich.js';
import { type RawNote, splitSections } from './sections.js';
import { parseSourceNote } from './source-note.js';
import { readSource } from './source.js';
import { writeTei } from './tei-writer.js';

export interface EncodeOptions {
  /** The name diagnostics give the input. */
  file?: string;
  /** The encoding of input bytes when they are not UTF-8 or UTF-16 with a byte-order mark (see decodeText). */
  encoding?: string;
  /** The document number when the heading prints none (the CLI takes it from a FRUS file name, `…_d284.txt`). */
  number?: string;
  /** The FRUS volume the document belongs to (the CLI takes it from the file name, `frus1955-57v08_d100.txt`). */
  volume?: string;
  /** A volume's persons and terms lists: mentions are linked to their entries (see names/). */
  lists?: NameLists;
}

export interface ReadResult {
  document: TeiDocument;
  diagnostics: Diagnostic[];
}

export interface EncodeResult extends ReadResult {
  xml: string;
}

/** Bytes are read by the model's one reader (UTF-8, UTF-16 with a BOM, or `options.encoding`). */
export function encode(input: string | Uint8Array, options: EncodeOptions = {}): EncodeResult {
  const read = readDocument(decodeText(input, options.file ?? '<stdin>', options), options);
  return { ...read, xml: writeTei(read.document, { generator: `${TOOL.name} ${TOOL.version}` }) };
}

export { writeTei };

type TextUnit = Extract<BodyUnit, { kind: 'text' }>;

export function readDocument(input: string, options: EncodeOptions = {}): ReadResult {
  const file = options.file ?? '<stdin>';
  const source = readSource(input);
  const layout = layoutOf(source);
  const at = (offset: number): Position => source.position(offset);
  const { blocks, notes: printedNotes } = splitSections(source);
  if (!blocks.length) {
    throw new PositionedError({
      file, line: 1, column: 1, severity: 'error', rule: 'empty-input', message: 'the input has no text to encode',
    });
  }
  const diagnostics: Diagnostic[] = [];
  // A note line with no number is the web edition's copy of the note printed inline (the file line).
  const rawNotes = printedNotes.filter((r) => r.n !== '');
  const inlineCopies = printedNotes.filter((r) => r.n === '');

  // Page markers first, so that their digits are never taken for footnote markers.
  const units: BodyUnit[] = blocks.map(({ rich }) => {
    const page = pageOfBlock(rich);
    const position = at(rich.sourceOffset(0));
    if (page) return { kind: 'pb', pb: { kind: 'pb', n: page, at: position }, at: position };
    return { kind: 'text', rich: extractPageMarks(rich, (o) => at(o)), at: position };
  });

  // Each note's content first: what it says does not depend on where its marker stands.
  const noteContent = readNotes(rawNotes, at);
  const textUnits = units.filter((u): u is TextUnit => u.kind === 'text');
  if (!textUnits.length) {
    throw new PositionedError({
      file, ...units[0]!.at, severity: 'error', rule: 'no-heading', message: 'the input has page markers but no text',
    });
  }
  const placed = placeMarkers(textUnits.map((u) => u.rich), noteContent.notes, rawNotes.map((r) => r.rich.text), file, at);
  diagnostics.push(...placed.diagnostics);
  const notes = placed.notes;
  const placedUnits = units.map((u) => (u.kind === 'text' ? { ...u, rich: placed.blocks[textUnits.indexOf(u)]! } : u));

  // The heading is the first text block.
  const headIndex = placedUnits.findIndex((u) => u.kind === 'text');
  const headUnit = placedUnits[headIndex] as TextUnit;
  const heading = parseHeading(headUnit.rich.text);
  if (!heading.n) {
    diagnostics.push({
      file, ...headUnit.at, severity: 'warning', rule: 'heading-without-number',
      message: options.number
        ? `the heading does not begin with a document number (\`284. …\`); ${options.number}, from the file name, is used`
        : 'the heading does not begin with a document number (`284. …`)',
    });
  }
  if (!notes.length && /[^\s\d]\d{1,2}$/.test(headUnit.rich.text) && heading.n) {
    diagnostics.push({
      file, ...headUnit.at, severity: 'warning', rule: 'marker-without-note',
      message: 'the heading ends in what looks like a footnote marker, but the text has no notes; kept as text',
    });
  }
  const headRich = headUnit.rich.withoutPrefix(heading.numberLength);
  const nameSpans: Span[] = [...heading.senders, ...heading.addressees]
    .filter((p) => p.start >= 0)
    .map((p) => ({
      start: p.start - heading.numberLength,
      end: p.end - heading.numberLength,
      wrap: (content) => ({ kind: 'name', type: p.type, content }),
    }));

  // A heading printed on two lines (`No. 23.` / `Mr. Lowell to Earl Granville.`) keeps its break.
  const brokenHead = withLineBreaks(headRich, nameSpans, layout);

  // Page breaks printed before the heading, or right after it, open the document: FRUS encodes them
  // before the head (the web edition prints them after the heading), so both orders encode alike.
  let bodyStart = headIndex + 1;
  while (placedUnits[bodyStart]?.kind === 'pb') bodyStart++;
  const pageBreaksBeforeHead = [...placedUnits.slice(0, headIndex), ...placedUnits.slice(headIndex + 1, bodyStart)] as Extract<BodyUnit, { kind: 'pb' }>[];
  let rest = placedUnits.slice(bodyStart);

  const { fileLine, kind: fileKind } = readFileLine(rest, inlineCopies, at);
  if (fileLine && rest[0]?.kind === 'text' && rest[0].at === fileLine.at) rest = rest.slice(1);
  const opener = readOpener(rest, heading.kind === 'other' ? (fileKind ?? 'other') : heading.kind, layout);
  const kind = kindOf(heading.kind, fileKind, opener.kind, [
    ...heading.senders.map((s) => s.name),
    ...opener.parts.flatMap((p) => (p.kind === 'dateline' ? [plainTextOf(p.dateline.content)] : [])),
  ]);
  const { main, attachments } = splitAttachments(opener.rest);
  const { rest: bodyUnits, closer } = splitCloser(main, layout);

  const facts = fileLine && !noteContent.facts.file ? { ...noteContent.facts, file: fileLine.text } : noteContent.facts;

  const document: TeiDocument = {
    lang: languageOf(plainText(bodyUnits)),
    n: heading.n ?? options.number,
    volume: options.volume,
    kind,
    pageBreaksBeforeHead,
    head: inlinesOf(brokenHead.rich, brokenHead.spans),
    title: headRich.text,
    fileLine,
    opener: opener.parts,
    body: structure(bodyUnits),
    closer,
    attachments: attachments.map((a) => readAttachment(a, layout)),
    notes,
    telegramNumber: opener.telegramNumber,
    source: facts,
    correspondence: {
      senders: heading.senders.map(({ name, type }) => ({ name, type })),
      addressees: heading.addressees.map(({ name, type }) => ({ name, type })),
      information: noteContent.information,
      additional: noteContent.additional,
    },
  };
  if (!options.lists) return { document, diagnostics };
  const linked = linkMentions(document, options.lists, { file });
  return { document: linked.document, diagnostics: [...diagnostics, ...linked.diagnostics] };
}

/**
 * The notes' content in printed order; the first, when it begins `Source:`, is the source note,
 * read as structure for the header (archive, file, classification, drafters, distribution).
 */
function readNotes(rawNotes: readonly RawNote[], at: (offset: number) => Position): {
  notes: Omit<Note, 'placed'>[];
  facts: TeiDocument['source'];
  information: TeiDocument['correspondence']['information'];
  additional: TeiDocument['correspondence']['additional'];
} {
  let result: ReturnType<typeof readNotes> = { notes: [], facts: { handling: [], responsibilities: [] }, information: [], additional: [] };
  const notes = rawNotes.map((raw, i): Omit<Note, 'placed'> => {
    const position = at(raw.rich.sourceOffset(0));
    if (i > 0 || !/^Source:/.test(raw.rich.text)) return { n: raw.n, content: inlinesOf(raw.rich), at: position };
    const parsed = parseSourceNote(raw.rich.text);
    result = { ...result, facts: parsed.facts, information: parsed.information, additional: parsed.additional };
    const content = inlinesOf(raw.rich, parsed.spans.map((s) => ({
      start: s.start,
      end: s.end,
      wrap: (inner) => (s.type === 'bibl' ? { kind: 'bibl', content: inner } : { kind: 'name', type: s.type, content: inner }),
    })));
    return { n: raw.n, type: 'source', content, at: position };
  });
  return { ...result, notes };
}

/**
 * The file-number line under the heading (`865.85/340: Telegram`), or the copy of it that the web
 * edition puts among the notes when the line itself is not printed in the text.
 */
function readFileLine(
  rest: readonly BodyUnit[],
  copies: readonly RawNote[],
  at: (offset: number) => Position,
): { fileLine?: FileLine; kind?: DocumentKind } {
  const first = rest[0];
  if (first?.kind === 'text') {
    const text = first.rich.text;
    const form = fileLineForm(text) ?? (copies.some((c) => c.rich.text === text) ? {} : undefined);
    if (form) return { fileLine: { content: inlinesOf(first.rich), text, at: first.at }, kind: form.kind };
  }
  const copy = copies.find((c) => !rest.some((u) => u.kind === 'text' && u.rich.text === c.rich.text));
  if (!copy) return {};
  const text = copy.rich.text;
  return { fileLine: { content: inlinesOf(copy.rich), text, at: at(copy.rich.sourceOffset(0)) }, kind: fileLineForm(text)?.kind };
}

/**
 * The kind the heading names; where it names none, the kind the file line (`: Telegram`) or the
 * opener (`[Telegram.]`, a despatch number) tells. A numbered communication from the Secretary or
 * the Department is an instruction, from a mission a despatch.
 */
function kindOf(heading: DocumentKind, file: DocumentKind | undefined, opener: DocumentKind | undefined, from: string[]): DocumentKind {
  if (heading !== 'other') return heading;
  const told = file ?? opener ?? 'other';
  if (told === 'despatch' && from.some((s) => /^(?:(?:Acting )?Secretary of State|Department of State)\b/.test(s))) return 'instruction';
  return told;
}
