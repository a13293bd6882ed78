/**
 * The archive site in a real browser (Debian's chromium through playwright-core, never a
 * downloaded browser; skipped with a notice where /usr/bin/chromium is absent), opened from the
 * file system with every other request refused: the search page answers a typed query with links
 * to the places, the index sorts and filters, and axe finds nothing to fix. The query's time is
 * printed, not asserted (npm run bench:search measures it on 2,000 documents).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { readLists } from '../../src/encode/names/index.js';
import { archiveCopy, ROOT, scratch } from './helpers.js';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) console.warn(`site browser tests: ${executablePath} is absent; skipped`);
const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the archive site in chromium', () => {
  const input = archiveCopy(2);
  const out = join(scratch('site-browser'), 'site');
  const url = (file: string) => pathToFileURL(join(out, file)).href;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const lists = readLists({ persons: { text: 'List of Persons\nEvren, Kenan, General, Chief of the Turkish General Staff\n', file: 'persons.txt' } }).lists;
    // Shards of three documents: the page asks two indexes and merges their places, as it does for a large archive.
    await build({ input, out, jobs: 2, lists, searchShardSize: 3 });
    profile = mkdtempSync(join(tmpdir(), 'pw-site-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    await context.route(/^(?!file:)/, (route) => route.abort());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('answers a typed query with the documents and links to the places, each scrolling to its anchor', async () => {
    await page.goto(url('search.html'));
    await page.locator('#search-query').pressSequentially('Evren');
    const first = page.locator('.search-hit-places a').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^frus1977-80v21_d161\.html#[\w.-]+$/);
    expect(await page.locator('.search-hit-document a').allInnerTexts()).toEqual([expect.stringMatching(/^161\. Telegram/)]);
    const ms = Number(await page.evaluate(() => document.body.dataset.searchMs));
    const load = Number(await page.evaluate(() => document.body.dataset.loadMs));
    console.log(`site search in chromium, ${6} documents: query "Evren" ${ms.toFixed(2)} ms, index loaded in ${load.toFixed(1)} ms`);
    expect(ms).toBeGreaterThanOrEqual(0);
    await first.click();
    await page.waitForURL(/frus1977-80v21_d161\.html#/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${anchor}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.innerText()).toContain('Evren');
    expect(await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens with the query of its address, finds a document by its number, and passes axe-core', async () => {
    await page.goto(`${url('search.html')}?q=284`);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit-places a').first().getAttribute('href')).toBe('frus1977-80v26_d284.html#d284');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('sorts the index by date and filters it by kind and date, volume by volume', async () => {
    await page.goto(url('index.html'));
    const visible = () => page.locator('section.volume:not([hidden]) tbody tr:not([hidden]) td:first-child').allInnerTexts();
    expect(await visible()).toEqual(['78', '165', '161', '284', '1000', '1001']);
    await page.selectOption('select[name="kind"]', 'telegram');
    expect((await visible()).length).toBeGreaterThan(0);
    const kinds = await page.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['telegram']));
    await page.selectOption('select[name="kind"]', '');
    // A date range leaves out the undated (document 284's dateline gives no date).
    await page.fill('input[name="from"]', '1977');
    expect(await visible()).toEqual(['161']);
    await page.fill('input[name="from"]', '');
    // Copy 1000 is document 78's text (1955), copy 1001 document 165's (1956): by date, latest first.
    await page.selectOption('select[name="sort"]', 'date-desc');
    const other = await page.locator('#volume-other tbody tr td:first-child').allInnerTexts();
    expect(other).toEqual(['1001', '1000']);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
