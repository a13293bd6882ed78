#!/usr/bin/env node
// The archive's search (dist/, after `npm run build`): for our encodings of the dev corpus
// (../shared/corpus/dev/*.txt, encoded once before timing) and archives of copies of them with
// distinct numbers (SIZES, default 40 and 2,000 documents), the time to read each document's search
// units from its HTML page, to make the index of them all, its size (and gzipped, as a server
// would send it), and in the system Chromium the time to load it and the median time of a query
// (QUERIES queries, each RUNS times; the page measures each search as the reader's would).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { archiveDocument, encodedTexts, median, requireInputs, SHARED } from './common.js';

const dev = `${SHARED}corpus/dev/`;
const sizes = (process.env.SIZES ?? '40,2000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 5);
const queries = (process.env.QUERIES ?? 'Cyprus|Evren|Soviet arms|284|Makarios Denktash|embassy telegram|Dulles|withdrawal of Turkish troops|Ankara|NATO|Kyprianou|economic aid|Secretary of State|Greece Turkey|10500')
  .split('|');
const chromiumPath = '/usr/bin/chromium';

requireInputs('bench/search.js', ['dist/publish/search.js', 'dist/xslt/search.sef.json'], dev);
const { encode } = await import('../dist/encode/index.js');
const { createPublisher } = await import('../dist/publish/index.js');
const { searchRecord, searchData, searchIndexScript, searchEntry, SEARCH_SHARD_SIZE } = await import('../dist/publish/search.js');
const { siteFile, searchIndexFile } = await import('../dist/build/site-index.js');

const publisher = createPublisher();
const ours = encodedTexts(encode, dev);
// The pages once (the editions are not what is measured here), each copy numbered on.
const pages = [];
for (let i = 0; i < Math.max(...sizes); i += 8) {
  const batch = Array.from({ length: Math.min(8, Math.max(...sizes) - i) }, (_, k) => archiveDocument(ours, i + k));
  publisher.editions(batch.map((b) => ({ tei: b.tei, file: `${b.name}.xml` }))).forEach((outcome, k) => {
    if ('editions' in outcome) pages.push({ name: batch[k].name, ...outcome.editions });
  });
}

const { chromium } = await import('playwright-core');
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`bench/search.js: ${chromiumPath} is absent; the browser is not measured`);
const browser = hasChromium ? await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}) : undefined;

console.log(`search of our encodings of the dev corpus (${ours.length} documents) and copies; ${queries.length} queries × ${runs} runs in Chromium`);
console.log('documents | units | read units (ms/document) | make index (s) | search-index*.js (MB, shards) | gzipped (MB) | load in browser (ms) | query median (ms) | slowest query median (ms)');
console.log('---:|---:|---:|---:|---:|---:|---:|---:|---:');
for (const size of sizes) {
  const some = pages.slice(0, size);
  const readStarted = performance.now();
  const documents = some.map((p) => ({ ...searchEntry(`${p.name}.html`, p.facts, p.facts['volume-title']), units: searchRecord(p.html).units }));
  const readMs = (performance.now() - readStarted) / some.length;
  const units = documents.reduce((n, d) => n + d.units.length, 0);
  const indexStarted = performance.now();
  // The shards as the build makes them (each a script of its own; the page loads them all).
  const shards = [];
  for (let i = 0; i < documents.length; i += SEARCH_SHARD_SIZE) shards.push(searchIndexScript(searchData(documents.slice(i, i + SEARCH_SHARD_SIZE))));
  const indexMs = performance.now() - indexStarted;
  const bytes = shards.reduce((n, script) => n + Buffer.byteLength(script), 0);
  const gzipped = shards.reduce((n, script) => n + gzipSync(script).length, 0);
  const shardFiles = shards.map((_, i) => searchIndexFile(i + 1));
  let load = '', queryMedian = '', slowest = '';
  if (browser) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
    try {
      shards.forEach((script, i) => writeFileSync(join(dir, shardFiles[i]), script));
      writeFileSync(join(dir, 'minisearch.js'), siteFile({ type: 'minisearch' }, publisher));
      writeFileSync(join(dir, 'site-search.js'), siteFile({ type: 'asset', name: 'site-search.js' }, publisher));
      writeFileSync(join(dir, 'search.html'), publisher.searchPage({ stylesheetHref: 'edition.css', scripts: ['minisearch.js', ...shardFiles, 'site-search.js'] }));
      const page = await browser.newPage();
      await page.route(/^(?!file:)/, (route) => route.abort());
      const loads = [];
      for (let run = 0; run < 3; run++) {
        await page.goto(pathToFileURL(join(dir, 'search.html')).href);
        await page.waitForFunction(() => document.body.dataset.loadMs !== undefined);
        loads.push(Number(await page.evaluate(() => document.body.dataset.loadMs)));
      }
      const perQuery = [];
      const all = [];
      for (const query of queries) {
        const times = [];
        for (let run = 0; run < runs; run++) {
          times.push(await page.evaluate((q) => {
            const input = document.getElementById('search-query');
            input.value = q;
            document.querySelector('form.search-form').requestSubmit();
            return Number(document.body.dataset.searchMs);
          }, query));
        }
        perQuery.push(median(times));
        all.push(...times);
      }
      await page.close();
      load = median(loads).toFixed(0);
      queryMedian = median(all).toFixed(2);
      slowest = Math.max(...perQuery).toFixed(2);
      if (process.env.VERBOSE) queries.forEach((q, i) => console.log(`  ${q}: ${perQuery[i].toFixed(2)} ms`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log([size, units, readMs.toFixed(2), (indexMs / 1000).toFixed(2), (bytes / 1e6).toFixed(2), (gzipped / 1e6).toFixed(2), load, queryMedian, slowest].join(' | '));
}
await browser?.close();
