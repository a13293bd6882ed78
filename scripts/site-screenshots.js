#!/usr/bin/env node
// Remakes docs/screenshots/site-{index,search,persons}.png from a built folder (default
// /tmp/devbuild, e.g. `node bin/tei-telegram.js build ../shared/corpus/dev --out /tmp/devbuild`):
// the volume-grouped index, the search page answering a query (QUERY, default "Dimitriou Cyprus"),
// and the persons index of PERSONS_DIR (default the same folder; a volume built with its own list,
// e.g. the 1977–80 v21 documents with `--persons ../shared/corpus/lists/frus1977-80v21-persons.txt`),
// in the system Chromium, with nothing loaded from outside the folder.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = process.argv[2] ?? '/tmp/devbuild';
const personsBuilt = process.argv[3] ?? built;
const query = process.env.QUERY ?? 'Dimitriou Cyprus';
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'site-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const url = (file, dir = built) => pathToFileURL(join(dir, file)).href;
  await page.goto(url('index.html'));
  await page.screenshot({ path: join(out, 'site-index.png') });
  await page.goto(`${url('search.html')}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-hit');
  console.log(`search "${query}": ${await page.locator('#search-status').innerText()}`);
  await page.screenshot({ path: join(out, 'site-search.png'), fullPage: true });
  await page.goto(url('persons.html', personsBuilt));
  await page.screenshot({ path: join(out, 'site-persons.png') });
  console.log(`wrote ${['site-index.png', 'site-search.png', 'site-persons.png'].map((f) => join('docs/screenshots', f)).join(', ')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
