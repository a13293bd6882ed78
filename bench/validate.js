#!/usr/bin/env node
// Validation speed against tei_all, ours (dist/, after `npm run build`) beside jing's, in the same
// run, on the same files: the dev corpus (40 FRUS documents), the CWRC files, the 3.2 MB Don
// Quijote, and 1,000 documents (copies of the dev corpus's TEI in a temporary folder).
//   cold: a whole command as a user runs it (`tei-telegram validate --schema tei_all FILE…`: start,
//         schema load, validate; with worker threads beside the main one when the command decides
//         to (above 8 MB); the 1,000 documents also with `--jobs 1` (one thread) and `--jobs 2`);
//   warm: per pass once the validator is ready (ours: in process, one thread; jing: the marginal
//         time of one more pass over the set inside one JVM, from runs listing the set 1 and K+1 times).
// Prints medians of RUNS runs (wall time, and CPU time of all threads where /proc says), files/s,
// MB/s and ours/jing ratios measured in this run. SETS=quijote,many
// measures only those sets (dev, cwrc, quijote, many).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, requireInputs, ROOT as root, SHARED as shared } from './common.js';

const RUNS = Number(process.env.RUNS ?? 3);
const WARM_PASSES = Number(process.env.WARM_PASSES ?? 3);
const MANY = Number(process.env.MANY ?? 1000);
const schema = `${root}schemas/tei_all.rng`;
const bin = `${root}bin/tei-telegram.js`;

function xmlIn(dir, filter = () => true) {
  return readdirSync(dir).filter((f) => f.endsWith('.xml') && filter(f)).sort().map((f) => dir + f);
}

requireInputs('bench/validate.js', ['dist/validate/index.js'], `${shared}corpus/dev/`);

/** MANY documents: the dev corpus's TEI copied round and round under new names. */
function manyDocuments(dir, sources) {
  return Array.from({ length: MANY }, (_, i) => {
    const path = join(dir, `doc${String(i).padStart(4, '0')}.xml`);
    copyFileSync(sources[i % sources.length], path);
    return path;
  });
}

const manyDir = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-validate-'));
process.on('exit', () => rmSync(manyDir, { recursive: true, force: true }));
const dev = xmlIn(`${shared}corpus/dev/`);
const allSets = {
  dev: () => dev,
  cwrc: () => xmlIn(`${shared}corpus/thirdparty/`, (f) => f.startsWith('cwrc-')),
  quijote: () => xmlIn(`${shared}corpus/thirdparty/`, (f) => f === 'quixotei.xml'),
  many: () => manyDocuments(manyDir, dev),
};
// SETS=quijote,many measures only those (default: all).
const chosen = process.env.SETS ? process.env.SETS.split(',') : Object.keys(allSets);
const sets = Object.fromEntries(chosen.map((name) => {
  if (!allSets[name]) throw new Error(`bench/validate.js: no set ${name} (${Object.keys(allSets).join(', ')})`);
  return [name === 'many' ? `${MANY} documents` : name, allSets[name]()];
}));

async function validateSet(files, passes) {
  const { createValidator } = await import('../dist/validate/index.js');
  const validator = await createValidator({ schema: 'tei_all' });
  const bytes = files.map((f) => readFileSync(f));
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < files.length; i++) validator.validate(bytes[i], files[i]);
    const { user, system } = process.cpuUsage(cpu);
    times.push({ wall: performance.now() - started, cpu: (user + system) / 1000 });
  }
  return times;
}

/** Medians of wall and CPU times, each on its own. */
function medians(times) {
  return { wall: median(times.map((t) => t.wall)), cpu: times.some((t) => t.cpu === undefined) ? undefined : median(times.map((t) => t.cpu)) };
}

/** `wall ms (cpu ms CPU)` and rates of the wall time. */
function line(label, files, bytes, t) {
  const cpu = t.cpu === undefined ? '' : ` (${t.cpu.toFixed(0).padStart(5)} ms CPU)`;
  return `  ${label.padEnd(10)} ${t.wall.toFixed(0).padStart(6)} ms${cpu} ${rate(files, bytes, t.wall)}`;
}

function ratio(a, b) {
  const cpu = a.cpu === undefined || b.cpu === undefined ? '' : ` (CPU ×${(a.cpu / b.cpu).toFixed(2)})`;
  return `×${(a.wall / b.wall).toFixed(2)}${cpu}`;
}

/**
 * CPU time of the children this process has waited for, in ms (Linux: /proc/self/stat's cutime and
 * cstime, in ticks of 10 ms); undefined elsewhere. jing's includes its JIT and collector threads.
 */
function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** A command's wall time and CPU time (all its threads), in ms. */
function timed(command, args) {
  const cpu = childrenCpu();
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  const wall = performance.now() - started;
  return { wall, cpu: cpu === undefined ? undefined : childrenCpu() - cpu };
}

function rate(files, bytes, ms) {
  return `${(files / (ms / 1000)).toFixed(1).padStart(7)} files/s ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2).padStart(6)} MB/s`;
}

const hasJing = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
if (!hasJing) console.warn('jing is not installed: printing our figures only');

console.log(`validate against tei_all: medians of ${RUNS} runs; warm = per pass after the schema is loaded`);
for (const [name, files] of Object.entries(sets)) {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`\n${name}: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  // Ours and jing's cold runs alternate, so that load on a shared machine hits both alike.
  const cold = { ours: [], oursOne: [], oursWorkers: [], jing: [], jingPass: [] };
  const repeated = Array.from({ length: WARM_PASSES + 1 }, () => files).flat();
  for (let run = 0; run < RUNS; run++) {
    cold.ours.push(timed(process.execPath, [bin, 'validate', '--schema', 'tei_all', ...files]));
    if (files.length > 100) {
      cold.oursOne.push(timed(process.execPath, [bin, 'validate', '--schema', 'tei_all', '--jobs', '1', ...files]));
      cold.oursWorkers.push(timed(process.execPath, [bin, 'validate', '--schema', 'tei_all', '--jobs', '2', ...files]));
    }
    if (!hasJing) continue;
    const once = timed('jing', [schema, ...files]);
    cold.jing.push(once);
    if (files.length <= 100) {
      const more = timed('jing', [schema, ...repeated]);
      cold.jingPass.push({ wall: (more.wall - once.wall) / WARM_PASSES, cpu: once.cpu === undefined ? undefined : (more.cpu - once.cpu) / WARM_PASSES });
    }
  }
  const oursCold = medians(cold.ours);
  console.log(line('ours cold', files.length, bytes, oursCold));
  if (cold.oursWorkers.length > 0) {
    console.log(line('(--jobs 1)', files.length, bytes, medians(cold.oursOne)));
    console.log(line('(--jobs 2)', files.length, bytes, medians(cold.oursWorkers)));
  }
  let oursWarm;
  if (files.length <= 100) {
    oursWarm = medians((await validateSet(files, RUNS + 1)).slice(1));
    console.log(line('ours warm', files.length, bytes, oursWarm));
  }
  if (!hasJing) continue;
  const jingCold = medians(cold.jing);
  console.log(line('jing cold', files.length, bytes, jingCold));
  if (oursWarm !== undefined) {
    const jingWarm = medians(cold.jingPass);
    console.log(line('jing warm', files.length, bytes, jingWarm));
    console.log(`  ours/jing  cold ${ratio(oursCold, jingCold)}  warm ${ratio(oursWarm, jingWarm)}  (below 1 = faster than jing)`);
  } else {
    console.log(`  ours/jing  cold ${ratio(oursCold, jingCold)}  (below 1 = faster than jing)`);
  }
}
