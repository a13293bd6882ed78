/**
 * What a build reads: one `NAME.txt`, or every `NAME.txt` directly in a folder, by name. Problems
 * that stop the whole build (nothing to read, output over the input) are BuildInputErrors.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sameFile } from '../model/input.js';

export class BuildInputError extends Error {
  override readonly name = 'BuildInputError';
}

export interface InputFile {
  /** The output base name: `NAME` of `NAME.txt`. */
  name: string;
  path: string;
}

export interface Inputs {
  /** A folder gets an index page and links between its documents; a single file does not. */
  kind: 'file' | 'folder';
  files: InputFile[];
}

const SOURCE = /\.txt$/i;
/**
 * A document named like this would overwrite one of the folder's index pages (index.html,
 * index-2.html, …; see layout.ts). Any `index-<digits>` is taken, and case is ignored, as some file
 * systems ignore it.
 */
const RESERVED = /^index(-\d+)?$/i;

export function listInputs(input: string, outDir: string): Inputs {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new BuildInputError(`${input}: no such file or folder`);
  }
  const folder = stats.isDirectory();
  const sourceDir = folder ? input : dirname(input);
  if (sameFile(sourceDir, outDir)) {
    throw new BuildInputError(
      `${outDir}: the output folder is the input folder, where NAME.txt editions would overwrite the inputs; choose another --out`,
    );
  }
  if (!folder) {
    if (!SOURCE.test(input)) throw new BuildInputError(`${input}: expected a plain-text document NAME.txt`);
    return { kind: 'file', files: [{ name: nameOf(input), path: input }] };
  }
  const files = readdirSync(input, { withFileTypes: true })
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && SOURCE.test(e.name))
    .map((e) => ({ name: nameOf(e.name), path: join(input, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!files.length) throw new BuildInputError(`${input}: the folder holds no NAME.txt documents`);
  return { kind: 'folder', files };
}

/** Whether a document's name is taken by the build's own pages. */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

function nameOf(file: string): string {
  return basename(file).replace(SOURCE, '');
}
