/** UTF-8 checking with a position, for the stages that refuse bytes that are not text. */
import { LineIndex, type Position } from './diagnostic.js';

/** UTF-16 as its byte-order mark declares it (Windows editors save it so), or undefined. */
export function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Line and column of a byte offset, counting columns in characters of the (valid) prefix before it. */
export function bytePosition(bytes: Uint8Array, offset: number): Position {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return new LineIndex(prefix).position(prefix.length);
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
export function sequenceLength(bytes: Uint8Array, i: number): number {
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
