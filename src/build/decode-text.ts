/**
 * Input bytes to text, strictly: a document that is not text (a binary file, bytes that are not
 * UTF-8) is refused with a positioned error instead of being encoded as mojibake. UTF-16 with a
 * byte-order mark, as Windows editors save it, is accepted.
 */
import { LineIndex, PositionedError, diagnostic } from '../model/diagnostic.js';

export const RULE = 'input-encoding';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul < 0) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      // Fall through to locate the first bad byte.
    }
  }
  const bad = firstInvalidUtf8(bytes, nul < 0 ? bytes.length : nul);
  const prefix = strictUtf8.decode(bytes.subarray(0, bad));
  const at = new LineIndex(prefix).position(prefix.length);
  const what = bad === nul ? 'a NUL byte' : `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}, which is not UTF-8`;
  throw new PositionedError(
    diagnostic(file, at, 'error', RULE, `not a text document: ${what} at offset ${bad} (a binary file?)`),
  );
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or `limit`. */
export function firstInvalidUtf8(bytes: Uint8Array, limit: number): number {
  let i = 0;
  while (i < limit) {
    const length = sequenceLength(bytes, i);
    if (length === 0 || i + length > limit) return i;
    i += length;
  }
  return limit;
}

/** The length of the well-formed sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const continuation = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(1, lo, hi) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(1, lo, hi) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
