/**
 * What the book outputs (EPUB, PDF) share: their inputs — TEI strings or files, in the book's order —
 * read by the one reader of input bytes and parsed once, a bad document set aside with its diagnostic
 * while the others go on; and each document's file name in the book.
 */
import { basename, extname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { XdmDocument } from 'saxon-js';
import { PositionedError, diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { decodeXml } from '../model/decode-xml.js';
import { readInputFile } from '../model/input.js';
import { parseTei } from './parse.js';

/** A TEI document given as text; `file` names it in diagnostics and gives its name in the book. */
export interface BookSource {
  tei: string;
  file?: string;
}

/** A document of the book: a TEI string, or the path of a TEI file. */
export type BookInput = BookSource | string;

/** A book made (EPUB or PDF): its bytes, how many documents it has, and those it left out. */
export interface Book {
  bytes: Uint8Array;
  /** The documents in the book. */
  documents: number;
  /** Documents left out (unreadable, not well-formed, refused by the stylesheet), one diagnostic each. */
  diagnostics: Diagnostic[];
}

export interface BookDocument {
  file: string;
  /** Its file name in the book: unique, an XML name (NCName). */
  name: string;
  source: XdmDocument;
}

export interface BookDocuments {
  documents: BookDocument[];
  /** Why documents were left out (unreadable, not well-formed), one each. */
  diagnostics: Diagnostic[];
}

/** Reads and parses every input, in order; one that cannot be read or parsed is left out and reported. */
export async function readBook(inputs: readonly BookInput[]): Promise<BookDocuments> {
  const documents: BookDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const file = typeof input === 'string' ? input : (input.file ?? `<input ${index + 1}>`);
    try {
      const tei = typeof input === 'string' ? decoded(await readInputFile(input), file) : input.tei;
      documents.push({ file, name: uniqueName(file, index, taken), source: parseTei(tei, file) });
    } catch (error) {
      if (!(error instanceof PositionedError)) throw error;
      diagnostics.push(error.diagnostic);
    }
  }
  return { documents, diagnostics };
}

function decoded(bytes: Uint8Array, file: string): string {
  const result = decodeXml(bytes, file);
  if ('error' in result) throw new PositionedError(result.error);
  return result.text;
}

/** `…/frus1977-80v26_d284.xml` is `frus1977-80v26_d284`; a name that is no NCName, or taken, gets a number. */
function uniqueName(file: string, index: number, taken: Set<string>): string {
  const stem = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]/g, '_');
  let name = /^[A-Za-z_]/.test(stem) ? stem : `d${index + 1}${stem ? `_${stem}` : ''}`;
  for (let n = index + 1; taken.has(name); n++) name = `${name}_${n}`;
  taken.add(name);
  return name;
}

/**
 * A book's transform over the documents its stylesheet accepts: the whole book when it transforms;
 * else each document is tried alone, one it refuses (a dynamic error) is left out with a diagnostic
 * naming the stylesheet, and the book is made of the others.
 */
export function transformAccepted<T>(
  documents: BookDocument[],
  transform: (chosen: BookDocument[]) => T,
  stylesheet: string,
  diagnostics: Diagnostic[],
): { kept: BookDocument[]; result: T } {
  try {
    return { kept: documents, result: transform(documents) };
  } catch {
    const kept = documents.filter((document) => {
      try {
        transform([document]);
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        diagnostics.push(diagnostic(document.file, { line: 1, column: 1 }, 'error', 'publish-transform', `${stylesheet}: ${message}`));
        return false;
      }
    });
    if (kept.length === documents.length) {
      throw new PositionedError(diagnostic('<book>', { line: 1, column: 1 }, 'error', 'publish-transform', `${stylesheet}: the book failed though each document alone succeeds`));
    }
    return { kept, result: transform(kept) };
  }
}

/** Writes a book's bytes to `path` atomically (never half a file). */
export async function writeBookFile(book: Book, path: string): Promise<Book> {
  await writeFileAtomic(path, Buffer.from(book.bytes.buffer, book.bytes.byteOffset, book.bytes.byteLength));
  return book;
}
