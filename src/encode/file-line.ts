/**
 * The file-number line older volumes print under the heading: the Department's decimal file
 * (`740.0011 Pacific War/1148`, `865.85/340: Telegram`, `861b.6363/112`, `File No. 812.00/1234.`),
 * the collection a document comes from (`Robert Lansing Papers`, `S/P Files: Lot 64 D 563`) or, in
 * the volumes of the nineteenth century, the document's number in the series printed to Congress
 * (`No. 126.`). FRUS encodes it as the source note printed inline; a kind after the colon
 * (`: Telegram`) says what the document is.
 */
import type { DocumentKind } from '../model/document.js';

const KIND = String.raw`(?::\s*(?<kind>[A-Z][a-z]+(?:\s[a-z]+)?))?`;
/** `740.0011 Pacific War/1148`, `File No. 841.731/1796`, `Paris Peace Conf. 811.001/213: Telegram`, `501.BC Indonesia/1–1849`. */
const DECIMAL_FILE = new RegExp(
  String.raw`^(?:File Nos?\.\s+|(?:\p{Lu}[\p{L}.]*\s){1,4})?\d{3}[a-z]?(?:\.[0-9A-Za-z]+)?(?:\s[^/:;]{1,60})?\/[0-9]+[a-z½]?(?:\s*[–-]\s*[0-9]+[a-z]?)?(?:,\s*[0-9]+[a-z]?)*` +
    KIND + String.raw`\.?$`,
  'u',
);
/** A collection named instead of a file: `Robert Lansing Papers`, `S/P Files: Lot 64 D 563`, `Department of Defense Files: Telegram`. */
const COLLECTION = new RegExp(
  String.raw`^(?=.{3,100}$)(?<collection>\p{Lu}[^.!?;:]*\b(?:Papers|Files|File|Records|Library|Archives|Diary|Collection)\b(?::\s*Lot\s[\w ]+)?)` + KIND + '$',
  'u',
);
const SERIES_NUMBER = /^No\.\s+\d+\.$/;

const KIND_OF: Record<string, DocumentKind> = {
  Telegram: 'telegram',
  Airgram: 'telegram',
  Cablegram: 'telegram',
  'Circular telegram': 'circular-telegram',
  'Circular airgram': 'circular-telegram',
};

export interface FileLineForm {
  /** The kind the line names (`: Telegram`), if any. */
  kind?: DocumentKind;
}

/** The line's form, or undefined when it is not a file-number line. */
export function fileLineForm(text: string): FileLineForm | undefined {
  if (SERIES_NUMBER.test(text)) return {};
  const m = DECIMAL_FILE.exec(text) ?? COLLECTION.exec(text);
  if (!m) return undefined;
  const kind = m.groups?.kind;
  return { kind: kind ? KIND_OF[kind] : undefined };
}
