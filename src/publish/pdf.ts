/**
 * The PDF print edition of TEI documents: xslt/tei-print.xsl makes HTML pages of them — the front
 * matter (title page, contents) and the documents in parts of `partSize` — the edition's print
 * stylesheet styles them, and the system's Chromium prints each through playwright-core, a part's
 * page numbers running on from the pages before it. pdf-join.ts joins the prints into one PDF. A
 * part is one page load: Chromium's memory and time grow faster than a page's documents, so a
 * book of any size is printed in bounded memory. The contents' page numbers come from the prints:
 * a first print of the front matter has them blank (their width is fixed, so the layout does not
 * move) and gives the parts' first page, pdf-lib reads the page each document's destination is on,
 * and a second print of the front matter writes them in.
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
  /** The documents printed in one page load; default {@link DEFAULT_PART_SIZE}. */
  partSize?: number;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Documents per print: a few hundred documents are a page Chromium lays out in well under a GB. */
export const DEFAULT_PART_SIZE = 150;
/** As the browser tests start it: no sandbox (root in CI), and no network that a closed machine refuses. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const INITIAL_TEMPLATE = 'Q{http://www.w3.org/1999/XSL/Transform}initial-template';
/** Rounds of printing until the contents' page numbers agree with the pages (the first normally does). */
const MAX_ROUNDS = 3;

/** No browser to print with: the message says what to install. */
export class NoBrowserError extends Error {
  constructor(path: string) {
    super(`no Chromium at ${path}: the PDF is printed by Chromium; install it (Debian: apt-get install chromium) or pass its path`);
    this.name = 'NoBrowserError';
  }
}

/** What tei-print.xsl returns for a part of the documents. */
interface PartPage {
  html: string;
  labels: string[];
  volumes: string[];
  lang: string;
}

/** A part of the book, its page written to `file` to be printed. */
interface Part {
  file: string;
  names: string[];
  labels: string[];
  volumes: string[];
  lang: string;
}

let stylesheet: unknown;

/** The PDF of `inputs` (TEI strings or files), in memory. */
export async function makePdf(inputs: readonly BookInput[], options: PdfOptions = {}): Promise<Book> {
  const partSize = options.partSize ?? DEFAULT_PART_SIZE;
  if (!Number.isInteger(partSize) || partSize < 1) throw new RangeError(`partSize is a whole number of documents, at least 1, not ${partSize}`);
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new NoBrowserError(executablePath);
  const { documents, diagnostics } = await readBook(inputs);
  stylesheet ??= loadCompiled('tei-print');
  const css = `${readAsset('edition.css')}\n${readAsset('print.css')}`;
  const { chromium } = await import('playwright-core');
  const { joinPrints, readPrint } = await import('./pdf-join.js');

  const profile = mkdtempSync(join(tmpdir(), 'tei-telegram-pdf-'));
  let context: BrowserContext | undefined;
  try {
    // Each part's page is made once, before any print: the front matter lists the documents the
    // parts kept, and a part's page does not depend on where its numbers start.
    const parts: Part[] = [];
    for (let start = 0; start < documents.length; start += partSize) {
      const { kept, result } = transformAccepted(documents.slice(start, start + partSize), (chosen) => partPage(chosen, css, options), 'tei-print', diagnostics);
      if (kept.length === 0) continue;
      const file = join(profile, `part-${parts.length + 1}.html`);
      writeFileSync(file, result.html);
      parts.push({ file, names: kept.map((d) => d.name), labels: result.labels, volumes: result.volumes, lang: result.lang });
    }
    const names = parts.flatMap((p) => p.names);

    context = await chromium.launchPersistentContext(join(profile, 'profile'), { executablePath, headless: true, args: CHROMIUM_ARGS });
    // The pages are the book alone: nothing is fetched from anywhere.
    await context.route(/^(?!file:)/, (route) => route.abort());
    const browser = context;
    /** Prints a page whose first page is numbered `first`; a fresh tab each, so a part's memory goes with it. */
    const print = async (file: string, first: number): Promise<Uint8Array> => {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(file).href, { timeout: 0 });
        if (first > 1) await page.addStyleTag({ content: `html { counter-reset: page ${first - 1}; }` });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      } finally {
        await page.close();
      }
    };
    const frontFile = join(profile, 'front.html');
    const printFront = (pages: readonly number[]) => {
      writeFileSync(frontFile, frontPage(parts, css, options, pages));
      return print(frontFile, 1);
    };

    let listed: readonly number[] = names.map(() => 0);
    let front = await printFront(listed);
    for (let round = 1; ; round++) {
      const frontPages = (await readPrint(front, [])).pages;
      const prints: Uint8Array[] = [];
      const starts: number[] = [];
      let next = frontPages + 1;
      for (const part of parts) {
        const bytes = await print(part.file, next);
        const read = await readPrint(bytes, part.names);
        starts.push(...read.starts.map((page) => next - 1 + page));
        next += read.pages;
        prints.push(bytes);
      }
      const agreed = starts.every((page, i) => page === listed[i]);
      if (!agreed) {
        listed = starts;
        front = await printFront(listed);
      }
      if (agreed || (await readPrint(front, [])).pages === frontPages) {
        return { bytes: await joinPrints([front, ...prints]), documents: names.length, diagnostics };
      }
      if (round === MAX_ROUNDS) throw new Error(`the contents' page numbers did not settle after ${MAX_ROUNDS} rounds of printing`);
    }
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Writes the PDF of `inputs` to `path` atomically (never half a file). */
export async function writePdf(inputs: readonly BookInput[], path: string, options: PdfOptions = {}): Promise<Book> {
  return writeBookFile(await makePdf(inputs, options), path);
}

function partPage(documents: readonly BookDocument[], css: string, options: PdfOptions): PartPage {
  return printStylesheet({ part: 'documents', documents: documents.map((d) => d.source), names: documents.map((d) => d.name) }, css, options) as PartPage;
}

/** The title page and contents of the parts' documents; `pages`: each one's first page, 0 for blank. */
function frontPage(parts: readonly Part[], css: string, options: PdfOptions, pages: readonly number[]): string {
  return printStylesheet({
    part: 'front',
    names: parts.flatMap((p) => p.names),
    labels: parts.flatMap((p) => p.labels),
    volumes: parts.flatMap((p) => p.volumes),
    lang: parts[0]?.lang ?? 'en',
    pages: pages.map((page) => (page > 0 ? String(page) : '')),
  }, css, options) as string;
}

/** One run of tei-print.xsl: the part's own parameters, and the book's title and print CSS that every part shares. */
function printStylesheet(params: Record<string, unknown>, css: string, options: PdfOptions): unknown {
  return SaxonJS.transform({
    stylesheetInternal: stylesheet,
    initialTemplate: INITIAL_TEMPLATE,
    destination: 'raw',
    stylesheetParams: { ...params, title: options.title ?? '', 'print-css': css },
  }).principalResult;
}
