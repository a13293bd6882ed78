/**
 * The PDF print edition of TEI documents: xslt/tei-print.xsl makes one HTML page of them (title
 * page, contents, each document on pages of its own with its running head, notes at its end, page
 * markers kept), the edition's print stylesheet styles it, and the system's Chromium prints it
 * through playwright-core. The contents' page numbers come from the printed PDF: a first print has
 * them blank (their width is fixed, so the layout does not move), pdf-lib reads the page each
 * document's link destination is on, and a second print writes them in.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import SaxonJS from 'saxon-js';
import { readBook, transformAccepted, writeBookFile, type Book, type BookDocument, type BookInput } from './book.js';
import { loadCompiled, readAsset } from './stylesheets.js';

export interface PdfOptions {
  /** The book's title; default: the volume titles the headers give, else "Documents". */
  title?: string;
  /** The Chromium to print with; default /usr/bin/chromium (Debian's package `chromium`). */
  executablePath?: string;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** As the browser tests start it: no sandbox (root in CI), and no network that a closed machine refuses. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const INITIAL_TEMPLATE = 'Q{http://www.w3.org/1999/XSL/Transform}initial-template';
/** Prints until the contents' page numbers agree with the pages (the second print normally does). */
const MAX_PRINTS = 3;

/** No browser to print with: the message says what to install. */
export class NoBrowserError extends Error {
  constructor(path: string) {
    super(`no Chromium at ${path}: the PDF is printed by Chromium; install it (Debian: apt-get install chromium) or pass its path`);
    this.name = 'NoBrowserError';
  }
}

let stylesheet: unknown;

/** The PDF of `inputs` (TEI strings or files), in memory. */
export async function makePdf(inputs: readonly BookInput[], options: PdfOptions = {}): Promise<Book> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new NoBrowserError(executablePath);
  const { documents, diagnostics } = await readBook(inputs);
  stylesheet ??= loadCompiled('tei-print');
  const css = `${readAsset('edition.css')}\n${readAsset('print.css')}`;
  const { kept } = transformAccepted(documents, (chosen) => printHtml(chosen, css, options, []), 'tei-print', diagnostics);
  const html = (pages: string[]) => printHtml(kept, css, options, pages);

  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'tei-telegram-pdf-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(profile, 'profile'), { executablePath, headless: true, args: CHROMIUM_ARGS });
    // The page is the book alone: nothing is fetched from anywhere.
    await context.route(/^(?!file:)/, (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    const print = async (pages: string[]): Promise<Uint8Array> => {
      const file = join(profile, 'book.html');
      writeFileSync(file, html(pages));
      await page.goto(pathToFileURL(file).href, { timeout: 0 });
      return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    };
    let pages = kept.map(() => '');
    let bytes = await print(pages);
    for (let prints = 1; prints < MAX_PRINTS; prints++) {
      const found = await startPages(bytes, kept.map((d) => d.name));
      if (found.every((n, i) => n === pages[i])) break;
      pages = found;
      bytes = await print(pages);
    }
    return { bytes, documents: kept.length, diagnostics };
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Writes the PDF of `inputs` to `path` atomically (never half a file). */
export async function writePdf(inputs: readonly BookInput[], path: string, options: PdfOptions = {}): Promise<Book> {
  return writeBookFile(await makePdf(inputs, options), path);
}

function printHtml(documents: readonly BookDocument[], css: string, options: PdfOptions, pages: string[]): string {
  return SaxonJS.transform({
    stylesheetInternal: stylesheet,
    initialTemplate: INITIAL_TEMPLATE,
    destination: 'raw',
    stylesheetParams: {
      documents: documents.map((d) => d.source),
      names: documents.map((d) => d.name),
      title: options.title ?? '',
      'print-css': css,
      pages,
    },
  }).principalResult as string;
}

/** The page (1-based, as printed) each named destination — a document's section — is on. */
async function startPages(bytes: Uint8Array, names: readonly string[]): Promise<string[]> {
  const { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  return names.map((name) => {
    const target = dests?.lookupMaybe(PDFName.of(name), PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page === undefined) throw new Error(`the printed PDF has no destination for the document ${name}`);
    return String(page);
  });
}
