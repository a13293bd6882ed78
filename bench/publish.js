#!/usr/bin/env node
// npm run bench:publish: the publish stage alone (dist/, after `npm run build`); no encoding is timed.
// 1. Per document, in one warm process, on the seed's TEI, the FRUS editors' gold TEI
//    (../shared/corpus/dev/*.xml) and our encoder's TEI of the same texts (encoded before timing):
//    the median over RUNS runs of parse alone, the saxon-js identity transform (parse, copy,
//    serialize: the floor any stylesheet pays) and `editions` of the document alone, the three
//    taking turns so that load from other processes hits them alike; then documents/s over whole
//    passes, PUBLISH_BATCH (the build's own batch) documents a transform as `build` runs them: both editions, the HTML alone and the
//    text alone (tei-edition.xsl's `outputs`), against the floor of the same pass. The passes run
//    on two sets: our encoding without the names markup, and with it (the dev texts of the two
//    volumes whose lists are in ../shared/corpus/lists, encoded with and without those lists).
// 2. Scaling: the 3.2 MB Don Quijote (../shared/corpus/thirdparty/quixotei.xml) cut to its first
//    1/8, 1/4, 1/2 of chapters and whole, both editions each; the ratio of time to size must stay
//    flat (a document 8 times larger takes at most 10 times as long). Then Saxon-HE for Java (when
//    java and /usr/share/java/Saxon-HE.jar are there) running xslt/tei-to-html.xsl and
//    xslt/tei-to-text.xsl on the whole file, JVM start included: the same stylesheets' editions.
// 3. A telegram of ours with one 20,000-word paragraph: both editions, no stack overflow.
// Environment: RUNS (default 15), PASSES (default 5), TEI_TELEGRAM_SHARED (default ../shared).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ROOT as root, SHARED as shared } from './common.js';

const RUNS = Number(process.env.RUNS ?? 15);
const PASSES = Number(process.env.PASSES ?? 5);
const SAXON_JAR = '/usr/share/java/Saxon-HE.jar';
const dev = join(shared, 'corpus/dev');
const quijote = join(shared, 'corpus/thirdparty/quixotei.xml');

if (!existsSync(`${root}dist/publish/index.js`) || !existsSync(`${root}dist/xslt/tei-edition.sef.json`)) {
  console.error('bench/publish.js: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { createPublisher } = await import('../dist/publish/index.js');
const { parseTei } = await import('../dist/publish/parse.js');
const { encode } = await import('../dist/encode/index.js');
const { identityTransform } = await import('./identity.js');
// The documents one transform makes editions for, as the build runs them.
const { PUBLISH_BATCH } = await import('../dist/build/page-pass.js');
const { readLists } = await import('../dist/encode/names/index.js');
const { default: SaxonJS } = await import('saxon-js');
const listsDir = join(shared, 'corpus/lists');

/** name → TEI string */
const documents = new Map([['seed', readFileSync(`${root}tei/frus1977-80v26_d284.xml`, 'utf8')]]);
if (existsSync(dev)) {
  for (const file of readdirSync(dev).filter((f) => f.endsWith('.xml')).sort()) {
    documents.set(`gold ${file}`, readFileSync(join(dev, file), 'utf8'));
    const text = join(dev, file.replace(/\.xml$/, '.txt'));
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

/**
 * The dev texts of the volumes that have lists, encoded without and with them (names markup:
 * persName/@corresp, gloss/@target and the header's list of persons).
 */
function namesSets() {
  const sets = { plain: [], names: [] };
  if (!existsSync(listsDir) || !existsSync(dev)) return sets;
  for (const persons of readdirSync(listsDir).filter((f) => f.endsWith('-persons.txt')).sort()) {
    const volume = persons.replace(/-persons\.txt$/, '');
    const source = (name) => ({ text: readFileSync(join(listsDir, name), 'utf8'), file: name });
    const { lists } = readLists({ persons: source(persons), terms: source(`${volume}-terms.txt`) });
    for (const file of readdirSync(dev).filter((f) => f.startsWith(`${volume}_`) && f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dev, file), 'utf8');
      try {
        sets.plain.push(encode(text, { file }).xml);
        sets.names.push(encode(text, { file, lists }).xml);
      } catch (error) {
        console.warn(`not encoded, left out: ${file}: ${error.message}`);
      }
    }
  }
  return sets;
}

function elapsedMs(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const publisher = createPublisher();
const identity = identityTransform();
/** Both editions and the facts of one document, or its refusal thrown. */
function editions(tei, file = 'bench') {
  const [outcome] = publisher.editions([{ tei, file }]);
  if ('error' in outcome) throw outcome.error;
  return outcome.editions;
}
const measures = {
  parse: (tei) => parseTei(tei, 'bench'),
  identity: (tei) => identity(tei),
  editions: (tei) => editions(tei),
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

const all = [...documents.values()];
const passes = { identity: [], editions: [] };
for (let i = 0; i < PASSES; i++) {
  passes.identity.push(elapsedMs(() => all.forEach((tei) => identity(tei))));
  passes.editions.push(elapsedMs(() => {
    for (let j = 0; j < all.length; j += PUBLISH_BATCH) publisher.editions(all.slice(j, j + PUBLISH_BATCH).map((tei) => ({ tei })));
  }));
}

// One edition alone: the publisher's stylesheet asked for the HTML or the text only, PUBLISH_BATCH a transform.
const compiled = JSON.parse(readFileSync(`${root}dist/xslt/tei-edition.sef.json`, 'utf8'));
function editionsOnly(teis, outputs) {
  for (let j = 0; j < teis.length; j += PUBLISH_BATCH) {
    const batch = teis.slice(j, j + PUBLISH_BATCH).map((tei) => parseTei(tei, 'bench'));
    SaxonJS.transform({
      stylesheetInternal: compiled, initialTemplate: 'Q{http://www.w3.org/1999/XSL/Transform}initial-template',
      destination: 'raw', baseOutputURI: 'file:///bench/', deliverResultDocument: () => ({ destination: 'serialized', save: () => {} }),
      stylesheetParams: { css: '', 'css-href': 'edition.css', width: 0, outputs, documents: batch, navigation: batch.map(() => ({})) },
    });
  }
}
/** CPU ms (this process's, user and system) that run takes: steadier than the clock on a loaded machine. */
function cpuMs(run) {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** Median CPU ms a document over PASSES passes of each measure, the measures taking turns. */
function passTable(teis) {
  const measures = {
    identity: () => teis.forEach((tei) => identity(tei)),
    editions: () => { for (let j = 0; j < teis.length; j += PUBLISH_BATCH) publisher.editions(teis.slice(j, j + PUBLISH_BATCH).map((tei) => ({ tei }))); },
    'HTML alone': () => editionsOnly(teis, ['html']),
    'text alone': () => editionsOnly(teis, ['text']),
  };
  Object.values(measures).forEach((run) => run());
  const times = Object.fromEntries(Object.keys(measures).map((what) => [what, []]));
  for (let i = 0; i < PASSES; i++) for (const [what, run] of Object.entries(measures)) times[what].push(cpuMs(run));
  return Object.fromEntries(Object.entries(times).map(([what, runs]) => [what, median(runs) / teis.length]));
}

const column = (what) => median(rows.map((row) => row.ms[what]));
console.log(`publish: ${rows.length} documents, medians of ${RUNS} runs each, then the median over documents (ms/doc)`);
for (const what of Object.keys(measures)) {
  const min = Math.min(...rows.map((row) => row.ms[what]));
  const max = Math.max(...rows.map((row) => row.ms[what]));
  console.log(`  ${what.padEnd(8)} ${column(what).toFixed(2).padStart(7)}   (min ${min.toFixed(2)}, max ${max.toFixed(2)})`);
}
console.log(`  editions alone / identity floor = ${(column('editions') / column('identity')).toFixed(2)}`);
console.log('  slowest editions:');
for (const row of [...rows].sort((a, b) => b.ms.editions - a.ms.editions).slice(0, 3)) {
  console.log(`    ${row.ms.editions.toFixed(2).padStart(7)} ms  ${row.kb.toFixed(0).padStart(4)} KB  ${row.name}`);
}
const [floorPass, editionsPass] = [median(passes.identity), median(passes.editions)];
console.log(`all ${rows.length} documents, median of ${PASSES} passes: identity ${(floorPass / rows.length).toFixed(2)} ms/doc, ` +
  `editions ${PUBLISH_BATCH} a transform ${(editionsPass / rows.length).toFixed(2)} ms/doc (${((rows.length / editionsPass) * 1000).toFixed(0)} documents/s on one core), ` +
  `${(editionsPass / floorPass).toFixed(2)}× the floor`);
{
  const table = passTable(all);
  console.log(`  the same documents, CPU time of ${PUBLISH_BATCH} a transform, one edition alone: HTML ${table['HTML alone'].toFixed(2)} ms/doc (${(table['HTML alone'] / table.identity).toFixed(2)}×), ` +
    `text ${table['text alone'].toFixed(2)} ms/doc (${(table['text alone'] / table.identity).toFixed(2)}×), both ${table.editions.toFixed(2)} (${(table.editions / table.identity).toFixed(2)}×)`);
}

{
  const sets = namesSets();
  if (sets.plain.length === 0) console.log(`\nnames markup: skipped, no lists at ${listsDir}`);
  else {
    console.log(`\nnames markup: ${sets.plain.length} dev texts of the volumes with lists, encoded without and with them; ` +
      `median CPU time of ${PASSES} passes, ${PUBLISH_BATCH} a transform (ms/doc, × the identity floor of the same TEI)`);
    const tables = { 'without names markup': passTable(sets.plain), 'with names markup': passTable(sets.names) };
    for (const [name, table] of Object.entries(tables)) {
      console.log(`  ${name.padEnd(21)} ` + Object.entries(table).map(([what, ms]) =>
        `${what} ${ms.toFixed(2)}${what === 'identity' ? '' : ` (${(ms / table.identity).toFixed(2)}×)`}`).join(', '));
    }
    const [plain, names] = Object.values(tables);
    console.log(`  the names markup adds ${(names.editions - plain.editions).toFixed(2)} ms a document to the editions ` +
      `(${(100 * (names.editions / plain.editions - 1)).toFixed(0)} %)`);
  }
}

// ---- Scaling: Don Quijote, cut and whole ----
if (!existsSync(quijote)) {
  console.log(`\nscaling: skipped, ${quijote} is absent`);
} else {
  const whole = readFileSync(quijote, 'utf8');
  const start = whole.indexOf('<body>') + '<body>'.length;
  const end = whole.indexOf('</body>');
  const [lead, ...chapters] = whole.slice(start, end).split(/(?=\n {2}<div>)/);
  const cut = (share) => `${whole.slice(0, start)}${lead}${chapters.slice(0, Math.round(chapters.length * share)).join('')}\n${whole.slice(end)}`;
  console.log(`\nscaling: Don Quijote (${chapters.length} chapters), both editions, one run each after a warm-up on the first eighth`);
  editions(cut(1 / 8));
  const scaled = [];
  for (const share of [1 / 8, 1 / 4, 1 / 2, 1]) {
    const tei = share === 1 ? whole : cut(share);
    const ms = elapsedMs(() => editions(tei, 'quixotei.xml'));
    scaled.push({ share, kb: tei.length / 1024, ms });
  }
  for (const { share, kb, ms } of scaled) {
    console.log(`  ${`1/${1 / share}`.padStart(4)}  ${kb.toFixed(0).padStart(5)} KB  ${(ms / 1000).toFixed(2).padStart(6)} s  ${(ms / kb).toFixed(2)} ms/KB`);
  }
  const [first, last] = [scaled[0], scaled.at(-1)];
  console.log(`  whole / first eighth: ${(last.kb / first.kb).toFixed(1)}× the size, ${(last.ms / first.ms).toFixed(1)}× the time`);
  const saxon = saxonJava(quijote);
  if (saxon.skipped) console.log(`  Saxon-HE (Java): skipped, ${saxon.skipped}`);
  else {
    console.log(`  Saxon-HE (Java) on the whole file: tei-to-html.xsl ${(saxon.html / 1000).toFixed(2)} s + tei-to-text.xsl ${(saxon.text / 1000).toFixed(2)} s` +
      ` = ${((saxon.html + saxon.text) / 1000).toFixed(2)} s; ours ${(last.ms / (saxon.html + saxon.text)).toFixed(2)}× that`);
  }
}

// ---- One paragraph of 20,000 words ----
{
  const seed = readFileSync(`${root}tei/source/frus1977-80v26_d284.txt`, 'utf8').split('\n');
  const words = Array.from({ length: 20_000 }, (_, i) => ['the', 'embassy', 'reported', 'that', 'talks', 'continued'][i % 6]).join(' ');
  seed.splice(seed.findIndex((line) => /^1\. /.test(line)), 0, `1. ${words}.`, '');
  const tei = encode(seed.join('\n'), { file: 'long.txt' }).xml;
  let result;
  const ms = elapsedMs(() => {
    try {
      const { html, text } = editions(tei, 'long.xml');
      result = `HTML ${(html.length / 1024).toFixed(0)} KB, text ${(text.length / 1024).toFixed(0)} KB`;
    } catch (error) {
      result = `FAILED: ${error.message}`;
    }
  });
  console.log(`\none paragraph of 20,000 words (${(tei.length / 1024).toFixed(0)} KB of TEI): ${(ms / 1000).toFixed(2)} s, ${result}`);
}

function saxonJava(file) {
  if (spawnSync('java', ['-version']).status !== 0) return { skipped: 'java is not installed' };
  if (!existsSync(SAXON_JAR)) return { skipped: `${SAXON_JAR} is absent (apt install libsaxonhe-java)` };
  const out = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-saxon-'));
  try {
    const times = {};
    for (const [edition, stylesheet] of [['html', 'tei-to-html.xsl'], ['text', 'tei-to-text.xsl']]) {
      const started = performance.now();
      const run = spawnSync('java', ['-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${file}`, `-o:${join(out, edition)}`, `-xsl:${join(root, 'xslt', stylesheet)}`], { encoding: 'utf8' });
      times[edition] = performance.now() - started;
      if (run.status !== 0) return { skipped: `Saxon-HE failed: ${run.stderr.slice(0, 500)}` };
    }
    return times;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
