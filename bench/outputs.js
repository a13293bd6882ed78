#!/usr/bin/env node
// The book outputs' time and size (dist/, after `npm run build`): the EPUB and the PDF of our
// encodings of the dev corpus (../shared/corpus/dev/*.txt, encoded once before timing) and of an
// archive of copies of them with distinct numbers (SIZES, default 40 and 500 documents; SIZES=40,500,2000
// for the archive of 2,000 too). Each size is run RUNS times (default 3, 1 from 500 documents on);
// the median is printed, with the PDF's pages and the peak memory of Chromium (the sum of its
// processes' proportional set size, sampled every 250 ms while a book is made; PART_SIZE sets the
// PDF's documents per print, default pdf.ts's). The PDF needs /usr/bin/chromium; without it only
// the EPUB is measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { archiveDocument, encodedTexts, median, requireInputs, SHARED } from './common.js';

const dev = `${SHARED}corpus/dev/`;
const sizes = (process.env.SIZES ?? '40,500').split(',').map(Number);

requireInputs('bench/outputs.js', ['dist/publish/epub.js', 'dist/xslt/tei-epub.sef.json'], dev);
const { makeEpub } = await import('../dist/publish/epub.js');
const { makePdf, DEFAULT_CHROMIUM, DEFAULT_PART_SIZE } = await import('../dist/publish/pdf.js');
const { encode } = await import('../dist/encode/index.js');
const { PDFDocument } = await import('pdf-lib');

const ours = encodedTexts(encode, dev);

/** `count` documents: the dev documents, then copies of them numbered on from the largest number. */
function archive(count) {
  return Array.from({ length: count }, (_, i) => {
    const { name, tei } = archiveDocument(ours, i);
    return { file: `${name}.xml`, tei };
  });
}

/** The processes below this one (Chromium's: the browser, its renderers and helpers). */
function descendants() {
  const parents = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent is the 2nd field after the command, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) if (below.has(parent) && !below.has(pid)) below.add(pid), (grew = true);
  }
  below.delete(process.pid);
  return [...below];
}

/** The memory of the processes below this one now, in MB: the sum of their proportional set sizes. */
function childrenPss() {
  let kb = 0;
  for (const pid of descendants()) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

async function measure(make, inputs, runs) {
  const times = [];
  let book;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, childrenPss())), 250);
  try {
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      book = await make(inputs);
      times.push(performance.now() - started);
    }
  } finally {
    clearInterval(sampler);
  }
  return { ms: median(times), book, peak };
}

const hasChromium = existsSync(DEFAULT_CHROMIUM);
if (!hasChromium) console.warn(`bench/outputs.js: ${DEFAULT_CHROMIUM} is absent; the PDF is not measured`);
const partSize = Number(process.env.PART_SIZE ?? DEFAULT_PART_SIZE);
console.log(`book outputs of our encodings of the dev corpus (${ours.length} documents) and copies; median of runs; PDF printed ${partSize} documents a print`);
console.log('documents | output | runs | time (s) | ms/document | size (MB) | KB/document | pages | Chromium peak (MB) | node peak RSS so far (MB)');
console.log('---:|---|---:|---:|---:|---:|---:|---:|---:|---:');
for (const size of sizes) {
  const inputs = archive(size);
  const runs = Number(process.env.RUNS ?? (size >= 500 ? 1 : 3));
  const formats = [['EPUB', makeEpub], ...(hasChromium ? [['PDF', (books) => makePdf(books, { partSize })]] : [])];
  for (const [name, make] of formats) {
    const { ms, book, peak } = await measure(make, inputs, runs);
    if (book.diagnostics.length) console.warn(`${name} ${size}: ${book.diagnostics.length} documents left out`);
    const pages = name === 'PDF' ? (await PDFDocument.load(book.bytes, { updateMetadata: false })).getPageCount() : '';
    const mb = book.bytes.length / 1e6;
    console.log([size, name, runs, (ms / 1000).toFixed(2), (ms / size).toFixed(1), mb.toFixed(2), ((book.bytes.length / 1024) / size).toFixed(1), pages,
      name === 'PDF' ? peak.toFixed(0) : '', (process.resourceUsage().maxRSS / 1024).toFixed(0)].join(' | '));
  }
}
