/**
 * What a build reads: one `NAME.txt` (plain text, encoded) or `NAME.xml` (anyone's TEI, copied), or
 * every one of them directly in a folder, by name. A folder is built from one kind only, never both
 * for one name: its `NAME.txt` files when it has any, else its `NAME.xml` files, unless `from`
 * says which. Problems that stop the whole build (nothing to read, output over the input) are
 * BuildInputErrors.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sameFile } from '../model/input.js';

export class BuildInputError extends Error {
  override readonly name = 'BuildInputError';
}

/** `text`: a plain-text document the build encodes; `tei`: a TEI file it validates and copies. */
export type InputKind = 'text' | 'tei';

export interface InputFile {
  /** The output base name: `NAME` of `NAME.txt` or `NAME.xml`. */
  name: string;
  path: string;
  kind: InputKind;
}

export interface Inputs {
  /** A folder gets an index page and links between its documents; a single file does not. */
  kind: 'file' | 'folder';
  files: InputFile[];
}

const EXTENSION: Record<InputKind, RegExp> = { text: /\.txt$/i, tei: /\.xml$/i };
const DESCRIBED: Record<InputKind, string> = { text: 'NAME.txt', tei: 'NAME.xml' };
/**
 * A document named like this would overwrite one of the folder's index pages (index.html,
 * index-2.html, …; see layout.ts). Any `index-<digits>` is taken, and case is ignored, as some file
 * systems ignore it.
 */
const RESERVED = /^index(-\d+)?$/i;

export function listInputs(input: string, outDir: string, from?: InputKind): Inputs {
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
      `${outDir}: the output folder is the input folder, where the outputs (NAME.xml, NAME.txt) would overwrite the inputs; choose another --out`,
    );
  }
  if (!folder) {
    const kind = kindOf(input);
    if (!kind || (from && kind !== from)) {
      throw new BuildInputError(`${input}: expected ${from ? `a ${DESCRIBED[from]}` : 'a plain-text document NAME.txt or a TEI file NAME.xml'}`);
    }
    return { kind: 'file', files: [{ name: nameOf(input, kind), path: input, kind }] };
  }
  const entries = readdirSync(input, { withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink());
  const named = (kind: InputKind): InputFile[] => entries
    .filter((e) => EXTENSION[kind].test(e.name))
    .map((e) => ({ name: nameOf(e.name, kind), path: join(input, e.name), kind }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const text = from === 'tei' ? [] : named('text');
  const files = text.length || from === 'text' ? text : named('tei');
  if (!files.length) {
    throw new BuildInputError(`${input}: the folder holds no ${from ? DESCRIBED[from] : 'NAME.txt or NAME.xml'} documents`);
  }
  return { kind: 'folder', files };
}

/** How a file is read, by its name. */
function kindOf(path: string): InputKind | undefined {
  return EXTENSION.text.test(path) ? 'text' : EXTENSION.tei.test(path) ? 'tei' : undefined;
}

/** Whether a document's name is taken by the build's own pages. */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

function nameOf(file: string, kind: InputKind): string {
  return basename(file).replace(EXTENSION[kind], '');
}
