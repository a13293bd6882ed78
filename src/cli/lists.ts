/** `--persons FILE` and `--terms FILE`, shared by encode and build: read once, strictly decoded. */
import { decodeText } from '../build/decode-text.js';
import type { NameLists } from '../model/names.js';
import { readLists, type ListSource } from '../encode/names/index.js';
import { printDiagnostics, readInput } from './io.js';

export interface ListOptions {
  persons?: string;
  terms?: string;
}

/** The lists the options name, or undefined when none is given; the readers' notes go to stderr. */
export async function loadLists(options: ListOptions): Promise<NameLists | undefined> {
  if (!options.persons && !options.terms) return undefined;
  const source = async (path: string | undefined): Promise<ListSource | undefined> =>
    path ? { text: decodeText(await readInput(path), path), file: path } : undefined;
  const { lists, diagnostics } = readLists({ persons: await source(options.persons), terms: await source(options.terms) });
  printDiagnostics(diagnostics);
  return lists;
}

export const PERSONS_HELP = "the volume's list of persons: TEI (entries with xml:id) or text, one entry a line";
export const TERMS_HELP = "the volume's list of abbreviations and terms: TEI or text, one entry a line";
