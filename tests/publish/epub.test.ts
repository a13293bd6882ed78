// The EPUB 3 book: container, package metadata, contents, page-list, notes linked both ways; and
// epubcheck (Debian package epubcheck) with no errors or warnings, skipped with a notice without it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/publish/book.js';
import { makeEpub } from '../../src/publish/epub.js';
import { fixtureBook, goldTei, select } from './books.js';
import './helpers.js';

const epubcheckJar = '/usr/share/java/epubcheck.jar';
const hasEpubcheck = existsSync(epubcheckJar);
if (!hasEpubcheck) console.warn(`EPUB tests: epubcheck (${epubcheckJar}, Debian package epubcheck) is absent; the epubcheck runs are skipped`);

const OPS = 'http://www.idpf.org/2007/ops';
const modified = new Date('2026-01-02T03:04:05Z');

function entries(book: Book): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(book.bytes)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** epubcheck's summary and messages; throws nothing, so the test shows what it said. */
function epubcheck(book: Book): string {
  const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
  const file = join(dir, 'book.epub');
  writeFileSync(file, book.bytes);
  try {
    return execFileSync('java', ['-jar', epubcheckJar, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the EPUB of the fixture documents', () => {
  let book: Book;
  let files: Record<string, string>;
  const names = ['frus1977-80v26_d284', 'structures', 'escaping'];

  beforeAll(async () => {
    book = await makeEpub(fixtureBook, { modified });
    files = entries(book);
  });

  it('starts with the mimetype entry, stored, as OCF requires', () => {
    const bytes = Buffer.from(book.bytes);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    expect(bytes.toString('latin1', 30, 38)).toBe('mimetype');
    expect(bytes.toString('latin1', 38, 58)).toBe('application/epub+zip');
    expect(select(files['META-INF/container.xml']!, '//*:rootfile/@full-path')).toEqual(['OEBPS/content.opf']);
  });

  it('has every document, in order, in the spine and the contents', () => {
    expect(book.documents).toBe(3);
    expect(book.diagnostics).toEqual([]);
    const opf = files['OEBPS/content.opf']!;
    const spine = select(opf, 'for $ref in //*:itemref/@idref return //*:item[@id = $ref]/@href');
    expect(spine).toEqual(['title.xhtml', 'nav.xhtml', ...names.map((n) => `${n}.xhtml`)]);
    const nav = files['OEBPS/nav.xhtml']!;
    const toc = select(nav, '//*:nav[@*:type = "toc"]//*:a/@href');
    expect(toc).toEqual(names.map((n) => `${n}.xhtml`));
    const labels = select(nav, '//*:nav[@*:type = "toc"]//*:a');
    expect(labels[0]).toMatch(/^284\. Telegram From the Department of State to the Mission to the North Atlantic/);
    for (const [i, name] of names.entries()) {
      expect(select(files[`OEBPS/${name}.xhtml`]!, '/*:html/*:head/*:title')).toEqual([labels[i]]);
    }
  });

  it('names language, identifiers, dates and sources in the package metadata', () => {
    const opf = files['OEBPS/content.opf']!;
    const id = select(opf, '/*:package/@unique-identifier')[0];
    const identifier = select(opf, '//*:identifier[@id = $id]', { id })[0];
    expect(identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(select(opf, '//*:language')).toEqual(['en']);
    expect(select(opf, '//*:meta[@property = "dcterms:modified"]')).toEqual(['2026-01-02T03:04:05Z']);
    const sources = select(opf, '//*:source');
    expect(sources).toHaveLength(3);
    expect(sources[0]).toBe('frus1977-80v26_d284: National Archives, RG 59, Central Foreign Policy File, D780001–0958');
    expect(select(opf, '//*:coverage')[0]).toMatch(/^\d{4}-\d\d-\d\d/);
  });

  it('is titled by the volume the header names (the facts the index and the citation read)', () => {
    // Two fixtures name no volume; the seed's header names its series and volume.
    expect(select(files['OEBPS/content.opf']!, '//*:title')).toEqual(['Foreign Relations of the United States, 1977–80, Volume XXVI']);
  });

  it('keeps its identifier for the same documents and takes a given title', async () => {
    const again = entries(await makeEpub(fixtureBook, { modified, title: 'Three Documents' }));
    const identifier = (opf: string) => select(opf, '//*:identifier')[0];
    expect(identifier(again['OEBPS/content.opf']!)).toBe(identifier(files['OEBPS/content.opf']!));
    expect(select(again['OEBPS/content.opf']!, '//*:title')).toEqual(['Three Documents']);
    expect(select(again['OEBPS/title.xhtml']!, '//*:h1')).toEqual(['Three Documents']);
  });

  it('lists every page marker of the TEI in the page-list, in order, pointing at a page break', () => {
    const expected = fixtureBook.flatMap((file, i) =>
      select(readFileSync(file, 'utf8'), '//*:pb/@n').map((n) => ({ name: names[i]!, n })));
    expect(expected.length).toBeGreaterThan(3);
    const nav = files['OEBPS/nav.xhtml']!;
    const hrefs = select(nav, '//*:nav[@*:type = "page-list"]//*:a/@href');
    expect(select(nav, '//*:nav[@*:type = "page-list"]//*:a')).toEqual(expected.map((e) => e.n));
    hrefs.forEach((href, i) => {
      const [file, id] = href.split('#');
      expect(file).toBe(`${expected[i]!.name}.xhtml`);
      const breaks = select(files[`OEBPS/${file}`]!, '//*[@id = $id][@*[local-name() = "type" and namespace-uri() = $ops] = "pagebreak"]/@title', { id, ops: OPS });
      expect(breaks).toEqual([expected[i]!.n]);
    });
  });

  it('links every note reference to its footnote and back', () => {
    for (const [i, name] of names.entries()) {
      const xhtml = files[`OEBPS/${name}.xhtml`]!;
      const notes = select(readFileSync(fixtureBook[i]!, 'utf8'), '//*:text//*:note[not(ancestor::*:note)][not(@rend = ("inline", "unanchored"))]');
      const refs = select(xhtml, '//*:a[@*[local-name() = "type"] = "noteref"]/@href');
      expect(refs).toHaveLength(notes.length);
      for (const href of refs) {
        const id = href.slice(1);
        const asides = select(xhtml, '//*:aside[@id = $id][@*[local-name() = "type"] = "footnote"]//*:a[@role = "doc-backlink"]/@href', { id });
        expect(asides).toHaveLength(1);
        expect(select(xhtml, '//*:a[@id = $back]/@href', { back: asides[0]!.slice(1) })).toEqual([href]);
      }
    }
  });

  it('leaves out a document that is not well-formed, with its position, and keeps the others', async () => {
    const withBad = await makeEpub([fixtureBook[0]!, { tei: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>', file: 'bad.xml' }, fixtureBook[1]!], { modified });
    expect(withBad.documents).toBe(2);
    expect(withBad.diagnostics).toHaveLength(1);
    expect(withBad.diagnostics[0]).toMatchObject({ file: 'bad.xml', severity: 'error', rule: 'publish-xml' });
  });

  it.skipIf(!hasEpubcheck)('passes epubcheck with no errors or warnings', () => {
    const report = epubcheck(book);
    expect(report).toContain('No errors or warnings detected');
  });
});

describe.skipIf(!hasEpubcheck || goldTei.length === 0)("the EPUB of the FRUS editors' TEI (dev corpus)", () => {
  it('has every document and passes epubcheck with no errors or warnings', async () => {
    const book = await makeEpub(goldTei, { modified });
    expect(book.diagnostics).toEqual([]);
    expect(book.documents).toBe(goldTei.length);
    expect(epubcheck(book)).toContain('No errors or warnings detected');
  }, 120_000);
});

