/** Reads one input document and computes the key that decides whether its outputs can be reused. */
import { readFile, stat } from 'node:fs/promises';
import { diagnostic, PositionedError } from '../model/diagnostic.js';
import { sha256 } from './fingerprint.js';

/** A plain-text FRUS document is a few kilobytes; anything this large is not one. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export interface InputBytes {
  bytes: Uint8Array;
  /** sha256 of the bytes, the tool, and the names diagnostics give the input and its TEI. */
  key: string;
}

export async function readInput(path: string, labels: { input: string; xml: string }, tool: string): Promise<InputBytes> {
  const { size } = await stat(path);
  if (size > MAX_INPUT_BYTES) {
    throw new PositionedError(diagnostic(labels.input, { line: 1, column: 1 }, 'error', 'input-too-large',
      `the input is ${size} bytes; a document is expected to be under ${MAX_INPUT_BYTES}`));
  }
  const bytes = await readFile(path);
  // The labels are in the key because they are in the diagnostics the manifest keeps.
  return { bytes, key: sha256(bytes, tool, labels.input, labels.xml) };
}
