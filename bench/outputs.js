#!/usr/bin/env node
// The book outputs' time and size (dist/, after `npm run build`): the EPUB and the PDF of our
// encodings of the dev corpus (../shared/corpus/dev/*.txt, encoded once before timing) and of an
// archive of copies of them with distinct numbers (SIZES, default 40 and 500 documents; SIZES=40,2000
// for the archive of 2,000, whose PDF took over 36 min on 2 cores). Each size is run RUNS times
// (default 3, 1 from 500 documents on); the median is printed, with the PDF's pages.
// The PDF needs /usr/bin/chromium; without it only the EPUB is measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.TEI_TELEGRAM_SHARED ?? `${root}../shared/`;
const dev = `${shared}corpus/dev/`;
const sizes = (process.env.SIZES ?? '40,500').split(',').map(Number);

if (!existsSync(`${root}dist/publish/epub.js`) || !existsSync(`${root}dist/xslt/tei-epub.sef.json`)) {
  console.error('bench/outputs.js: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
if (!existsSync(dev)) {
  console.error(`bench/outputs.js: no corpus at ${dev} (set TEI_TELEGRAM_SHARED)`);
  process.exit(1);
}
const { makeEpub } = await import('../dist/publish/epub.js');
const { makePdf, DEFAULT_CHROMIUM } = await import('../dist/publish/pdf.js');
const { encode } = await import('../dist/encode/index.js');
const { PDFDocument } = await import('pdf-lib');

const ours = [];
for (const file of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) {
  try {
    ours.push({ file: file.replace(/\.txt$/, '.xml'), tei: encode(readFileSync(dev + file, 'utf8'), { file: dev + file }).xml });
  } catch (error) {
    console.warn(`not encoded, left out: ${file}: ${error.message}`);
  }
}

/** `count` documents: the dev documents, then copies of them numbered on from the largest number. */
function archive(count) {
  return Array.from({ length: count }, (_, i) => {
    const original = ours[i % ours.length];
    if (i < ours.length) return original;
    const tei = original.tei.replace(/(<div\b[^>]*\btype="document"[^>]*\bn=")[^"]*(")/, `$1${10000 + i}$2`);
    return { file: `copy${i}_${original.file}`, tei };
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function measure(make, inputs, runs) {
  const times = [];
  let book;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    book = await make(inputs);
    times.push(performance.now() - started);
  }
  return { ms: median(times), book };
}

const hasChromium = existsSync(DEFAULT_CHROMIUM);
if (!hasChromium) console.warn(`bench/outputs.js: ${DEFAULT_CHROMIUM} is absent; the PDF is not measured`);
console.log(`book outputs of our encodings of the dev corpus (${ours.length} documents) and copies; median of runs`);
console.log('documents | output | runs | time (s) | ms/document | size (MB) | KB/document | pages');
console.log('---:|---|---:|---:|---:|---:|---:|---:');
for (const size of sizes) {
  const inputs = archive(size);
  const runs = Number(process.env.RUNS ?? (size >= 500 ? 1 : 3));
  const formats = [['EPUB', makeEpub], ...(hasChromium ? [['PDF', makePdf]] : [])];
  for (const [name, make] of formats) {
    const { ms, book } = await measure(make, inputs, runs);
    if (book.diagnostics.length) console.warn(`${name} ${size}: ${book.diagnostics.length} documents left out`);
    const pages = name === 'PDF' ? (await PDFDocument.load(book.bytes, { updateMetadata: false })).getPageCount() : '';
    const mb = book.bytes.length / 1e6;
    console.log([size, name, runs, (ms / 1000).toFixed(2), (ms / size).toFixed(1), mb.toFixed(2), ((book.bytes.length / 1024) / size).toFixed(1), pages].join(' | '));
  }
}
