// The PDF print edition, read back with poppler (pdftotext, pdfinfo) and pdf-lib: every document,
// note and page marker in order, the contents' page numbers, running heads, links that resolve —
// for the book printed whole and printed in parts of one document (each part its own print, joined).
// Skipped with a notice without /usr/bin/chromium or poppler-utils.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
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
  /** The page poppler resolves each named destination to. */
  const dests = () => new Map([...execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' }).matchAll(/^\s*(\d+) \[.*\] "(.*)"$/gm)]
    .map((m) => [m[2]!, Number(m[1])]));
  const info = (...args: string[]) => execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
  return { text, pages, dests, info };
}

/** The outline's entries, depth-first: title and the page (1-based) its destination is on. */
async function outlineOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const entries: string[] = [];
  const walk = (item: unknown, depth: number): void => {
    for (let ref = item; ref instanceof PDFRef;) {
      const dict = pdf.context.lookup(ref, PDFDict);
      const dest = dict.lookup(PDFName.of('Dest'));
      const page = dest instanceof PDFArray ? pageOf.get(dest.get(0).toString()) : undefined;
      entries.push(`${'  '.repeat(depth)}${dict.lookup(PDFName.of('Title'), PDFHexString, PDFString).decodeText()} → ${page}`);
      walk(dict.get(PDFName.of('First')), depth + 1);
      ref = dict.get(PDFName.of('Next'));
    }
  };
  walk(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')), 0);
  return entries;
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

  it('refuses a part that is no whole number of documents', async () => {
    for (const partSize of [0, 1.5, Number.NaN]) await expect(makePdf(fixtureBook, { partSize })).rejects.toThrow(RangeError);
  });
});

const printings = [
  { printed: 'whole', options: {} },
  { printed: 'in parts of one document', options: { partSize: 1 } },
] as const;

describe.skipIf(!hasChromium || !hasPoppler).each(printings)('the PDF of the fixture documents, printed $printed', ({ printed, options }) => {
  let book: Book;
  let pdf: ReturnType<typeof poppler>;
  const teis = fixtureBook.map((f) => readFileSync(f, 'utf8'));
  const labels = teis.map((tei) => {
    const { facts } = edition(tei);
    return squash(`${facts.number ? `${facts.number}. ` : ''}${facts.heading}`);
  });

  beforeAll(async () => {
    book = await makePdf(fixtureBook, { title: 'Three Documents', ...options });
    pdf = poppler(book, `fixtures-${options.partSize ?? 'whole'}`);
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

  it('numbers every page but the title page, one on from the page before', () => {
    expect(squash(pdf.text(1))).not.toMatch(/\d$/);
    for (let page = 2; page <= pdf.pages; page++) {
      expect(squash(pdf.text(page)).endsWith(` ${page}`), `page ${page}: …${squash(pdf.text(page)).slice(-40)}`).toBe(true);
    }
  });

  it("resolves each contents link to the document's first page, the page the contents give", () => {
    const dests = pdf.dests();
    const names = fixtureBook.map((file) => basename(file, '.xml'));
    expect(names.map((name) => dests.get(name))).toEqual(listedPages());
    // Each note reference and its note on a page of their document.
    const starts = listedPages();
    names.forEach((name, i) => {
      const own = [...dests].filter(([dest]) => dest.startsWith(`${name}-`));
      expect(own.length).toBeGreaterThan(0);
      for (const [dest, page] of own) {
        expect(page, dest).toBeGreaterThanOrEqual(starts[i]!);
        expect(page, dest).toBeLessThan(starts[i + 1] ?? pdf.pages + 1);
      }
    });
  });

  it('is tagged, with one structure tree and an outline of every document', async () => {
    expect(pdf.info()).toMatch(/^Tagged:\s+yes$/m);
    const structure = pdf.info('-struct');
    expect(structure.match(/^Document$/gm)).toHaveLength(1);
    expect(structure.match(/^\s+Link /gm)?.length).toBeGreaterThanOrEqual(teis.length);
    const outline = (await outlineOf(book.bytes)).filter((entry) => !entry.startsWith(' '));
    expect(outline).toEqual(['Three Documents → 1', ...labels.map((label, i) => expect.stringMatching(new RegExp(`^${label.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* → ${listedPages()[i]}$`)))]);
  });

  it.runIf(printed !== 'whole')('prints the same pages as the book printed whole', async () => {
    const whole = poppler(await makePdf(fixtureBook, { title: 'Three Documents' }), 'fixtures-compared');
    expect(pdf.pages).toBe(whole.pages);
    expect(pdf.text()).toBe(whole.text());
    expect([...pdf.dests()].sort()).toEqual([...whole.dests()].sort());
  }, 120_000);
});

describe.skipIf(!hasChromium || !hasPoppler || goldTei.length === 0)("the PDF of the FRUS editors' TEI (dev corpus)", () => {
  it('prints every document in order, in parts of three', async () => {
    const chosen = goldTei.slice(0, 8);
    const book = await makePdf(chosen, { partSize: 3 });
    expect(book.diagnostics).toEqual([]);
    const text = squash(poppler(book, 'gold').text());
    const labels = chosen.map((f) => {
      const { facts } = edition(readFileSync(f, "utf8"));
      return squash(`${facts.number}. ${facts.heading}`).slice(0, 40);
    });
    expect(missingInOrder(text.slice(text.indexOf('Contents') + 2000), labels)).toEqual([]);
  }, 120_000);
});
