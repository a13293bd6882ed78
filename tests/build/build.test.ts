/**
 * The build through its API, with the real worker pool (dist/build/worker.js, built by the global setup).
 * Small folders: the fixture archive (four FRUS documents and three inputs that cannot be encoded).
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, BuildInputError, type BuildEvent, type FileReport } from '../../src/build/index.js';
import { validateHtml } from '../publish/html-checks.js';
import { archiveCopy, ARCHIVE, folderContents, scratch } from './helpers.js';

const GOOD = ['frus1955-57v02_d78', 'frus1955-57v25_d165', 'frus1977-80v21_d161', 'frus1977-80v26_d284'];

interface Report {
  files: FileReport[];
  summary: { documents: number; ok: number; warnings: number; failed: number };
  timings: { reused: number };
}

const readReport = (out: string): Report => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
const byName = (report: Report) => Object.fromEntries(report.files.map((f) => [f.name, f]));
/** Documents whose encoding ran in this build (a reused one has no encode time). */
const encoded = (report: Report) => report.files.filter((f) => f.timings.encode !== undefined).map((f) => f.name).sort();

describe('build a folder', () => {
  const input = archiveCopy();
  const out = join(scratch('out'), 'site');
  const events: BuildEvent[] = [];
  let first: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    first = await build({ input, out, jobs: 2, onEvent: (e) => events.push(e) });
  });

  it('builds every good document and reports the empty, binary and unencodable ones', () => {
    const report = readReport(out);
    const files = byName(report);
    expect(report.files).toHaveLength(7);
    expect(files['empty']?.status).toBe('failed');
    expect(files['empty']?.diagnostics).toMatchObject([{ rule: 'empty-input', severity: 'error' }]);
    expect(files['binary']?.diagnostics).toMatchObject([{ rule: 'input-encoding', line: 1, column: 1, severity: 'error' }]);
    expect(files['page-markers-only']?.diagnostics).toMatchObject([{ rule: 'no-heading', severity: 'error' }]);
    for (const name of ['empty', 'binary', 'page-markers-only']) {
      expect(files[name]?.outputs).toEqual([]);
      expect(existsSync(join(out, `${name}.xml`))).toBe(false);
    }
    for (const name of GOOD) {
      expect(files[name]?.outputs).toEqual([`${name}.xml`, `${name}.html`, `${name}.txt`]);
      expect(files[name]?.timings).toMatchObject({ encode: expect.any(Number), validate: expect.any(Number), publish: expect.any(Number) });
      expect(readFileSync(join(out, `${name}.xml`), 'utf8')).toMatch(/^<\?xml[^]*<TEI /);
      expect(readFileSync(join(out, `${name}.html`), 'utf8')).toMatch(/<link rel="stylesheet" href="edition.css"/);
    }
    expect(report.summary.documents).toBe(7);
    expect(report.summary.failed).toBeGreaterThanOrEqual(3);
    expect(first.counts).toEqual(report.summary);
    expect(existsSync(join(out, 'edition.css'))).toBe(true);
    expect(existsSync(join(out, 'report.json.part'))).toBe(false);
  });

  it('lists the documents in the report and the index by volume and number, and links no page to another volume', () => {
    const report = readReport(out);
    // Four volumes, one document each; the three without a number follow, by name.
    const order = ['frus1955-57v02_d78', 'frus1955-57v25_d165', 'frus1977-80v21_d161', 'frus1977-80v26_d284'];
    expect(report.files.map((f) => f.name)).toEqual([...order, 'binary', 'empty', 'page-markers-only']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const linked = [...index.matchAll(/href="([^"]+)\.html"/g)].map((m) => m[1]);
    expect(linked).toEqual(order);
    const page = (name: string) => readFileSync(join(out, `${name}.html`), 'utf8');
    const rel = (name: string, kind: string) => new RegExp(`<a href="([^"]+)\\.html" rel="${kind}"`).exec(page(name))?.[1];
    for (const name of order) expect([rel(name, 'prev'), rel(name, 'next')]).toEqual([undefined, undefined]);
    expect(page(order[1]!)).toContain('href="index.html"');
  });

  it('reports progress per phase, ending at the total', () => {
    const phases = events.filter((e) => e.type === 'phase');
    expect(phases).toEqual([
      { type: 'phase', phase: 'encode', total: 7 },
      { type: 'phase', phase: 'publish', total: 7 },
    ]);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'document', phase: 'publish', done: 7, total: 7 });
  });

  it('re-run: reuses every document that built, redoes only an edited one, then everything with force', async () => {
    const before = folderContents(out);
    const again = await build({ input, out, jobs: 2 });
    expect(again.timings.reused).toBe(GOOD.length);
    expect(encoded(readReport(out))).toEqual(['binary', 'empty', 'page-markers-only']);
    expect(folderContents(out)).toEqual(before);

    appendFileSync(join(input, 'frus1977-80v21_d161.txt'), '\nA paragraph added later.\n');
    await build({ input, out, jobs: 2 });
    expect(encoded(readReport(out))).toEqual(['binary', 'empty', 'frus1977-80v21_d161', 'page-markers-only']);
    expect(readFileSync(join(out, 'frus1977-80v21_d161.txt'), 'utf8')).toContain('A paragraph added later.');

    const forced = await build({ input, out, jobs: 2, force: true });
    expect(forced.timings.reused).toBe(0);
    expect(encoded(readReport(out))).toHaveLength(7);
  });

  it('removes the outputs of a document whose input is gone or no longer encodes', async () => {
    renameSync(join(input, 'frus1955-57v25_d165.txt'), join(scratch('moved'), 'd165.txt'));
    writeFileSync(join(input, 'frus1977-80v26_d284.txt'), '');
    await build({ input, out, jobs: 2 });
    for (const ext of ['xml', 'html', 'txt']) {
      expect(existsSync(join(out, `frus1955-57v25_d165.${ext}`))).toBe(false);
      expect(existsSync(join(out, `frus1977-80v26_d284.${ext}`))).toBe(false);
    }
    const report = readReport(out);
    expect(report.files.map((f) => f.name)).not.toContain('frus1955-57v25_d165');
    expect(byName(report)['frus1977-80v26_d284']?.status).toBe('failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('d165');
  });
});

describe('an index in pages', () => {
  // Four volumes of one document each, then the copies numbered 1000 and 1001, of no volume; the
  // three inputs that cannot be encoded have no place.
  const order = ['frus1955-57v02_d78', 'frus1955-57v25_d165', 'frus1977-80v21_d161', 'frus1977-80v26_d284', 'copy1000', 'copy1001'];
  const input = archiveCopy(2);
  const out = join(scratch('pages'), 'site');
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  const listed = (file: string) => [...read(file).matchAll(/<td><a href="([^"]+)\.html">/g)].map((m) => m[1]);
  const up = (name: string) => /<li class="nav-index"><a href="([^"]+)">/.exec(read(`${name}.html`))?.[1];
  const indexPages = () => readdirSync(out).filter((f) => /^index/.test(f)).sort();
  /** What identifies a written file: an atomic write replaces the file, and so its inode. */
  const written = (file: string) => ({ ino: statSync(join(out, file)).ino, mtime: statSync(join(out, file)).mtimeMs });

  beforeAll(async () => {
    await build({ input, out, jobs: 2, indexPageSize: 2 });
  });

  it('lists every encoded document on exactly one page, in document order, and links each document to its page', () => {
    expect(indexPages()).toEqual(['index-2.html', 'index-3.html', 'index.html']);
    expect([listed('index.html'), listed('index-2.html'), listed('index-3.html')]).toEqual([order.slice(0, 2), order.slice(2, 4), order.slice(4)]);
    expect(order.map(up)).toEqual(['index.html', 'index.html', 'index-2.html', 'index-2.html', 'index-3.html', 'index-3.html']);
    expect(read('index-2.html')).toContain('<p class="index-count">Documents 3–4 of 6.</p>');
    expect(read('index-3.html')).toContain('<p class="index-count">Documents 5–6 of 6.</p>');
  });

  it('links neighbours of one volume, across index pages, and never across volumes', () => {
    const rel = (name: string, kind: string) => new RegExp(`<a href="([^"]+)\\.html" rel="${kind}"`).exec(read(`${name}.html`))?.[1];
    expect([rel('copy1000', 'prev'), rel('copy1000', 'next'), rel('copy1001', 'prev'), rel('copy1001', 'next')]).toEqual([undefined, 'copy1001', 'copy1000', undefined]);
    expect(rel('frus1977-80v26_d284', 'next')).toBeUndefined();
  });

  it('links each page to its neighbours and to every page', async () => {
    // The page links (the volumes' list links to places on pages, index-2.html#volume-…).
    const nav = (file: string) => [...read(file).matchAll(/<a href="(index[^"#]*)"([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`);
    const numbers = (current: number) => ['index.html', 'index-2.html', 'index-3.html'].map((f, i) => (i + 1 === current ? `${f} aria-current="page"` : f));
    expect(nav('index.html')).toEqual([...numbers(1), 'index-2.html rel="next"']);
    expect(nav('index-2.html')).toEqual(['index.html rel="prev"', ...numbers(2), 'index-3.html rel="next"']);
    expect(nav('index-3.html')).toEqual(['index-2.html rel="prev"', ...numbers(3)]);
    for (const file of indexPages()) expect(await validateHtml(read(file))).toEqual([]);
  });

  it('re-run: rewrites no index page when nothing changed, and only the page of a changed entry', async () => {
    const files = indexPages();
    const before = Object.fromEntries(files.map((f) => [f, written(f)]));
    await build({ input, out, jobs: 2, indexPageSize: 2 });
    expect(Object.fromEntries(files.map((f) => [f, written(f)]))).toEqual(before);

    const d165 = join(input, 'frus1955-57v25_d165.txt');
    writeFileSync(d165, readFileSync(d165, 'utf8').replace('Embassy in France', 'Embassy in Italy'));
    await build({ input, out, jobs: 2, indexPageSize: 2 });
    expect(read('index.html')).toContain('Telegram From the Embassy in Italy');
    expect(written('index.html')).not.toEqual(before['index.html']);
    expect(written('index-2.html')).toEqual(before['index-2.html']);
    expect(written('index-3.html')).toEqual(before['index-3.html']);
  });

  it('leaves a document that fails to publish off its page, the others keeping theirs', async () => {
    writeFileSync(join(out, 'frus1977-80v26_d284.xml'), '<doc>not TEI</doc>');
    rmSync(join(out, 'frus1977-80v26_d284.html'));
    await build({ input, out, jobs: 2, indexPageSize: 2 });
    expect(listed('index-2.html')).toEqual(['frus1977-80v21_d161']);
    expect(listed('index-3.html')).toEqual(['copy1000', 'copy1001']);
    expect(up('copy1000')).toBe('index-3.html');
  });

  it('removes the pages after the last when a rebuild needs fewer', async () => {
    await build({ input, out, jobs: 2, indexPageSize: 6, force: true });
    expect(indexPages()).toEqual(['index.html']);
    expect(listed('index.html')).toEqual(order);
    expect(read('index.html')).toContain('<p class="index-count">6 documents.</p>');
    expect(read('index.html')).not.toContain('class="index-pages"');
    expect(order.map(up)).toEqual(order.map(() => 'index.html'));
  });
});

describe('build', () => {
  it('writes identical outputs whatever the number of jobs', async () => {
    const input = archiveCopy(6);
    const out = join(scratch('jobs'), 'site');
    await build({ input, out, jobs: 1, indexPageSize: 4 });
    const single = folderContents(out);
    expect(Object.keys(single)).toContain('index-3.html');
    renameSync(out, `${out}-1`);
    await build({ input, out, jobs: 2, indexPageSize: 4 });
    expect(Object.keys(single)).toHaveLength(Object.keys(folderContents(out)).length);
    expect(folderContents(out)).toEqual(single);
  });

  it('stops between documents when aborted, and the next run completes the same build', async () => {
    const input = archiveCopy(6);
    const out = join(scratch('abort'), 'site');
    await build({ input, out, jobs: 2 });
    const reference = folderContents(out);
    renameSync(out, `${out}-reference`);

    const stop = new AbortController();
    const stopped = await build({
      input, out, jobs: 2, signal: stop.signal,
      onEvent: (e) => e.type === 'document' && e.phase === 'publish' && e.done === 3 && stop.abort(),
    });
    expect(stopped.interrupted).toBe(true);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    const resumed = await build({ input, out, jobs: 2 });
    expect(resumed.timings.reused).toBeGreaterThanOrEqual(3);
    expect(folderContents(out)).toEqual(reference);
  });

  it('builds a single file: no index, no links between pages', async () => {
    const out = scratch('single');
    const result = await build({ input: join(ARCHIVE, 'frus1977-80v26_d284.txt'), out, jobs: 1, width: 60 });
    expect(result.index).toBeUndefined();
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'frus1977-80v26_d284.html'), 'utf8')).not.toMatch(/rel="(prev|next)"/);
    const text = readFileSync(join(out, 'frus1977-80v26_d284.txt'), 'utf8');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('fails documents named like an index page (index, index-2), building the others', async () => {
    const input = scratch('reserved');
    copyFileSync(join(ARCHIVE, 'frus1977-80v26_d284.txt'), join(input, 'index.txt'));
    copyFileSync(join(ARCHIVE, 'frus1977-80v21_d161.txt'), join(input, 'index-2.txt'));
    copyFileSync(join(ARCHIVE, 'frus1955-57v02_d78.txt'), join(input, 'frus1955-57v02_d78.txt'));
    const out = scratch('reserved-out');
    const result = await build({ input, out, jobs: 1 });
    expect(result.counts.failed).toBe(2);
    for (const name of ['index', 'index-2']) {
      expect(byName(readReport(out))[name]?.diagnostics).toMatchObject([{ rule: 'name-reserved' }]);
    }
    expect(existsSync(join(out, 'index-2.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="frus1955-57v02_d78.html"');
  });

  it('refuses a second build into an output folder while one is running', async () => {
    const out = scratch('locked');
    mkdirSync(join(out, '.tei-telegram'));
    writeFileSync(join(out, '.tei-telegram/lock'), String(process.pid));
    await expect(build({ input: ARCHIVE, out })).rejects.toThrow(/another build \(process \d+\) is writing/);
    // A lock left by a process that is gone (a killed build) is taken over.
    writeFileSync(join(out, '.tei-telegram/lock'), '999999999');
    await build({ input: join(ARCHIVE, 'frus1955-57v02_d78.txt'), out, jobs: 1 });
    expect(existsSync(join(out, '.tei-telegram/lock'))).toBe(false);
  });

  it('refuses to write into the input folder, and an input without documents', async () => {
    await expect(build({ input: ARCHIVE, out: ARCHIVE })).rejects.toThrow(BuildInputError);
    await expect(build({ input: join(ARCHIVE, 'empty.txt'), out: `${ARCHIVE}/` })).rejects.toThrow(/is the input folder/);
    const emptyFolder = scratch('nothing');
    mkdirSync(join(emptyFolder, 'sub'));
    await expect(build({ input: emptyFolder, out: scratch('o') })).rejects.toThrow(/holds no NAME\.txt/);
    await expect(build({ input: join(emptyFolder, 'missing'), out: scratch('o') })).rejects.toThrow(/no such file/);
  });
});

describe('a folder published at a known address', () => {
  it("gives each page's own address in its citation, and redoes the pages when the address changes", async () => {
    const input = archiveCopy();
    const out = join(scratch('url'), 'site');
    await build({ input, out, jobs: 1, baseUrl: 'https://example.org/frus' });
    const page = readFileSync(join(out, 'frus1977-80v26_d284.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://example.org/frus/frus1977-80v26_d284.html">');
    expect(page).toContain('Available at <a href="https://example.org/frus/frus1977-80v26_d284.html">');
    const written = statSync(join(out, 'frus1977-80v26_d284.html')).mtimeMs;
    await build({ input, out, jobs: 1, baseUrl: 'https://example.org/frus' });
    expect(statSync(join(out, 'frus1977-80v26_d284.html')).mtimeMs).toBe(written);
    await build({ input, out, jobs: 1, baseUrl: 'https://archive.example.net/' });
    expect(readFileSync(join(out, 'frus1977-80v26_d284.html'), 'utf8')).toContain('Available at <a href="https://archive.example.net/frus1977-80v26_d284.html">');
  });
});
