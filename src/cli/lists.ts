/** `--persons FILE` and `--terms FILE`, shared by encode and build: read once, by the model's one reader. */
import { decodeText } from '../model/decode-text.js';
import { decodeXml } from '../model/decode-xml.js';
import { PositionedError } from '../model/diagnostic.js';
import { readInputFile } from '../model/input.js';
import type { NameLists } from '../model/names.js';
import { readLists, type ListSource } from '../encode/names/index.js';
import { printDiagnostics } from './io.js';

export interface ListOptions {
  persons?: string;
  terms?: string;
}

/** A list file as text: XML (a TEI list) by its declaration or BOM, plain text otherwise. */
function listText(bytes: Uint8Array, file: string): string {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x3c) {
    const decoded = decodeXml(bytes, file);
    if ('error' in decoded) throw new PositionedError(decoded.error);
    return decoded.text;
  }
  return decodeText(bytes, file);
}

/** The lists the options name, or undefined when none is given; the readers' notes go to stderr. */
export async function loadLists(options: ListOptions): Promise<NameLists | undefined> {
  if (!options.persons && !options.terms) return undefined;
  const source = async (path: string | undefined): Promise<ListSource | undefined> =>
    path ? { text: listText(await readInputFile(path), path), file: path } : undefined;
  const { lists, diagnostics } = readLists({ persons: await source(options.persons), terms: await source(options.terms) });
  printDiagnostics(diagnostics);
  return lists;
}

export const PERSONS_HELP = "the volume's list of persons: TEI (entries with xml:id) or text, one entry a line";
export const TERMS_HELP = "the volume's list of abbreviations and terms: TEI or text, one entry a line";
