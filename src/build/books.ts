/**
 * The books a build can end with (`--epub FILE`, `--pdf FILE`): every TEI file the build wrote, in
 * the order of its report (the build's document order), made into one EPUB or PDF by the publish
 * stage. No book is written over an input.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { sameFile } from '../model/input.js';
import { writeEpub } from '../publish/epub.js';
import { writePdf } from '../publish/pdf.js';
import type { FileReport } from './report.js';

export type BookFormat = 'epub' | 'pdf';

export interface BookOutcome {
  format: BookFormat;
  path: string;
  documents: number;
  /** Documents left out of the book, one diagnostic each. */
  diagnostics: Diagnostic[];
}

/** The TEI files a build's report lists, in its order. */
export function builtTei(report: string): string[] {
  const { files } = JSON.parse(readFileSync(report, 'utf8')) as { files: FileReport[] };
  const out = dirname(report);
  return files.flatMap((file) => file.outputs.filter((output) => output.endsWith('.xml')).map((output) => join(out, output)));
}

/** Writes the book of the build whose report is `report` to `path`. */
export async function writeBook(format: BookFormat, report: string, path: string, title?: string): Promise<BookOutcome> {
  const tei = builtTei(report);
  const input = [report, ...tei].find((file) => sameFile(file, path));
  if (input) throw new Error(`refusing to write the ${format.toUpperCase()} over ${input}`);
  const book = format === 'epub' ? await writeEpub(tei, path, { title }) : await writePdf(tei, path, { title });
  return { format, path, documents: book.documents, diagnostics: book.diagnostics };
}
