/**
 * Layer 1a: bytes to text. Untrusted files arrive here first, so every way a file can fail to be
 * text (too big, empty, binary, invalid UTF-8, an encoding we cannot decode, control characters)
 * ends in exactly one clear diagnostic instead of a crash or a flood of parser errors.
 */
import { LineIndex, diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { bytePosition, firstInvalidUtf8, utf16ByBom } from '../model/utf8.js';

export const RULE = 'encoding';

/** Files above this size are refused before decoding: the tree of a 200 MB file would not fit. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type Decoded = { text: string } | { error: Diagnostic };

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Strict, and drops a byte-order mark as XML does. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const ENCODING_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

function fail(file: string, at: Position, message: string): Decoded {
  return { error: { ...diagnostic(file, at, 'error', RULE, message), source: RULE } };
}

const START: Position = { line: 1, column: 1 };

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

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

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const utf16 = utf16ByBom(bytes);
  if (utf16) return checkText(new TextDecoder(utf16).decode(bytes), file);
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return fail(file, START, 'binary file: NUL byte found; expected an XML text document');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200)).replace(/^\u00ef\u00bb\u00bf/, '');
  const declared = ENCODING_DECLARATION.exec(head)?.[1]?.toLowerCase();
  if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      return fail(file, START, `unsupported encoding "${declared}" in the XML declaration; use UTF-8`);
    }
    if (decoder.encoding.startsWith('utf-16')) {
      return fail(file, START, `encoding "${declared}" declared but the file has no UTF-16 byte order mark`);
    }
    try {
      return checkText(decoder.decode(bytes), file);
    } catch {
      return fail(file, START, `the file is not valid "${declared}" as its XML declaration says`);
    }
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    // The platform's decoder is fast but says nowhere where; only a file that fails is searched.
    const bad = firstInvalidUtf8(bytes, bytes.length);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail(file, bytePosition(bytes, bad), `invalid UTF-8: byte 0x${byte} does not start a valid sequence`);
  }
  return checkText(text, file);
}


/** Decode a document for validation; strings are taken as already decoded. */
export function decode(source: string | Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > maxBytes) {
    return fail(file, START, `file too large: ${megabytes(size)} exceeds the limit of ${megabytes(maxBytes)}`);
  }
  if (typeof source === 'string') return checkText(source.replace(/^\uFEFF/, ''), file);
  return decodeBytes(source, file);
}
