/**
 * Plain-text input to text, strictly: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or the encoding the user names. Anything else is refused with a positioned
 * error saying what the bytes are (a legacy encoding by name, UTF-16 without a mark, binary) and
 * how to read them, never decoded into mojibake; so is an XML document given as text.
 */
import { LineIndex, PositionedError, diagnostic, type Position } from './diagnostic.js';
import { decoderFor, guessEncoding } from './legacy-encoding.js';
import { bytePosition, firstInvalidUtf8, utf16ByBom } from './utf8.js';

export const RULE = 'input-encoding';
export const XML_RULE = 'input-is-xml';

export interface DecodeTextOptions {
  /** Read the bytes as this encoding (a label TextDecoder knows, e.g. `windows-1252`); a byte-order mark still wins. */
  encoding?: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a plain-text document; a string is taken as decoded already (and only checked).
 * A UTF-8 byte-order mark is kept, for the encoder to map columns past it.
 */
export function decodeText(source: string | Uint8Array, file: string, options: DecodeTextOptions = {}): string {
  const text = typeof source === 'string' ? source : decodeBytes(source, file, options.encoding);
  refuseControl(text, file);
  refuseXml(text, file);
  return text;
}

function decodeBytes(bytes: Uint8Array, file: string, encoding: string | undefined): string {
  const utf16 = utf16ByBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding !== undefined && !utf8Bom) return decodeAs(bytes, file, encoding);
  let text;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw notUtf8(bytes, file);
  }
  // Valid UTF-8 that holds control bytes is binary, or UTF-16 saved without a byte-order mark.
  if (CONTROL.test(text)) throw notUtf8(bytes, file);
  return text;
}

/** Bytes in the encoding the user named; where they are not, the first character that is not. */
function decodeAs(bytes: Uint8Array, file: string, encoding: string): string {
  const decoder = decoderFor(encoding);
  if (!decoder) throw new PositionedError(diagnostic(file, START, 'error', RULE, `unknown encoding "${encoding}"`));
  try {
    return decoder.decode(bytes);
  } catch {
    const lenient = decoderFor(encoding, false)!.decode(bytes);
    const at = new LineIndex(lenient).position(lenient.indexOf('\uFFFD'));
    throw new PositionedError(diagnostic(file, at, 'error', RULE, `not ${decoder.encoding}: these bytes are not a character of it`));
  }
}

const START: Position = { line: 1, column: 1 };

function notUtf8(bytes: Uint8Array, file: string): PositionedError {
  const bad = firstInvalidUtf8(bytes, bytes.length);
  const guess = guessEncoding(bytes);
  const byte = (offset: number): string => `0x${bytes[offset]!.toString(16).padStart(2, '0')}`;
  if (guess.kind === 'utf-16') {
    const order = guess.encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
    return new PositionedError(diagnostic(file, START, 'error', RULE,
      `not UTF-8: it is UTF-16 (${order}) without a byte-order mark: use \`--encoding ${guess.encoding}\` or convert it to UTF-8`));
  }
  if (guess.kind === 'binary') {
    // The first byte that is neither text nor UTF-8.
    const at = Math.min(guess.offset, bad);
    const what = bytes[at] === 0 ? 'a NUL byte' : at === bad ? `byte ${byte(at)}, which is not UTF-8,` : `byte ${byte(at)}, a control character,`;
    return new PositionedError(diagnostic(file, bytePosition(bytes, at), 'error', RULE,
      `not a text document: ${what} at offset ${at} (a binary file?)`));
  }
  if (guess.kind === 'damaged-utf-8') {
    return new PositionedError(diagnostic(file, bytePosition(bytes, bad), 'error', RULE,
      `not UTF-8: byte ${byte(bad)} at offset ${bad} is not, though the other characters are (a damaged file?)`));
  }
  return new PositionedError(diagnostic(file, bytePosition(bytes, bad), 'error', RULE,
    `not UTF-8 (byte ${byte(bad)} at offset ${bad}); it decodes as ${guess.encoding}: use \`--encoding ${guess.encoding}\` or convert it to UTF-8`));
}

/** The characters isControl() names. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function refuseControl(text: string, file: string): void {
  const control = CONTROL.exec(text);
  if (!control) return;
  const code = control[0].charCodeAt(0);
  const what = code === 0 ? 'a NUL character' : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new PositionedError(diagnostic(file, positionIn(text, control.index), 'error', RULE,
    `not a text document: ${what}, which no text (nor TEI) can hold (a binary file?)`));
}

/** XML begins with a declaration, a doctype, a comment or a tag; a printed document never begins with `<`. */
const XML_START = /^\s*<(?:\?xml[\s?]|!DOCTYPE\s|!--|[A-Za-z_][\w.:-]*[\s/>])/;

function refuseXml(text: string, file: string): void {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = XML_START.exec(text.slice(start, start + 1024));
  if (!match) return;
  const at = positionIn(text, start + match[0].indexOf('<'));
  throw new PositionedError(diagnostic(file, at, 'error', XML_RULE,
    'this is XML, not a plain-text document: `tei-telegram validate` checks TEI, `tei-telegram publish` makes its editions'));
}

/** Line and column of offset `i`, columns on the first line counted from after a byte-order mark. */
function positionIn(text: string, i: number): Position {
  const at = new LineIndex(text).position(i);
  return text.charCodeAt(0) === 0xfeff && at.line === 1 ? { line: 1, column: at.column - 1 } : at;
}
