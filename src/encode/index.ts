/**
 * encode: plain text → typed model → TEI. `readDocument` is the reader (text → model); `writeTei`
 * the writer (model → TEI); `encode` runs both.
 */
import { type Diagnostic, PositionedError, type Position } from '../model/diagnostic.js';
import type { Note, OpenerPart, TeiDocument } from '../model/document.js';
import { TOOL } from '../model/tool.js';
import { buildBody, type BodyUnit } from './body.js';
import { parseCaption, parseRouting } from './caption.js';
import { parseDateline } from './dateline.js';
import type { NameLists } from '../model/names.js';
import { linkMentions } from './names/index.js';
import { inlinesOf } from './editorial.js';
import { parseHeading } from './heading.js';
import { placeMarkers } from './markers.js';
import { extractPageMarks, pageOfBlock } from './pages.js';
import type { Rich, Span } from './rich.js';
import { splitSections } from './sections.js';
import { parseSourceNote } from './source-note.js';
import { readSource } from './source.js';
import { writeTei } from './tei-writer.js';

export interface EncodeOptions {
  /** The name diagnostics give the input. */
  file?: string;
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

export function encode(input: string, options: EncodeOptions = {}): EncodeResult {
  const read = readDocument(input, options);
  return { ...read, xml: writeTei(read.document, { generator: `${TOOL.name} ${TOOL.version}` }) };
}

export { writeTei };

type TextUnit = Extract<BodyUnit, { kind: 'text' }>;

export function readDocument(input: string, options: EncodeOptions = {}): ReadResult {
  const file = options.file ?? '<stdin>';
  const source = readSource(input);
  const at = (offset: number): Position => source.position(offset);
  const { blocks, notes: rawNotes } = splitSections(source);
  if (!blocks.length) {
    throw new PositionedError({
      file, line: 1, column: 1, severity: 'error', rule: 'empty-input', message: 'the input has no text to encode',
    });
  }
  const diagnostics: Diagnostic[] = [];

  // Page markers first, so that their digits are never taken for footnote markers.
  const units: BodyUnit[] = blocks.map(({ rich }) => {
    const page = pageOfBlock(rich);
    const position = at(rich.sourceOffset(0));
    if (page) return { kind: 'pb', pb: { kind: 'pb', n: page, at: position }, at: position };
    return { kind: 'text', rich: extractPageMarks(rich, (o) => at(o)), at: position };
  });

  const notes: Note[] = rawNotes.map((raw, i) => ({
    n: raw.n,
    type: i === 0 && /^Source:/.test(raw.rich.text) ? 'source' : undefined,
    content: [],
    at: at(raw.rich.sourceOffset(0)),
    placed: false,
  }));
  const textUnits = units.filter((u): u is TextUnit => u.kind === 'text');
  if (!textUnits.length) {
    throw new PositionedError({
      file, ...units[0]!.at, severity: 'error', rule: 'no-heading', message: 'the input has page markers but no text',
    });
  }
  const placed = placeMarkers(textUnits.map((u) => u.rich), notes, rawNotes.map((r) => r.rich.text), file, at);
  diagnostics.push(...placed.diagnostics);
  textUnits.forEach((u, i) => (u.rich = placed.blocks[i]!));

  // The heading is the first text block.
  const headIndex = units.indexOf(textUnits[0]!);
  const headUnit = textUnits[0]!;
  const heading = parseHeading(headUnit.rich.text);
  if (!heading.n) {
    diagnostics.push({
      file, ...headUnit.at, severity: 'warning', rule: 'heading-without-number',
      message: 'the heading does not begin with a document number (`284. …`)',
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

  // Page breaks printed before the heading, or right after it, open the document: FRUS encodes them
  // before the head (the web edition prints them after the heading), so both orders encode alike.
  let bodyStart = headIndex + 1;
  while (units[bodyStart]?.kind === 'pb') bodyStart++;
  const pageBreaksBeforeHead = [...units.slice(0, headIndex), ...units.slice(headIndex + 1, bodyStart)] as Extract<BodyUnit, { kind: 'pb' }>[];
  const rest = units.slice(bodyStart);
  const { opener, telegramNumber, consumed } = readOpener(rest, heading.kind);
  const { body, closer } = buildBody(rest.slice(consumed));

  let information: TeiDocument['correspondence']['information'] = [];
  let additional: TeiDocument['correspondence']['additional'] = [];
  let facts: TeiDocument['source'] = { handling: [], responsibilities: [] };
  notes.forEach((note, i) => {
    const rich = rawNotes[i]!.rich;
    if (note.type === 'source') {
      const parsed = parseSourceNote(rich.text);
      facts = parsed.facts;
      information = parsed.information;
      additional = parsed.additional;
      note.content = inlinesOf(rich, parsed.spans.map((s) => ({
        start: s.start,
        end: s.end,
        wrap: (content) => (s.type === 'bibl' ? { kind: 'bibl', content } : { kind: 'name', type: s.type, content }),
      })));
    } else {
      note.content = inlinesOf(rich);
    }
  });

  const document: TeiDocument = {
    n: heading.n,
    kind: heading.kind,
    pageBreaksBeforeHead,
    head: inlinesOf(headRich, nameSpans),
    title: headRich.text,
    opener,
    body,
    closer,
    notes,
    telegramNumber,
    source: facts,
    correspondence: {
      senders: heading.senders.map(({ name, type }) => ({ name, type })),
      addressees: heading.addressees.map(({ name, type }) => ({ name, type })),
      information,
      additional,
    },
  };
  if (options.lists) diagnostics.push(...linkMentions(document, options.lists, { file }));
  return { document, diagnostics };
}

/**
 * The opener: the dateline, a cable's routing lines, a telegram caption (`308915. Subject: … Ref: …`)
 * and a letter's salutation, with the page breaks among them, in the order printed after the heading. A telegram number that opens
 * a paragraph of running text is marked in that paragraph instead.
 */
function readOpener(units: BodyUnit[], kind: TeiDocument['kind']): {
  opener: OpenerPart[];
  telegramNumber?: string;
  consumed: number;
} {
  const parts: OpenerPart[] = [];
  let i = 0;
  const pageBreaks = (): void => {
    while (units[i]?.kind === 'pb') parts.push(units[i++] as Extract<BodyUnit, { kind: 'pb' }>);
  };
  const datelineUnit = units[i];
  if (datelineUnit?.kind === 'text') {
    const parsed = parseDateline(datelineUnit.rich.text);
    if (parsed) {
      const spans: Span[] = [];
      if (parsed.place) spans.push({ ...parsed.place, wrap: (content) => ({ kind: 'name', type: 'placeName', content }) });
      spans.push({
        ...parsed.date,
        wrap: (content) => ({ kind: 'date', when: parsed.when, from: parsed.from, to: parsed.to, content }),
      });
      parts.push({
        kind: 'dateline',
        dateline: {
          content: inlinesOf(datelineUnit.rich, spans),
          place: parsed.place ? datelineUnit.rich.text.slice(parsed.place.start, parsed.place.end) : undefined,
          when: parsed.when, from: parsed.from, to: parsed.to,
          at: datelineUnit.at,
        },
      });
      i++;
      pageBreaks();
    }
  }
  const routingUnit = units[i];
  const routing = routingUnit?.kind === 'text' ? parseRouting(routingUnit.rich) : undefined;
  if (routing) {
    parts.push({ kind: 'caption', content: routing.content, at: routingUnit!.at });
    if (routing.rest) units[i] = { kind: 'text', rich: routing.rest, at: routingUnit!.at };
    else {
      i++;
      pageBreaks();
    }
  }
  let telegramNumber: string | undefined;
  const captionUnit = units[i];
  if (captionUnit?.kind === 'text' && (kind === 'telegram' || kind === 'circular-telegram')) {
    const caption = parseCaption(captionUnit.rich, units.slice(i + 1));
    if (caption?.isCaption) {
      telegramNumber = caption.number;
      parts.push({ kind: 'caption', content: caption.content, at: captionUnit.at });
      i++;
      pageBreaks();
    } else if (caption) {
      telegramNumber = caption.number;
      (captionUnit as TextUnit).spans = [caption.numberSpan];
    }
  }
  const saluteUnit = units[i];
  if (saluteUnit?.kind === 'text' && kind === 'letter' && isSalutation(saluteUnit.rich)) {
    parts.push({ kind: 'salute', content: inlinesOf(saluteUnit.rich), at: saluteUnit.at });
    i++;
  }
  // Page breaks are taken only after another part, so an opener with parts has more than page breaks.
  if (!parts.length) return { opener: [], telegramNumber, consumed: 0 };
  // Page breaks after the last opener part belong to the body.
  while (parts.length && parts[parts.length - 1]!.kind === 'pb') {
    parts.pop();
    i--;
  }
  return { opener: parts, telegramNumber, consumed: i };
}

function isSalutation(rich: Rich): boolean {
  return /^(?:Dear|My dear)\s.{1,60}[,:]$/.test(rich.text);
}
