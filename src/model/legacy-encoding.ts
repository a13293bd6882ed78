/**
 * Naming what bytes that are not UTF-8 are, so that a refusal can say how to read them: a legacy
 * encoding (Windows-1252 for the Latin script, another script's by chardet's statistics), UTF-16
 * without a byte-order mark, UTF-8 with a damaged byte, or binary.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { sequenceLength } from './utf8.js';

export interface Decoder {
  /** The encoding's canonical name, as TextDecoder gives it. */
  readonly encoding: string;
  /** The text of `bytes`; a fatal decoder throws on bytes that are no character of the encoding. */
  decode(bytes: Uint8Array): string;
}

/**
 * Node 20.18.3 and later 20.x decode windows-1252 (and its WHATWG aliases latin1, iso-8859-1,
 * ascii) as ISO-8859-1, so that 0x92 is U+0092 instead of ’ (nodejs/node#60888): iconv-lite decodes
 * it where the platform does not. Its five undefined bytes are U+FFFD there, so errors for a fatal decoder.
 */
const PLATFORM_WINDOWS_1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x92)) === '\u2019';

/** A decoder for `label` (any label the platform's TextDecoder knows), or undefined when there is no such encoding. */
export function decoderFor(label: string, fatal = true): Decoder | undefined {
  let platform: TextDecoder;
  try {
    platform = new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return undefined;
  }
  if (platform.encoding !== 'windows-1252' || PLATFORM_WINDOWS_1252) return platform;
  return {
    encoding: platform.encoding,
    decode(bytes) {
      const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
      if (fatal && text.includes('\uFFFD')) throw new TypeError('The encoded data was not valid for encoding windows-1252');
      return text;
    },
  };
}

/** The canonical name of an encoding label (`latin1` → `windows-1252`, as the platform reads it). */
export function canonicalEncoding(label: string): string | undefined {
  return decoderFor(label)?.encoding;
}

/** A control character (U+0000–U+001F but tab, line feed and carriage return): no text document holds one, nor can XML. */
export function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/** How much of a file is looked at to tell what it is. */
const SAMPLE = 64 * 1024;

export type Guess =
  /** It decodes, whole, as this encoding (a canonical label TextDecoder takes). */
  | { kind: 'legacy'; encoding: string }
  | { kind: 'utf-16'; encoding: 'utf-16le' | 'utf-16be' }
  /** UTF-8 but for some bytes: legacy text hardly ever holds a well-formed multi-byte sequence. */
  | { kind: 'damaged-utf-8' }
  | { kind: 'binary'; offset: number };

/** What bytes that failed as UTF-8 (and carry no byte-order mark) are. */
export function guessEncoding(bytes: Uint8Array): Guess {
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { kind: 'utf-16', encoding: utf16 };
  const binary = bytes.findIndex(isControl);
  if (binary >= 0) return { kind: 'binary', offset: binary };
  if (holdsUtf8Sequence(sample)) return { kind: 'damaged-utf-8' };
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < 10) break;
    const encoding = canonicalEncoding(match.name);
    // UTF-8 and ASCII are what it just failed to be; multi-byte guesses must decode the whole file.
    if (!encoding || encoding === 'utf-8' || encoding.startsWith('utf-16') || encoding.startsWith('utf-32')) continue;
    if (LATIN_SCRIPT.has(encoding)) break;
    if (decodes(bytes, encoding)) return { kind: 'legacy', encoding };
  }
  // Western European text is by far the commonest legacy case, and chardet's statistics cannot tell
  // the Latin-script encodings apart on a few accented letters (it takes `café à la crème` for Latin-2).
  return { kind: 'legacy', encoding: 'windows-1252' };
}

/** Single-byte encodings of the Latin script, which a document's few accented letters cannot tell apart. */
const LATIN_SCRIPT = new Set([
  'windows-1252', 'windows-1250', 'windows-1254', 'windows-1257', 'windows-1258',
  'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16',
]);

/** UTF-16 text saved without a byte-order mark: ASCII characters with a NUL byte beside each. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i]!, bytes[2 * i + 1]!];
    if (b === 0 && a !== 0) le++;
    if (a === 0 && b !== 0) be++;
  }
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return undefined;
}

function holdsUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80 && sequenceLength(bytes, i) > 1) return true;
  }
  return false;
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    decoderFor(encoding)!.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
