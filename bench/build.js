#!/usr/bin/env node
// npm run bench: how fast `tei-telegram build` turns a generated archive into TEI, validation report
// and editions, against dist/ (run `npm run build` first).
//
// The archive: the dev corpus (../shared/corpus/dev/*.txt, or $TEI_TELEGRAM_SHARED/corpus/dev, when present) and tei/source/*.txt,
// replicated to --docs documents with distinct numbers (the heading's leading `N.` rewritten).
// Printed, as medians of --runs runs measured in this same run:
//   - per stage, in this process on one thread, wall and CPU time (encode, validate, the saxon-js identity transform
//     of the same TEI: parse, copy, serialize, the floor any stylesheet pays; the editions, HTML,
//     text and index facts, one document a transform and PUBLISH_BATCH a transform as the build runs them),
//     the stages taking turns: ms per document, documents/s, MB/s of input, and the editions as a
//     multiple of the identity floor;
//   - end to end, `build` in a child process for --jobs 1 and --jobs = cores: documents/s, MB/s, CPU
//     time of all threads, peak memory (maxRSS of the process, workers included), the workers' time
//     by stage (from report.json), pass 1 (encode and validate: all but the XSLT editions) apart,
//     then a re-run with nothing to redo; the pool's speed-up (wall and CPU) of the same run;
//   - linking names and terms: encoding with a persons list and a terms list of 500 entries each
//     (the dev volumes' lists, merged, padded with entries no document mentions), per document in
//     process and end to end (`build --persons --terms`, --jobs = cores), as a share of build time;
//   - the Java toolchain a user would run instead for the validate and publish part, over the TEI
//     files the build wrote, when java, /usr/share/java/Saxon-HE.jar and jing are installed: jing on
//     our profile, then Saxon-HE with xslt/tei-to-html.xsl and with xslt/tei-to-text.xsl (JVM starts
//     included), and our end-to-end time (which also encodes) as a ratio of theirs.
// Options: --docs N (default 5000), --runs R (default 3), --huge (also 50,000 documents, --jobs = cores, one run).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './common.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const SAXON_JAR = '/usr/share/java/Saxon-HE.jar';
/** The shared reference material (corpus, lists): beside the main checkout, or where TEI_TELEGRAM_SHARED says. */
const shared = process.env.TEI_TELEGRAM_SHARED ?? join(root, '../shared');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const docs = option('--docs', 5000);
const runs = option('--runs', 3);
const huge = args.includes('--huge');
const cores = availableParallelism();

if (!existsSync(join(root, 'dist/build/worker.js'))) {
  console.error('bench: dist/ is not built; run `npm run build` first');
  process.exit(2);
}

const mb = (bytes) => bytes / 1024 / 1024;
const fixed = (n, digits = 1) => n.toFixed(digits);

function sources() {
  const folders = [join(shared, 'corpus/dev'), join(root, 'tei/source')];
  if (!existsSync(folders[0])) console.warn(`bench: ${folders[0]} is absent; replicating tei/source alone (set TEI_TELEGRAM_SHARED)`);
  return folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)))
    .map((path) => readFileSync(path, 'utf8'));
}

/** `count` documents from the sources, each with its own number; returns the folder and its size in bytes. */
function generateArchive(texts, count) {
  const dir = mkdtempSync(join(tmpdir(), `tei-telegram-bench-${count}-`));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length].replace(/^(\uFEFF?\s*)\d+\./, `$1${i + 1}.`);
    const name = `doc${String(i + 1).padStart(6, '0')}.txt`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

const LISTS = join(shared, 'corpus/lists');
const LIST_ENTRIES = 500;
/** The documents one publish task makes pages for in the build, and so in the bench. */
const { PUBLISH_BATCH } = await import(dist('build/page-pass.js'));
const BATCHED = `editions, ${PUBLISH_BATCH} a transform`;

/** A persons and a terms list of LIST_ENTRIES entries each, as text files in `dir`. */
function benchLists(dir) {
  const lines = (kind) => (existsSync(LISTS) ? readdirSync(LISTS).filter((f) => f.endsWith(`-${kind}.txt`)).sort() : [])
    .flatMap((f) => readFileSync(join(LISTS, f), 'utf8').split('\n').slice(1).filter((l) => l.includes(', ')));
  const pad = (entries, make) => {
    const unique = [...new Set(entries)].slice(0, LIST_ENTRIES);
    for (let i = unique.length; i < LIST_ENTRIES; i++) unique.push(make(i));
    return unique;
  };
  const letters = (i) => [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('');
  const persons = pad(lines('persons'), (i) => `Benchperson${letters(i)}, Forename, entry no document mentions`);
  const terms = pad(lines('terms'), (i) => `BENCH${i}, entry no document mentions`);
  const paths = { persons: join(dir, 'persons.txt'), terms: join(dir, 'terms.txt') };
  writeFileSync(paths.persons, ['Persons', ...persons].join('\n'));
  writeFileSync(paths.terms, ['Abbreviations and Terms', ...terms].join('\n'));
  return paths;
}

async function readBenchLists(paths) {
  const { readLists } = await import(dist('encode/names/index.js'));
  const source = (path) => ({ text: readFileSync(path, 'utf8'), file: path });
  return readLists({ persons: source(paths.persons), terms: source(paths.terms) }).lists;
}

async function stageTimes(texts, lists) {
  const { encode, readDocument } = await import(dist('encode/index.js'));
  const { createValidator } = await import(dist('validate/index.js'));
  const { createPublisher } = await import(dist('publish/index.js'));
  const { identityTransform } = await import('./identity.js');
  const identity = identityTransform();
  const validator = await createValidator();
  const publisher = createPublisher();
  const encoded = texts.map((text) => {
    try {
      return encode(text, { file: 'bench.txt' }).xml;
    } catch {
      return undefined;
    }
  }).filter(Boolean);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const stages = {
    encode: () => texts.forEach((t) => { try { encode(t, { file: 'bench.txt' }); } catch { /* counted as done */ } }),
    'encode + link (500+500)': () => texts.forEach((t) => { try { encode(t, { file: 'bench.txt', lists }); } catch { /* counted as done */ } }),
    // The reader alone, without and with the linking pass: what finding and deciding the mentions costs.
    'read': () => texts.forEach((t) => { try { readDocument(t, { file: 'bench.txt' }); } catch { /* counted as done */ } }),
    'read + link': () => texts.forEach((t) => { try { readDocument(t, { file: 'bench.txt', lists }); } catch { /* counted as done */ } }),
    validate: () => encoded.forEach((xml) => validator.validate(xml, 'bench.xml')),
    'identity floor': () => encoded.forEach((xml) => identity(xml)),
    'editions, 1 a transform': () => encoded.forEach((tei) => publisher.editions([{ tei }], { stylesheetHref: 'edition.css' })),
    // As the build runs it: PUBLISH_BATCH documents a transform.
    [BATCHED]: () => {
      for (let i = 0; i < encoded.length; i += PUBLISH_BATCH) {
        publisher.editions(encoded.slice(i, i + PUBLISH_BATCH).map((tei) => ({ tei })), { stylesheetHref: 'edition.css' });
      }
    },
  };
  for (const run of Object.values(stages)) run(); // warm up the JIT
  // The stages take turns, round after round, so that a noisy neighbour weighs on all of them alike.
  // CPU time beside wall time: on a machine shared with other work, the CPU a stage takes is disturbed
  // far less than the time it waits to be scheduled.
  const times = Object.fromEntries(Object.keys(stages).map((name) => [name, { wall: [], cpu: [] }]));
  for (let r = 0; r < Math.max(runs, 5); r++) {
    for (const [name, run] of Object.entries(stages)) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      run();
      const used = process.cpuUsage(cpu);
      times[name].wall.push(performance.now() - started);
      times[name].cpu.push((used.user + used.system) / 1000);
    }
  }
  const rows = [];
  for (const name of Object.keys(stages)) {
    const ms = median(times[name].wall);
    const n = name.startsWith('encode') || name.startsWith('read') ? texts.length : encoded.length;
    rows.push({ stage: name, msPerDoc: ms / n, cpuMsPerDoc: median(times[name].cpu) / n, docsPerSecond: (n * 1000) / ms, mbPerSecond: mb(bytes * (n / texts.length)) / (ms / 1000) });
  }
  return rows;
}

const DRIVER = `
const [input, out, jobs, force, persons, terms] = process.argv.slice(1);
const { build } = await import(${JSON.stringify(dist('build/index.js'))});
const { readLists } = await import(${JSON.stringify(dist('encode/names/index.js'))});
const { readFileSync } = await import('node:fs');
const lists = persons ? readLists({ persons: { text: readFileSync(persons, 'utf8'), file: persons }, terms: { text: readFileSync(terms, 'utf8'), file: terms } }).lists : undefined;
const started = performance.now();
const phases = {};
const onEvent = (event) => { if (event.type === 'phase') phases[event.phase] = performance.now() - started; };
const result = await build({ input, out, jobs: Number(jobs), force: force === 'force', lists, onEvent });
const cpu = process.cpuUsage();
const report = JSON.parse(readFileSync(result.report, 'utf8'));
const stageMs = { encode: 0, validate: 0, publish: 0 };
for (const file of report.files) for (const stage of Object.keys(stageMs)) stageMs[stage] += file.timings[stage] ?? 0;
process.stdout.write(JSON.stringify({
  elapsed: result.timings.elapsed,
  // Pass 1 (encode, validate) ends when pass 2 (the editions) starts.
  sourcePass: (phases.publish ?? 0) - (phases.encode ?? 0),
  cpuMs: (cpu.user + cpu.system) / 1000,
  stageMs,
  counts: result.counts,
  maxRssKb: process.resourceUsage().maxRSS,
}));
`;

function buildOnce(input, out, jobs, force = false, lists = undefined) {
  const listArgs = lists ? [lists.persons, lists.terms] : [];
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', DRIVER, input, out, String(jobs), force ? 'force' : '', ...listArgs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`build failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

function endToEnd(archive, count, jobs, times, lists = undefined) {
  const results = [];
  let out;
  for (let r = 0; r < times; r++) {
    if (out) rmSync(out, { recursive: true, force: true });
    out = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-out-'));
    results.push(buildOnce(archive.dir, out, jobs, false, lists));
  }
  const seconds = median(results.map((r) => r.elapsed)) / 1000;
  const rerun = buildOnce(archive.dir, out, jobs, false, lists);
  const row = {
    documents: count,
    jobs,
    seconds,
    cpuSeconds: median(results.map((r) => r.cpuMs)) / 1000,
    sourcePassSeconds: median(results.map((r) => r.sourcePass)) / 1000,
    stageMs: Object.fromEntries(Object.keys(results[0].stageMs).map((stage) => [stage, median(results.map((r) => r.stageMs[stage]))])),
    docsPerSecond: count / seconds,
    mbPerSecond: mb(archive.bytes) / seconds,
    peakMb: Math.max(...results.map((r) => r.maxRssKb)) / 1024,
    rerunSeconds: rerun.elapsed / 1000,
    counts: results[0].counts,
    out,
  };
  return row;
}

/** jing, then Saxon-HE with each edition's stylesheet, over the TEI files of `teiFolder`: median seconds of each. */
function javaToolchain(teiFolder) {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    return { skipped: 'java is not installed' };
  }
  if (!existsSync(SAXON_JAR)) return { skipped: `${SAXON_JAR} is absent (apt install libsaxonhe-java)` };
  if (spawnSync('jing', [], { stdio: 'ignore' }).error) return { skipped: 'jing is not installed (apt install jing)' };
  const xmlDir = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-tei-'));
  try {
    const files = readdirSync(teiFolder).filter((n) => n.endsWith('.xml'));
    for (const f of files) copyFileSync(join(teiFolder, f), join(xmlDir, f));
    const steps = {
      // jing exits 1 when a file is invalid; the time is what counts, and our own TEI is valid.
      jing: () => spawnSync('jing', [join(root, 'schemas/tei-telegram.rng'), ...files.map((f) => join(xmlDir, f))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
      'Saxon-HE tei-to-html.xsl': (out) => spawnSync('java', ['-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${xmlDir}`, `-o:${out}`, `-xsl:${join(root, 'xslt/tei-to-html.xsl')}`], { encoding: 'utf8' }),
      'Saxon-HE tei-to-text.xsl': (out) => spawnSync('java', ['-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${xmlDir}`, `-o:${out}`, `-xsl:${join(root, 'xslt/tei-to-text.xsl')}`], { encoding: 'utf8' }),
    };
    const seconds = {};
    for (const [name, step] of Object.entries(steps)) {
      const times = [];
      for (let r = 0; r < runs; r++) {
        const out = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-java-'));
        const started = performance.now();
        const run = step(out);
        times.push(performance.now() - started);
        rmSync(out, { recursive: true, force: true });
        if (name !== 'jing' && run.status !== 0) return { skipped: `${name} failed: ${run.stderr.slice(0, 500)}` };
      }
      seconds[name] = median(times) / 1000;
    }
    return { files: files.length, seconds };
  } finally {
    rmSync(xmlDir, { recursive: true, force: true });
  }
}

const texts = sources();
const listDir = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-lists-'));
const listPaths = benchLists(listDir);
const lists = await readBenchLists(listPaths);
console.log(`machine: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${fixed(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`archive: ${docs} documents from ${texts.length} distinct sources; medians of ${runs} runs\n`);

console.log('per stage (one thread, in process, over the distinct sources):');
const stageRows = await stageTimes(texts, lists);
for (const row of stageRows) {
  console.log(`  ${row.stage.padEnd(24)} ${fixed(row.msPerDoc, 2).padStart(7)} ms/doc (CPU ${fixed(row.cpuMsPerDoc, 2).padStart(6)}) ${fixed(row.docsPerSecond).padStart(8)} docs/s ${fixed(row.mbPerSecond, 2).padStart(7)} MB/s`);
}
console.log(`  targets: encode ≤ 1 ms/doc, validate (our output, our profile) ≤ 1.5 ms/doc`);
const stageMs = Object.fromEntries(stageRows.map((row) => [row.stage, row.msPerDoc]));
console.log(`  ${BATCHED} / identity floor = ${fixed(stageMs[BATCHED] / stageMs['identity floor'], 2)}×`);

const archive = generateArchive(texts, docs);
console.log(`\nend to end (${fixed(mb(archive.bytes))} MB of input):`);
const rows = [];
for (const jobs of [...new Set([1, cores])]) {
  const row = endToEnd(archive, docs, jobs, runs);
  rows.push(row);
  console.log(`  --jobs ${jobs}: ${fixed(row.seconds)} s, ${fixed(row.docsPerSecond)} docs/s, ${fixed(row.mbPerSecond, 2)} MB/s, CPU ${fixed(row.cpuSeconds)} s (${fixed((1000 * row.cpuSeconds) / row.documents, 2)} ms/doc, all threads), peak ${fixed(row.peakMb, 0)} MB; re-run with nothing to redo ${fixed(row.rerunSeconds, 2)} s  (${row.counts.ok} ok, ${row.counts.warnings} warnings, ${row.counts.failed} failed)`);
  const all = row.stageMs.encode + row.stageMs.validate + row.stageMs.publish;
  const share = (ms) => `${fixed((100 * ms) / all)} %`;
  console.log(`    the workers' time by stage (report.json): encode ${fixed(row.stageMs.encode / row.documents, 2)} ms/doc (${share(row.stageMs.encode)}), validate ${fixed(row.stageMs.validate / row.documents, 2)} (${share(row.stageMs.validate)}), editions ${fixed(row.stageMs.publish / row.documents, 2)} (${share(row.stageMs.publish)})`);
  console.log(`    pass 1 (encode, validate, NAME.xml: all but the XSLT): ${fixed(row.sourcePassSeconds)} s, ${fixed(row.documents / row.sourcePassSeconds)} docs/s; pass 2 and the index (the editions): ${fixed(row.seconds - row.sourcePassSeconds)} s`);
}
const [single, pool] = [rows[0], rows.at(-1)];
if (rows.length > 1) {
  console.log(`  pool speed-up, --jobs ${pool.jobs} against --jobs 1: ${fixed(pool.docsPerSecond / single.docsPerSecond, 2)}× (target ≥ 1.6×); pass 1 alone ${fixed(single.sourcePassSeconds / pool.sourcePassSeconds, 2)}×; CPU a document ${fixed(pool.cpuSeconds / single.cpuSeconds, 2)}× (above 1: work the second worker adds, its start included)`);
  console.log(`  end to end --jobs ${pool.jobs}: ${fixed(pool.docsPerSecond)} docs/s (target ≥ 250)`);
}

// Linking: the same archive without and with a persons and a terms list of 500 entries each, the
// builds taking turns; wall time and CPU time (all threads), which a busy machine disturbs less.
const pairs = { without: [], with: [] };
for (let r = 0; r < runs; r++) {
  for (const [key, withLists] of [['without', undefined], ['with', listPaths]]) {
    const out = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-out-'));
    pairs[key].push(buildOnce(archive.dir, out, cores, false, withLists));
    rmSync(out, { recursive: true, force: true });
  }
}
const share = (pick) => 100 * (median(pairs.with.map(pick)) / median(pairs.without.map(pick)) - 1);
const stage = (name) => stageRows.find((row) => row.stage === name).msPerDoc;
const stageCpu = (name) => stageRows.find((row) => row.stage === name).cpuMsPerDoc;
console.log(`\nlinking names and terms (${lists.persons.length} persons, ${lists.terms.length} terms; ${docs} documents, --jobs ${cores}, ${runs} runs each, taking turns):`);
console.log(`  the linking pass (read + link against read): ${fixed(stage('read + link') - stage('read'), 2)} ms/doc (CPU ${fixed(stageCpu('read + link') - stageCpu('read'), 2)}); with writing the links and the header: ${fixed(stage('encode + link (500+500)') - stage('encode'), 2)} ms/doc (CPU ${fixed(stageCpu('encode + link (500+500)') - stageCpu('encode'), 2)})`);
console.log(`  build with lists: ${fixed(median(pairs.with.map((r) => r.elapsed)) / 1000)} s against ${fixed(median(pairs.without.map((r) => r.elapsed)) / 1000)} s without: ${fixed(share((r) => r.elapsed))} % of build time; CPU ${fixed(median(pairs.with.map((r) => r.cpuMs)) / 1000)} s against ${fixed(median(pairs.without.map((r) => r.cpuMs)) / 1000)} s: ${fixed(share((r) => r.cpuMs))} %`);
console.log(`  target: linking costs at most 10 % of build time (with ${LIST_ENTRIES}-entry lists, 5,000 documents: the default --docs)`);

const java = javaToolchain(pool.out);
if (java.skipped) console.log(`\nJava toolchain: skipped, ${java.skipped}`);
else {
  const total = Object.values(java.seconds).reduce((sum, s) => sum + s, 0);
  console.log(`\nJava toolchain over the ${java.files} TEI files (JVM starts included): ${Object.entries(java.seconds).map(([name, s]) => `${name} ${fixed(s)} s`).join(' + ')} = ${fixed(total)} s`);
  console.log(`  tei-telegram build end to end (encode too), --jobs ${pool.jobs}: ${fixed(pool.seconds)} s, ${fixed(pool.seconds / total, 2)}× the Java toolchain's time`);
}

if (huge) {
  const big = generateArchive(texts, 50_000);
  const row = endToEnd(big, 50_000, cores, 1);
  console.log(`\n50,000 documents, --jobs ${cores}: ${fixed(row.seconds)} s, ${fixed(row.docsPerSecond)} docs/s, peak ${fixed(row.peakMb, 0)} MB`);
  rmSync(big.dir, { recursive: true, force: true });
  rmSync(row.out, { recursive: true, force: true });
}

rmSync(archive.dir, { recursive: true, force: true });
rmSync(listDir, { recursive: true, force: true });
for (const row of rows) rmSync(row.out, { recursive: true, force: true });
