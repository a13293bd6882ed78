/**
 * The input as the encoder sees it: line ends unified and a BOM dropped, with a map back to the
 * user's own file so that every diagnostic names the line and column the user sees.
 */
import { LineIndex, type Position } from '../model/diagnostic.js';

export interface SourceText {
  /** The text with `\n` line ends, no BOM, tabs as spaces. Same length as `original` less removed CRs/BOM. */
  readonly text: string;
  /** Position in the user's file of an offset in `text`. */
  position(offset: number): Position;
}

export function readSource(input: string): SourceText {
  const hasBom = input.charCodeAt(0) === 0xfeff;
  const lines = new LineIndex(input);
  const locate = (original: number): Position => {
    const at = lines.position(original);
    // A BOM is invisible to editors: columns on the first line count from after it.
    return hasBom && at.line === 1 ? { line: 1, column: at.column - 1 } : at;
  };
  if (!hasBom && !/[\r\t]/.test(input)) return { text: input, position: locate };
  // Offsets in `text` map to original offsets: dropped characters (BOM, the CR of CRLF) shift them.
  const kept = new Int32Array(input.length);
  const parts: string[] = [];
  let length = 0;
  for (let i = hasBom ? 1 : 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\r' && input[i + 1] === '\n') continue;
    parts.push(c === '\r' ? '\n' : c === '\t' ? ' ' : c);
    kept[length++] = i;
  }
  return {
    text: parts.join(''),
    position: (offset) => locate(length ? kept[Math.min(offset, length - 1)]! : 0),
  };
}
