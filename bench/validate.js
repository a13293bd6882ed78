#!/usr/bin/env node
// Validation speed against tei_all, ours (dist/, after `npm run build`) beside jing's, on the same
// files: the dev corpus (40 FRUS documents), the CWRC files, and the 3.2 MB Don Quijote.
//   cold: a whole process (start, schema load, validate the set), as a user runs it once;
//   warm: per pass once the validator is ready (ours: in process; jing: the marginal time of one
//         more pass over the set inside one JVM, from runs listing the set 1 and K+1 times).
// Prints medians of RUNS runs, files/s, MB/s and ours/jing ratios measured in this run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 5);
const WARM_PASSES = Number(process.env.WARM_PASSES ?? 4);
const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.TEI_TELEGRAM_SHARED ?? `${root}../shared/`;
const schema = `${root}schemas/tei_all.rng`;

function xmlIn(dir, filter = () => true) {
  return readdirSync(dir).filter((f) => f.endsWith('.xml') && filter(f)).sort().map((f) => dir + f);
}

const sets = {
  dev: xmlIn(`${shared}corpus/dev/`),
  cwrc: xmlIn(`${shared}corpus/thirdparty/`, (f) => f.startsWith('cwrc-')),
  quijote: xmlIn(`${shared}corpus/thirdparty/`, (f) => f === 'quixotei.xml'),
};

async function validateSet(files, passes) {
  const { createValidator } = await import('../dist/validate/index.js');
  const validator = await createValidator({ schema: 'tei_all' });
  const times = [];
  let errors = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    errors = 0;
    for (const file of files) errors += validator.validate(readFileSync(file), file).filter((d) => d.severity === 'error').length;
    times.push(performance.now() - started);
  }
  return { times, errors };
}

// Child mode: one cold run over a set.
if (process.argv[2] === '--cold') {
  const { errors } = await validateSet(sets[process.argv[3]], 1);
  console.log(errors);
  process.exit(0);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timed(command, args) {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { ms: performance.now() - started, stdout: run.stdout };
}

function rate(files, bytes, ms) {
  return `${(files / (ms / 1000)).toFixed(1).padStart(7)} files/s ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2).padStart(6)} MB/s`;
}

if (!existsSync(`${root}dist/validate/index.js`)) {
  console.error('bench/validate.js: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
if (!existsSync(`${shared}corpus/dev/`)) {
  console.error(`bench/validate.js: no corpus at ${shared}; set TEI_TELEGRAM_SHARED`);
  process.exit(1);
}
const hasJing = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
if (!hasJing) console.warn('jing is not installed: printing our figures only');

console.log(`validate against tei_all: medians of ${RUNS} runs; warm = per pass after the schema is loaded`);
for (const [name, files] of Object.entries(sets)) {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const oursCold = median(Array.from({ length: RUNS }, () => timed(process.execPath, [fileURLToPath(import.meta.url), '--cold', name]).ms));
  const { times } = await validateSet(files, RUNS + 1);
  const oursWarm = median(times.slice(1));
  console.log(`\n${name}: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  console.log(`  ours cold  ${oursCold.toFixed(0).padStart(6)} ms ${rate(files.length, bytes, oursCold)}`);
  console.log(`  ours warm  ${oursWarm.toFixed(0).padStart(6)} ms ${rate(files.length, bytes, oursWarm)}`);
  if (!hasJing) continue;
  // Runs of 1 and 1+K passes are paired so that load on a shared machine hits both alike.
  const repeated = Array.from({ length: WARM_PASSES + 1 }, () => files).flat();
  const pairs = Array.from({ length: RUNS }, () => {
    const once = timed('jing', [schema, ...files]).ms;
    return { once, pass: (timed('jing', [schema, ...repeated]).ms - once) / WARM_PASSES };
  });
  const jingCold = median(pairs.map((p) => p.once));
  const jingWarm = median(pairs.map((p) => p.pass));
  console.log(`  jing cold  ${jingCold.toFixed(0).padStart(6)} ms ${rate(files.length, bytes, jingCold)}`);
  console.log(`  jing warm  ${jingWarm.toFixed(0).padStart(6)} ms ${rate(files.length, bytes, jingWarm)}`);
  console.log(`  ours/jing  cold ×${(oursCold / jingCold).toFixed(2)}  warm ×${(oursWarm / jingWarm).toFixed(2)}  (below 1 = faster than jing)`);
}
