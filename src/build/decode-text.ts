/**
 * Input bytes to text, strictly: a document that is not text (a binary file, bytes that are not
 * UTF-8) is refused with a positioned error instead of being encoded as mojibake. UTF-16 with a
 * byte-order mark, as Windows editors save it, is accepted.
 */
import { PositionedError, diagnostic } from '../model/diagnostic.js';
import { bytePosition, firstInvalidUtf8, utf16ByBom } from '../model/utf8.js';

export const RULE = 'input-encoding';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 = utf16ByBom(bytes);
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
  const at = bytePosition(bytes, bad);
  const what = bad === nul ? 'a NUL byte' : `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}, which is not UTF-8`;
  throw new PositionedError(
    diagnostic(file, at, 'error', RULE, `not a text document: ${what} at offset ${bad} (a binary file?)`),
  );
}
