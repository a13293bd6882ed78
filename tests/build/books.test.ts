/**
 * `tei-telegram build … --epub FILE --pdf FILE` as users run it: one book of every document the
 * build wrote, in the report's order; the documents that failed are not in it and make exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtTei } from '../../src/build/books.js';
import { archiveCopy, runCli, scratch } from './helpers.js';


const hasChromium = existsSync('/usr/bin/chromium');

describe('tei-telegram build --epub --pdf', () => {
  it("writes an EPUB of the built documents in the report's order", async () => {
    const out = scratch('books');
    const epub = join(out, 'archive.epub');
    const run = await runCli(['build', archiveCopy(), '--out', out, '--epub', epub, '--book-title', 'Fixture archive']);
    // The archive holds bad files (empty, binary): those fail, the book is made of the others.
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { files: { name: string; outputs: string[] }[] };
    const built = report.files.filter((f) => f.outputs.some((o) => o.endsWith('.xml'))).map((f) => f.name);
    expect(built.length).toBeGreaterThan(2);
    expect(builtTei(join(out, 'report.json'))).toEqual(built.map((name) => join(out, `${name}.xml`)));
    expect(run.stderr).toContain(`epub: ${epub} (${built.length} documents)`);
    const files = unzipSync(readFileSync(epub));
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain('<dc:title>Fixture archive</dc:title>');
    const spine = [...opf.matchAll(/<itemref idref="c-([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(built);
  }, 180_000);

  it('refuses to write a book over an input, and says so', async () => {
    const out = scratch('books-over');
    const input = archiveCopy();
    const run = await runCli(['build', input, '--out', out, '--epub', join(out, 'report.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no EPUB: refusing to write the EPUB over .*report\.json/);
  }, 180_000);

  it.skipIf(!hasChromium)('writes a PDF of the built documents', async () => {
    const out = scratch('books-pdf');
    const pdf = join(out, 'archive.pdf');
    const run = await runCli(['build', archiveCopy(), '--out', out, '--pdf', pdf]);
    expect(run.stderr).toMatch(/pdf: .*archive\.pdf \(\d+ documents\)/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
