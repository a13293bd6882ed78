/**
 * The EPUB 3 book of TEI documents: one content document per TEI document, in order, a title page,
 * a navigation document (contents from the documents' numbers and headings, a page-list of the
 * print pages) and the package document — all written by xslt/tei-epub.xsl through saxon-js from
 * the HTML edition — zipped by fflate with `mimetype` first and stored, as OCF requires.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import SaxonJS from 'saxon-js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readBook, transformAccepted, writeBookFile, type Book, type BookDocument, type BookInput } from './book.js';
import { loadCompiled, readAsset } from './stylesheets.js';

export interface EpubOptions {
  /** The book's title; default: the volume titles the headers give, else "Documents". */
  title?: string;
  /** The unique identifier; default: a urn:uuid made from the documents, the same for the same book. */
  identifier?: string;
  /** dcterms:modified; default: now. */
  modified?: Date;
}

interface EpubParts {
  chapters: { name: string; xhtml: string }[];
  title: string;
  nav: string;
  opf: string;
}

const INITIAL_TEMPLATE = 'Q{http://www.w3.org/1999/XSL/Transform}initial-template';
const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

let stylesheet: unknown;

/** The EPUB of `inputs` (TEI strings or files), in memory. */
export async function makeEpub(inputs: readonly BookInput[], options: EpubOptions = {}): Promise<Book> {
  const { documents, diagnostics } = await readBook(inputs);
  stylesheet ??= loadCompiled('tei-epub');
  const parts = transformBook(documents, diagnostics, options);
  const files: Zippable = {
    // First and stored: a reading system finds the type at a fixed offset.
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(parts.opf),
    'OEBPS/nav.xhtml': strToU8(parts.nav),
    'OEBPS/title.xhtml': strToU8(parts.title),
    'OEBPS/epub.css': strToU8(readAsset('epub.css')),
  };
  for (const chapter of parts.chapters) files[`OEBPS/${chapter.name}.xhtml`] = strToU8(chapter.xhtml);
  // A fixed time in the entries, so the same book is the same bytes (the package's modified date aside).
  const bytes = zipSync(files, { level: 9, mtime: new Date('1980-01-01T00:00:00Z') });
  return { bytes, documents: parts.chapters.length, diagnostics };
}

/** Writes the EPUB of `inputs` to `path` atomically (never half a file). */
export async function writeEpub(inputs: readonly BookInput[], path: string, options: EpubOptions = {}): Promise<Book> {
  return writeBookFile(await makeEpub(inputs, options), path);
}

/** One transform for the whole book, over the documents the stylesheet accepts. */
function transformBook(documents: BookDocument[], diagnostics: Diagnostic[], options: EpubOptions): EpubParts {
  const run = (chosen: BookDocument[]): EpubParts =>
    SaxonJS.transform({
      stylesheetInternal: stylesheet,
      initialTemplate: INITIAL_TEMPLATE,
      destination: 'raw',
      stylesheetParams: {
        documents: chosen.map((d) => d.source),
        names: chosen.map((d) => d.name),
        title: options.title ?? '',
        identifier: options.identifier ?? bookIdentifier(chosen),
        modified: (options.modified ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
      },
    }).principalResult as EpubParts;
  return transformAccepted(documents, run, 'tei-epub', diagnostics).result;
}

/** A name-based UUID (version 5 layout) of the documents' names in order: the same book keeps its identifier. */
function bookIdentifier(documents: readonly BookDocument[]): string {
  const hash = createHash('sha1').update(documents.map((d) => d.name).join('\n')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
