#!/usr/bin/env node
// Remakes docs/screenshots/{epub,pdf}-*.png (dist/, after `npm run build`) from a built folder's TEI
// (default /tmp/devbuild, e.g. `node bin/tei-telegram.js build ../shared/corpus/dev --out /tmp/devbuild`),
// in the report's order: the EPUB's contents and first document rendered in Chromium, the PDF's
// contents page and first document page rendered by poppler's pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = process.argv[2] ?? '/tmp/devbuild';
const { builtTei } = await import('../dist/build/books.js');
const { makeEpub } = await import('../dist/publish/epub.js');
const { makePdf, DEFAULT_CHROMIUM } = await import('../dist/publish/pdf.js');
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'book-screenshots-'));

const tei = builtTei(join(built, 'report.json'));
const epub = unzipSync((await makeEpub(tei)).bytes);
for (const [name, bytes] of Object.entries(epub)) {
  mkdirSync(dirname(join(work, name)), { recursive: true });
  writeFileSync(join(work, name), bytes);
}
const first = /<itemref idref="c-([^"]+)"/.exec(strFromU8(epub['OEBPS/content.opf']))[1];
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: DEFAULT_CHROMIUM, headless: true, viewport: { width: 600, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await context.route(/^(?!file:)/, (route) => route.abort());
const page = context.pages()[0] ?? (await context.newPage());
for (const [file, shot] of [['nav.xhtml', 'epub-contents.png'], [`${first}.xhtml`, 'epub-document.png']]) {
  await page.goto(pathToFileURL(join(work, 'OEBPS', file)).href);
  await page.screenshot({ path: join(out, shot) });
}
await context.close();

const pdf = join(work, 'book.pdf');
writeFileSync(pdf, (await makePdf(tei)).bytes);
const contents = 2;
const firstDocument = Number(/(\d+)\s*$/m.exec(execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' }).split('\n').find((l) => /\d+\s*$/.test(l) && !/^\s*\d+\s*$/.test(l)))[1]);
for (const [number, shot] of [[contents, 'pdf-contents'], [firstDocument, 'pdf-document']]) {
  execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(number), '-l', String(number), pdf, join(out, shot)]);
}
rmSync(work, { recursive: true, force: true });
console.log(`docs/screenshots: epub-contents.png, epub-document.png, pdf-contents.png, pdf-document.png (from ${tei.length} documents)`);
