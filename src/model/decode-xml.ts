/**
 * XML input to text, as XML says: the byte-order mark, else the encoding its declaration names
 * (UTF-8, UTF-16, ISO-8859-1, Windows-1252, anything the platform's decoders know), else UTF-8.
 * Untrusted files arrive here first, so every way a file can fail to be text (too big, empty,
 * binary, bytes its declaration does not describe, an encoding we cannot decode, control
 * characters) ends in exactly one diagnostic at its position instead of a crash or mojibake.
 */
import { LineIndex, diagnostic, type Diagnostic, type Position } from './diagnostic.js';
import { tooLarge } from './input.js';
import { canonicalEncoding, decoderFor, guessEncoding } from './legacy-encoding.js';
import { bytePosition, firstInvalidUtf8, utf16ByBom } from './utf8.js';

export const RULE = 'encoding';

/** Files above this size are refused before decoding: the tree of a 200 MB file would not fit. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type Decoded = { text: string } | { error: Diagnostic };

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENCODING_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z0-9._:-]+)\1/;

/** Strict, and drops a byte-order mark as XML does. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function fail(file: string, at: Position, message: string): Decoded {
  return { error: { ...diagnostic(file, at, 'error', RULE, message), source: RULE } };
}

const START: Position = { line: 1, column: 1 };

function checkText(text: string, file: string): Decoded {
  if (text.trim() === '') return fail(file, START, 'empty document: expected an XML document');
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    const message =
      code === 0
        ? 'binary file: NUL character found; expected an XML text document'
        : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`;
    return fail(file, new LineIndex(text).position(control.index), message);
  }
  return { text };
}

/** The encoding an XML declaration names, and where its name stands. */
interface Declared {
  label: string;
  at: Position;
}

function declaredEncoding(head: string): Declared | undefined {
  const match = ENCODING_DECLARATION.exec(head);
  if (!match) return undefined;
  const offset = match.index + match[0].length - match[2]!.length - 1;
  return { label: match[2]!, at: new LineIndex(head).position(offset) };
}

const HIGH_BYTES = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);

/** One character a byte in this encoding: the only kind in which mislabelled UTF-8 always decodes. */
function isSingleByte(encoding: string): boolean {
  return new TextDecoder(encoding).decode(HIGH_BYTES).length === HIGH_BYTES.length;
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    const declared = declaredEncoding(text);
    if (declared && !canonicalEncoding(declared.label)?.startsWith('utf-16')) {
      return fail(file, declared.at, `the XML declaration says encoding="${declared.label}", but the file is UTF-16 (its byte-order mark says so)`);
    }
    return checkText(text, file);
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) {
    const guess = guessEncoding(bytes);
    if (guess.kind === 'utf-16') {
      return fail(file, START, `UTF-16 (${guess.encoding}) without a byte-order mark, which XML requires of UTF-16: save it with one, or as UTF-8`);
    }
    return fail(file, START, 'binary file: NUL byte found; expected an XML text document');
  }
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const head = new TextDecoder('latin1').decode(bytes.subarray(utf8Bom ? 3 : 0, 1024));
  const declared = declaredEncoding(head);
  const encoding = declared && canonicalEncoding(declared.label);
  if (declared && !encoding) {
    return fail(file, declared.at, `unsupported encoding "${declared.label.toLowerCase()}" in the XML declaration; use UTF-8`);
  }
  if (!declared || encoding === 'utf-8') return decodeUtf8(bytes, file, declared);
  const says = `the XML declaration says encoding="${declared.label}"`;
  if (utf8Bom) return fail(file, declared.at, `${says}, but the file begins with a UTF-8 byte-order mark`);
  if (encoding!.startsWith('utf-16')) return fail(file, declared.at, `${says}, but the file has no UTF-16 byte order mark`);
  if (isSingleByte(encoding!)) {
    // Text declared in a single-byte encoding that is UTF-8 would decode, wrongly, as two characters a letter.
    const firstNonAscii = bytes.findIndex((b) => b >= 0x80);
    if (firstNonAscii >= 0 && firstInvalidUtf8(bytes, bytes.length) === bytes.length) {
      return fail(file, bytePosition(bytes, firstNonAscii),
        `${says} (at ${declared.at.line}:${declared.at.column}), but the file is UTF-8: declare encoding="UTF-8", or none`);
    }
  }
  try {
    return checkText(decoderFor(encoding!)!.decode(bytes), file);
  } catch {
    const lenient = decoderFor(encoding!, false)!.decode(bytes);
    const at = new LineIndex(lenient).position(lenient.indexOf('\uFFFD'));
    return fail(file, at, `${says} (at ${declared.at.line}:${declared.at.column}), but these bytes are not ${encoding}`);
  }
}

function decodeUtf8(bytes: Uint8Array, file: string, declared: Declared | undefined): Decoded {
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    // The platform's decoder is fast but says nowhere where; only a file that fails is searched.
    const bad = firstInvalidUtf8(bytes, bytes.length);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const guess = guessEncoding(bytes);
    const said = declared ? `the XML declaration (at ${declared.at.line}:${declared.at.column}) says UTF-8` : 'no XML declaration names an encoding';
    // A damaged byte in UTF-8 is reported as it stands; a file in another encoding is named.
    const hint = guess.kind === 'legacy'
      ? `; ${said}, and the file decodes as ${guess.encoding}: declare encoding="${guess.encoding}", or convert the file to UTF-8`
      : '';
    return fail(file, bytePosition(bytes, bad), `invalid UTF-8: byte 0x${byte} does not start a valid sequence${hint}`);
  }
  return checkText(text, file);
}

/** Decode an XML document; strings are taken as already decoded. */
export function decodeXml(source: string | Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > maxBytes) {
    return fail(file, START, tooLarge(size, maxBytes));
  }
  if (typeof source === 'string') return checkText(source.replace(/^\uFEFF/, ''), file);
  return decodeBytes(source, file);
}
