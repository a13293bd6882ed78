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
  // Offsets in `text` map to original offsets: dropped characters (BOM, the CR of CRLF) shift them.
  const kept: number[] = [];
  let out = '';
  for (let i = hasBom ? 1 : 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\r') {
      if (input[i + 1] === '\n') continue;
      out += '\n';
    } else if (c === '\t') {
      out += ' ';
    } else {
      out += c;
    }
    kept.push(i);
  }
  const lines = new LineIndex(input);
  return {
    text: out,
    position(offset: number): Position {
      const original = kept[Math.min(offset, kept.length - 1)] ?? 0;
      const at = lines.position(original);
      // A BOM is invisible to editors: columns on the first line count from after it.
      if (hasBom && at.line === 1) return { line: 1, column: at.column - 1 };
      return at;
    },
  };
}
