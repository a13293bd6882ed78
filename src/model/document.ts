/**
 * The typed document model every stage shares: what the encoder reads out of the plain text and the
 * TEI writer turns into markup. It mirrors the TEI encoding described in docs/encoding.md, one type per
 * structure, so that the writer is a plain tree walk and never re-parses strings.
 */
import type { Position } from './diagnostic.js';
import type { PersonEntry, TermEntry } from './names.js';

/** Phrase-level content. */
export type Inline =
  | TextRun
  | NoteRef
  | PageBreak
  | Named
  | DateRef
  | BiblRef
  | Supplied
  | Gap
  | Idno
  | Segment
  | LineBreak
  | Gloss;

/** A line break of the print inside a block (a dateline's address, a signature's title). */
export interface LineBreak {
  kind: 'lb';
}

export interface TextRun {
  kind: 'text';
  text: string;
}

/** A footnote standing at its marker. */
export interface NoteRef {
  kind: 'note';
  note: Note;
}

export interface PageBreak {
  kind: 'pb';
  /** The printed page number, e.g. `701`. */
  n: string;
  at?: Position;
}

export type NameType = 'persName' | 'orgName' | 'placeName';

export interface Named {
  kind: 'name';
  type: NameType;
  /** The id of the list entry the name is a mention of (`persName/@corresp`). */
  ref?: string;
  content: Inline[];
}

/** A mention of an entry of the abbreviations and terms list (`gloss/@target`). */
export interface Gloss {
  kind: 'gloss';
  /** The id of the term entry. */
  ref: string;
  content: Inline[];
}

export interface DateRef {
  kind: 'date';
  /** ISO 8601; absent when the printed date cannot be made exact without guessing. */
  when?: string;
  from?: string;
  to?: string;
  content: Inline[];
}

/** An archival or bibliographic citation. */
export interface BiblRef {
  kind: 'bibl';
  content: Inline[];
}

/** A word the editors supplied inside square brackets (`[point]`); the brackets stay as text. */
export interface Supplied {
  kind: 'supplied';
  reason: string;
  content: Inline[];
}

/** Text withheld or omitted, described by the editors (`[less than 1 line not declassified]`). */
export interface Gap {
  kind: 'gap';
  reason: 'not-declassified' | 'omitted';
  /** The editors' description, printed inside the brackets. */
  content: Inline[];
}

export interface Idno {
  kind: 'idno';
  type: string;
  text: string;
}

/** A labelled part of a caption line: `Subject: …`, `Ref: …`, `FM …`. */
export interface Segment {
  kind: 'seg';
  /** `from`, `to` and `information` are the routing lines of a cable (`FM …`, `TO …`, `INFO …`). */
  type: 'subject' | 'reference' | 'from' | 'to' | 'information';
  label: string;
  content: Inline[];
}

/** Block-level content of the document body. */
export type Block = Paragraph | List | PageBreakBlock | NumberedDivision;

export interface Paragraph {
  kind: 'p';
  content: Inline[];
  at: Position;
}

/** A page break standing between blocks. */
export interface PageBreakBlock {
  kind: 'pb';
  pb: PageBreak;
  at: Position;
}

export interface ListItem {
  kind: 'item';
  content: Inline[];
  /** A list the item opens (an item ending in `:`). */
  sublist?: List;
  at: Position;
}

export type ListEntry = ListItem | PageBreakBlock;

export type ListType = 'dash' | 'subject' | 'participants' | 'references';

export interface List {
  kind: 'list';
  type: ListType;
  /** A heading printed above the list (`SUBJECT`, `PARTICIPANTS`). */
  head?: Inline[];
  entries: ListEntry[];
  at: Position;
}

/** A numbered paragraph and everything that belongs to it up to the next number. */
export interface NumberedDivision {
  kind: 'div';
  /** The printed number, without its full stop. */
  n: string;
  blocks: Block[];
  at: Position;
}

export interface Note {
  /** The printed note number. */
  n: string;
  /** `source` for the note on the heading that begins `Source:`. */
  type?: 'source';
  content: Inline[];
  at: Position;
  /** False when no marker for it was found; the writer then keeps it at the end of the document. */
  placed: boolean;
}

/** A dateline; its place and date are marked in its content. */
export interface Dateline {
  content: Inline[];
  at: Position;
}

/**
 * A line of the opener that is neither dateline nor caption: a despatch or note number
 * (`No. 486.]`), the form the text is printed in (`[Telegram.]`, `[Paraphrase]`, `[Extract]`,
 * `Memorandum`), the label of an enclosure (`[Inclosure.]`), or the classification and precedence
 * printed above the text (`top secret` / `priority`).
 */
export interface OpenerLine {
  kind: 'line';
  type: 'number' | 'form' | 'enclosure' | 'classification';
  content: Inline[];
  at: Position;
}

export type OpenerPart =
  | { kind: 'dateline'; dateline: Dateline }
  | { kind: 'caption'; content: Inline[]; at: Position }
  | { kind: 'salute'; content: Inline[]; at: Position }
  | OpenerLine
  | PageBreakBlock;

export interface Closer {
  salute?: Inline[];
  /** A dateline printed at the end (`Washington, April 25, 1941.`), after the signature or alone. */
  dateline?: Dateline;
  /**
   * The signature, with the lines printed under it in the same block (`David J. Hill,` / `Acting
   * Secretary.`); more than one where several sign together, in printed order.
   */
  signatures: Inline[][];
  /** A line printed under the signature: the signer's rank or office (`Colonel, CE, US Army`). */
  title?: Inline[];
  /**
   * Lines after the signature: a memorandum's decision options (`Approve`, `See me`), the address of
   * an instruction's recipient (`E. Joy Morris, Esq., &c., &c., &c., Constantinople.`), an editorial
   * note in brackets; with the page breaks among them.
   */
  postscript?: (Paragraph | PageBreakBlock)[];
  /** Page breaks printed after everything else of the closer. */
  pageBreaksAfter?: PageBreakBlock[];
  at: Position;
}

export type DocumentKind =
  | 'telegram'
  | 'circular-telegram'
  | 'memorandum'
  | 'memorandum-of-conversation'
  | 'memorandum-of-telephone-conversation'
  | 'letter'
  | 'despatch'
  | 'instruction'
  | 'message'
  | 'note'
  | 'report'
  | 'paper'
  | 'editorial-note'
  | 'other';

export interface Person {
  name: string;
  office?: string;
}

export interface Responsibility {
  /** `drafted`, `cleared`, `approved`. */
  role: string;
  persons: Person[];
}

/** What the source note says, as structure. */
export interface SourceFacts {
  citation?: string;
  repository?: string;
  recordGroup?: string;
  collection?: string;
  file?: string;
  classification?: string;
  handling: string[];
  responsibilities: Responsibility[];
}

export interface Correspondent {
  name: string;
  type: 'persName' | 'orgName' | 'placeName';
}

export interface Correspondence {
  senders: Correspondent[];
  addressees: Correspondent[];
  /** "Sent for information to …", "Repeated to …". */
  information: Correspondent[];
  /** "Sent to …" in a source note: further action addressees not named in the heading. */
  additional: Correspondent[];
}

/**
 * A text printed after the document's signature: an enclosure (`[Inclosure.]`), an attachment, a
 * printed list. It has its own heading, opener, body and signature where printed.
 */
export interface Attachment {
  /** Page breaks printed before the attachment's first line. */
  pageBreaksBefore: PageBreakBlock[];
  /** ISO 639-1 code of a text printed in another language than English. */
  lang?: string;
  /** The enclosure's label, printed above its heading (`[Inclosure.]`). */
  label?: OpenerLine;
  head?: Inline[];
  /** Sender and addressees its heading names (`Baron Komura to Mr. Griscom.`). */
  correspondence: Pick<Correspondence, 'senders' | 'addressees'>;
  opener: OpenerPart[];
  body: Block[];
  closer?: Closer;
  at: Position;
}

/** The file-number line printed under the heading (`740.0011 Pacific War/1148`, `No. 61.`). */
export interface FileLine {
  content: Inline[];
  /** The file number as printed, for the header. */
  text: string;
  at: Position;
}

export interface TeiDocument {
  /** ISO 639-1 code of a document printed in another language than English (its heading stays English). */
  lang?: string;
  /** The printed document number, e.g. `284`. */
  n?: string;
  /** The FRUS volume's identifier (`frus1977-80v26`), where known: the header names the series and volume. */
  volume?: string;
  kind: DocumentKind;
  /** Page breaks that open the document, printed before or right after the heading. */
  pageBreaksBeforeHead: PageBreakBlock[];
  /** The heading as printed, number removed. */
  head: Inline[];
  /** The heading as plain text without number or markers. */
  title: string;
  /** Older volumes' source note, printed inline under the heading. */
  fileLine?: FileLine;
  opener: OpenerPart[];
  body: Block[];
  closer?: Closer;
  attachments: Attachment[];
  /** Every note in printed order; placed ones also stand at their marker. */
  notes: Note[];
  telegramNumber?: string;
  source: SourceFacts;
  correspondence: Correspondence;
  /** The list entries the document mentions, in list order, for the header (see encode/names). */
  entries?: { persons: PersonEntry[]; terms: TermEntry[] };
}

/** The characters of inline content, marks (notes, page and line breaks) left out. */
export function plainTextOf(content: readonly Inline[]): string {
  return content.map((i) => (i.kind === 'text' ? i.text : 'content' in i ? plainTextOf(i.content) : '')).join('');
}
