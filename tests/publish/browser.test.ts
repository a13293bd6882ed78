// The seed's HTML page in a real browser: Debian's chromium driven by playwright-core (never a
// downloaded browser). Skipped with a notice where /usr/bin/chromium is absent.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edition, root, seedTei } from './helpers.js';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) console.warn(`publish browser tests: ${executablePath} is absent; skipped`);

const screenshots = join(root, 'tests/artifacts/screenshots');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the seed page in chromium', () => {
  let profile: string;
  let site: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'pw-'));
    site = mkdtempSync(join(tmpdir(), 'edition-'));
    writeFileSync(join(site, 'd284.html'), edition(seedTei, { up: { href: 'index.html', label: 'Index' } }).html);
    url = pathToFileURL(join(site, 'd284.html')).href;
    mkdirSync(screenshots, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // No request may leave the page's own file.
    await context.route(/^(?!file:)/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  });

  async function inViewport(selector: string): Promise<boolean> {
    return page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
  }

  it('follows footnote 1 to note 1 and its back link returns', async () => {
    await page.goto(url);
    await page.click('#d284fn1-ref');
    expect(new URL(page.url()).hash).toBe('#d284fn1');
    expect(await inViewport('#d284fn1')).toBe(true);
    await page.click('#d284fn1 a.backref');
    expect(new URL(page.url()).hash).toBe('#d284fn1-ref');
    expect(await inViewport('#d284fn1-ref')).toBe(true);
    expect(await inViewport('#d284fn1')).toBe(false);
  });

  it('scrolls #pg_702 to its page marker', async () => {
    await page.goto(`${url}#pg_702`);
    expect(await inViewport('#pg_702')).toBe(true);
    expect(await page.locator('#pg_702').innerText()).toBe('[Page 702]');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  it('has no horizontal overflow at 320 px wide', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: join(screenshots, 'd284-320px.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps the notes and page markers in print', async () => {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#d284fn1').isVisible()).toBe(true);
    expect(await page.locator('#pg_701').isVisible()).toBe(true);
    expect(await page.locator('nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('passes axe-core with no violations', async () => {
    await page.goto(url);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'd284-screen.png'), fullPage: true });
  });
});
