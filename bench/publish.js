#!/usr/bin/env node
// Publish-stage speed (dist/, after `npm run build`): no encoding is timed. The documents are the
// seed's TEI, the FRUS editors' gold TEI (../shared/corpus/dev/*.xml, when present) and our
// encoder's TEI of the same dev texts (encoded once, before timing).
// For each document, in one warm process: the median over RUNS runs of parse alone, html(), text(),
// facts() (each parses again) and both() (one parse, all outputs), the measures taking turns so that
// load from other processes hits them alike. Prints the median over the documents of each, the
// slowest documents, and documents/s of both() over whole passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const PASSES = Number(process.env.PASSES ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.TEI_TELEGRAM_SHARED ?? `${root}../shared/`;
const dev = `${shared}corpus/dev/`;

if (!existsSync(`${root}dist/publish/index.js`) || !existsSync(`${root}dist/xslt/tei-to-html.sef.json`)) {
  console.error('bench/publish.js: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { createPublisher } = await import('../dist/publish/index.js');
const { parseTei } = await import('../dist/publish/parse.js');
const { encode } = await import('../dist/encode/index.js');

/** name → TEI string */
const documents = new Map([['seed', readFileSync(`${root}tei/frus1977-80v26_d284.xml`, 'utf8')]]);
if (existsSync(dev)) {
  for (const file of readdirSync(dev).filter((f) => f.endsWith('.xml')).sort()) {
    documents.set(`gold ${file}`, readFileSync(dev + file, 'utf8'));
    const text = dev + file.replace(/\.xml$/, '.txt');
    if (!existsSync(text)) continue;
    try {
      documents.set(`ours ${file}`, encode(readFileSync(text, 'utf8'), { file: text }).xml);
    } catch (error) {
      console.warn(`not encoded, left out: ${file}: ${error.message}`);
    }
  }
} else {
  console.warn(`bench/publish.js: no corpus at ${dev}; the seed only (set TEI_TELEGRAM_SHARED)`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function elapsedMs(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const publisher = createPublisher();
const measures = {
  parse: (tei) => parseTei(tei, 'bench'),
  html: (tei) => publisher.html(tei),
  text: (tei) => publisher.text(tei),
  facts: (tei) => publisher.facts(tei),
  both: (tei) => publisher.both(tei),
};

// Warm-up: every document through every path, so that the JIT has seen them all.
for (let i = 0; i < 3; i++) for (const tei of documents.values()) for (const run of Object.values(measures)) run(tei);

const rows = [...documents].map(([name, tei]) => {
  const times = Object.fromEntries(Object.keys(measures).map((what) => [what, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [what, run] of Object.entries(measures)) times[what].push(elapsedMs(() => run(tei)));
  }
  const ms = Object.fromEntries(Object.entries(times).map(([what, runs]) => [what, median(runs)]));
  return { name, kb: tei.length / 1024, ms };
});

const passes = [];
for (let i = 0; i < PASSES; i++) {
  passes.push(elapsedMs(() => {
    for (const tei of documents.values()) publisher.both(tei);
  }));
}
const pass = median(passes);

const column = (what) => median(rows.map((row) => row.ms[what]));
console.log(`publish: ${rows.length} documents, medians of ${RUNS} runs each, then the median over documents (ms/doc)`);
for (const what of Object.keys(measures)) {
  const min = Math.min(...rows.map((row) => row.ms[what]));
  const max = Math.max(...rows.map((row) => row.ms[what]));
  console.log(`  ${what.padEnd(6)} ${column(what).toFixed(2).padStart(7)}   (min ${min.toFixed(2)}, max ${max.toFixed(2)})`);
}
console.log(`  both / (html + text + facts) = ${(column('both') / (column('html') + column('text') + column('facts'))).toFixed(2)}`);
console.log(`  seed: ${Object.entries(rows[0].ms).map(([what, ms]) => `${what} ${ms.toFixed(2)}`).join(', ')}`);
console.log('  slowest both():');
for (const row of [...rows].sort((a, b) => b.ms.both - a.ms.both).slice(0, 3)) {
  console.log(`    ${row.ms.both.toFixed(2).padStart(7)} ms  ${row.kb.toFixed(0).padStart(4)} KB  ${row.name}`);
}
console.log(`both() over all ${rows.length} documents, median of ${PASSES} passes: ${pass.toFixed(0)} ms, ` +
  `${((rows.length / pass) * 1000).toFixed(0)} documents/s (${(pass / rows.length).toFixed(2)} ms/doc) on one core`);
