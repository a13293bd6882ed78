// The PDF print edition, read back with poppler (pdftotext, pdfinfo) and pdf-lib: every document,
// note and page marker in order, the contents' page numbers, running heads, links that resolve.
// Skipped with a notice without /usr/bin/chromium or poppler-utils.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, makePdf, NoBrowserError } from '../../src/publish/pdf.js';
import type { Book } from '../../src/publish/book.js';
import { fixtureBook, goldTei, select } from './books.js';
import { edition, squash } from './helpers.js';

const hasChromium = existsSync(DEFAULT_CHROMIUM);
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
if (!hasChromium) console.warn(`PDF tests: ${DEFAULT_CHROMIUM} is absent; skipped`);
if (!hasPoppler) console.warn('PDF tests: pdftotext/pdfinfo (Debian package poppler-utils) are absent; skipped');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(book: Book, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, book.bytes);
  const text = (first?: number, last?: number) =>
    execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

/** The page markers and notes of a TEI document, as the PDF prints them, in order: markers in the text, then the notes. */
function expectedMarks(tei: string): string[] {
  const pages = select(tei, '//*:text//*:pb[@n] ! ("[Page " || @n || "]")');
  const notes = select(tei, '//*:text//*:note[not(ancestor::*:note)][not(@rend = "inline")] ! normalize-space(string-join(.//text()[not(ancestor::*:note[ancestor::*:note])]))');
  return [...pages, ...notes.map((n) => n.slice(0, 40))];
}

/** Each of `needles` occurs in `haystack` after the one before it; returns the ones that do not. */
function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) missing.push(needle);
    else from = at + needle.length;
  }
  return missing;
}

describe('without a browser', () => {
  it('says what to install', async () => {
    await expect(makePdf(fixtureBook, { executablePath: '/nonexistent/chromium' })).rejects.toThrow(NoBrowserError);
    await expect(makePdf(fixtureBook, { executablePath: '/nonexistent/chromium' })).rejects.toThrow(/apt-get install chromium/);
  });
});

describe.skipIf(!hasChromium || !hasPoppler)('the PDF of the fixture documents', () => {
  let book: Book;
  let pdf: ReturnType<typeof poppler>;
  const teis = fixtureBook.map((f) => readFileSync(f, 'utf8'));
  const labels = teis.map((tei) => {
    const { facts } = edition(tei);
    return squash(`${facts.number ? `${facts.number}. ` : ''}${facts.heading}`);
  });

  beforeAll(async () => {
    book = await makePdf(fixtureBook, { title: 'Three Documents' });
    pdf = poppler(book, 'fixtures');
  }, 120_000);

  it('has a title, a contents page and every document', () => {
    expect(book.documents).toBe(3);
    expect(book.diagnostics).toEqual([]);
    expect(pdf.text(1)).toContain('Three Documents');
    expect(pdf.text(2)).toContain('Contents');
  });

  /** The page the contents page lists for each document. */
  function listedPages(): number[] {
    const contents = squash(pdf.text(2));
    return labels.map((label) => {
      const start = label.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const listed = new RegExp(`${start}.*?(\\d+)(?: |$)`).exec(contents);
      expect(listed, label).not.toBeNull();
      return Number(listed![1]);
    });
  }

  it('lists each document on the contents page with the page its heading is on', () => {
    listedPages().forEach((page, i) => {
      const start = labels[i]!.slice(0, 40);
      expect(page).toBeGreaterThan(2);
      expect(page).toBeLessThanOrEqual(pdf.pages);
      // The page starts with the running head, then the document's heading.
      const text = squash(pdf.text(page));
      expect(text.startsWith(start), `page ${page}: ${text.slice(0, 80)}`).toBe(true);
      expect(text.indexOf(start, 1), `page ${page} has the heading`).toBeGreaterThan(0);
    });
  });

  it('prints each document with its page markers and notes, in order, on its own pages', () => {
    const starts = listedPages();
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    teis.forEach((tei, i) => {
      const body = squash(pdf.text(starts[i]!, (starts[i + 1] ?? pdf.pages + 1) - 1));
      const marks = expectedMarks(tei);
      expect(marks.length).toBeGreaterThan(0);
      expect(missingInOrder(body, marks), labels[i]).toEqual([]);
    });
  });

  it('numbers the pages and puts the running head on each page of a document', () => {
    const last = squash(pdf.text(pdf.pages));
    expect(last.endsWith(String(pdf.pages))).toBe(true);
    expect(last.startsWith(labels.at(-1)!.slice(0, 30))).toBe(true);
  });

  it('has links that resolve: contents, note references and back links', async () => {
    const document = await PDFDocument.load(book.bytes);
    const dests = document.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const names = new Set(dests.keys().map((k) => k.decodeText()));
    const targets = document.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? []).map((ref) => document.context.lookup(ref, PDFDict))
        .filter((a) => a.get(PDFName.of('Subtype'))?.toString() === '/Link')
        .map((a) => a.get(PDFName.of('Dest')))
        .filter((d): d is PDFName => d instanceof PDFName)
        .map((d) => d.decodeText());
    });
    const notes = teis.reduce((sum, tei) => sum + select(tei, '//*:text//*:note[not(ancestor::*:note)][not(@rend = ("inline", "unanchored"))]').length, 0);
    // A contents link per document, a reference and a back link per note.
    expect(targets.length).toBeGreaterThanOrEqual(teis.length + 2 * notes);
    expect(targets.filter((t) => !names.has(t))).toEqual([]);
  });
});

describe.skipIf(!hasChromium || !hasPoppler || goldTei.length === 0)("the PDF of the FRUS editors' TEI (dev corpus)", () => {
  it('prints every document in order', async () => {
    const chosen = goldTei.slice(0, 8);
    const book = await makePdf(chosen);
    expect(book.diagnostics).toEqual([]);
    const text = squash(poppler(book, 'gold').text());
    const labels = chosen.map((f) => {
      const { facts } = edition(readFileSync(f, "utf8"));
      return squash(`${facts.number}. ${facts.heading}`).slice(0, 40);
    });
    expect(missingInOrder(text.slice(text.indexOf('Contents') + 2000), labels)).toEqual([]);
  }, 120_000);
});
