/**
 * The archive's pages a folder build makes besides the documents': the index by volume, the search
 * (each document's record, the index of them all) and the persons index; and their incremental rebuild.
 */
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { layout } from '../../src/build/layout.js';
import { Manifest } from '../../src/build/manifest.js';
import { writeSite } from '../../src/build/site.js';
import type { SiteTask } from '../../src/build/tasks.js';
import { readLists } from '../../src/encode/names/index.js';
import { validateHtml, anchorIds } from '../publish/html-checks.js';
import { archiveCopy, scratch } from './helpers.js';

const PERSONS = `List of Persons
Carter, James Earl, “Jimmy,” President of the United States
Evren, Kenan, General, Chief of the Turkish General Staff
Vance, Cyrus R., Secretary of State
`;

interface SearchShard {
  documents: { href: string; number: string; heading: string; volume?: string; kind?: string }[];
  index: Parameters<typeof MiniSearch.loadJS>[0];
}

interface SearchGlobal {
  options: ConstructorParameters<typeof MiniSearch>[0];
  shards: SearchShard[];
}

/** The index's shards run as the page runs them (scripts in order, on one window). */
function loadShards(scripts: string[]): SearchGlobal {
  const window: { teiTelegramSearch?: SearchGlobal } = {};
  for (const script of scripts) runInNewContext(script, { window });
  return window.teiTelegramSearch!;
}

describe('the archive site', () => {
  const input = archiveCopy(2);
  const out = join(scratch('site'), 'site');
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  const written = (file: string) => statSync(join(out, file)).ino;
  const lists = readLists({ persons: { text: PERSONS, file: 'persons.txt' } }).lists;
  /** search-index.js (the one shard of so few documents) run as the page runs it, and its index loaded with the options it carries. */
  const loadSearch = () => {
    const { options, shards } = loadShards([read('search-index.js')]);
    expect(shards).toHaveLength(1);
    return { data: shards[0]!, search: MiniSearch.loadJS(shards[0]!.index, options) };
  };

  beforeAll(async () => {
    await build({ input, out, jobs: 2, lists });
  });

  it('groups the index by volume, each titled, its documents in order, and lists the volumes', async () => {
    const index = read('index.html');
    const headings = [...index.matchAll(/<section class="volume" id="([^"]+)"[^>]*><h2[^>]*>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(headings).toEqual([
      ['volume-frus1955-57v02', 'Foreign Relations of the United States, 1955–57, Volume II'],
      ['volume-frus1955-57v25', 'Foreign Relations of the United States, 1955–57, Volume XXV'],
      ['volume-frus1977-80v21', 'Foreign Relations of the United States, 1977–80, Volume XXI'],
      ['volume-frus1977-80v26', 'Foreign Relations of the United States, 1977–80, Volume XXVI'],
      ['volume-other', 'Other documents'],
    ]);
    expect(index).toMatch(/<nav class="volumes"[^]*<a href="#volume-frus1955-57v25">Foreign Relations of the United States, 1955–57, Volume XXV<\/a> \(1 document\)/);
    // What the page's script sorts and filters by: the date's ISO value and the kind.
    expect(index).toContain('<tr data-order="1" data-when="1981-01-17T01:14:00Z" data-kind="telegram">');
    expect(index).toContain('<form class="search-form" role="search" action="search.html" method="get">');
    expect(index).toContain('<a href="persons.html">Persons index</a>');
    expect(index).toContain('<script src="site-index.js" defer></script>');
    expect(await validateHtml(index)).toEqual([]);
  });

  it('ships the search: the page, the library, its script and the index, nothing from elsewhere', async () => {
    const page = read('search.html');
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['minisearch.js', 'search-index.js', 'site-search.js']);
    expect(page).toContain('<noscript>Search needs JavaScript.');
    expect(await validateHtml(page)).toEqual([]);
    expect(read('minisearch.js')).toMatch(/^\/\*! MiniSearch 7\.2\.0\n/);
    expect(read('site-search.js')).toBe(readFileSync(join(import.meta.dirname, '../../xslt/site-search.js'), 'utf8'));
  });

  it('finds words, names and numbers, each hit an anchor of its page', () => {
    const { data, search } = loadSearch();
    expect(data.documents.map((d) => d.href)).toEqual([
      'frus1955-57v02_d78.html', 'frus1955-57v25_d165.html', 'frus1977-80v21_d161.html', 'frus1977-80v26_d284.html', 'copy1000.html', 'copy1001.html',
    ]);
    const hits = (query: string) => search.search(query).map((hit) => `${data.documents[hit.d as number]!.href}#${hit.a as string}`);
    const evren = hits('Evren');
    expect(evren.length).toBeGreaterThan(1);
    for (const link of [...evren, ...hits('Soviet arms'), ...hits('284')]) {
      const [file, anchor] = link.split('#');
      expect(anchorIds(read(file!)).has(anchor!)).toBe(true);
    }
    const exact = search.search('Evren', { fuzzy: 0, prefix: false }).map((hit) => data.documents[hit.d as number]!.href);
    expect(new Set(exact)).toEqual(new Set(['frus1977-80v21_d161.html']));
    expect(hits('284')[0]).toBe('frus1977-80v26_d284.html#d284');
  });

  it('lists each person of the lists the documents name, with the documents, at the place that mentions them', async () => {
    const persons = read('persons.html');
    expect(persons).toMatch(/<dt>Evren, Kenan<\/dt><dd class="person-description">General, Chief of the Turkish General Staff<\/dd><dd><ul class="person-documents"><li><a href="frus1977-80v21_d161.html#([^"]+)">/);
    const anchor = /href="frus1977-80v21_d161.html#([^"]+)"/.exec(persons)![1]!;
    expect(anchorIds(read('frus1977-80v21_d161.html')).has(anchor)).toBe(true);
    expect(await validateHtml(persons)).toEqual([]);
  });

  it('re-run: keeps every search record and the index when nothing changed, redoes one record and the index for one change', async () => {
    const records = ['frus1955-57v02_d78', 'frus1977-80v21_d161'].map((n) => `.tei-telegram/search/${n}.json`);
    const before = Object.fromEntries([...records, 'search-index.js', 'persons.html', 'minisearch.js'].map((f) => [f, written(f)]));
    await build({ input, out, jobs: 2, lists });
    expect(Object.fromEntries(Object.keys(before).map((f) => [f, written(f)]))).toEqual(before);

    const d161 = join(input, 'frus1977-80v21_d161.txt');
    writeFileSync(d161, readFileSync(d161, 'utf8').replace(/Evren/g, 'Evrenn'));
    await build({ input, out, jobs: 2, lists });
    expect(written(records[0]!)).toBe(before[records[0]!]);
    expect(written(records[1]!)).not.toBe(before[records[1]!]);
    expect(written('search-index.js')).not.toBe(before['search-index.js']);
    expect(written('minisearch.js')).toBe(before['minisearch.js']);
    const { data, search } = loadSearch();
    expect(search.search('Evrenn', { fuzzy: 0, prefix: false }).map((h) => data.documents[h.d as number]!.href)).toContain('frus1977-80v21_d161.html');
  });

  it('makes the index in shards, the page loading each, and removes the shards a later build no longer makes', async () => {
    const sharded = join(scratch('site'), 'sharded');
    await build({ input, out: sharded, jobs: 1, searchShardSize: 4 });
    const page = readFileSync(join(sharded, 'search.html'), 'utf8');
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['minisearch.js', 'search-index.js', 'search-index-2.js', 'site-search.js']);
    const { options, shards } = loadShards(['search-index.js', 'search-index-2.js'].map((f) => readFileSync(join(sharded, f), 'utf8')));
    expect(shards.map((s) => s.documents.length)).toEqual([4, 2]);
    const { data } = loadSearch();
    expect(shards.flatMap((s) => s.documents)).toEqual(data.documents);
    // Each shard answers for its own documents.
    const found = shards.flatMap((s) => MiniSearch.loadJS(s.index, options).search('284', { prefix: false, fuzzy: 0 }).map((h) => s.documents[h.d as number]!.href));
    expect(found).toContain('frus1977-80v26_d284.html');
    await build({ input, out: sharded, jobs: 1, searchShardSize: 10 });
    expect(existsSync(join(sharded, 'search-index-2.js'))).toBe(false);
    expect(readFileSync(join(sharded, 'search.html'), 'utf8')).not.toContain('search-index-2.js');
  });

  it('reports a site file whose worker died, keeps the others and the file as it was, and makes it again next time', async () => {
    const paths = layout(out);
    const manifest = Manifest.load(paths);
    const index = read('index.html');
    const dying = async (task: SiteTask) => {
      if (task.file === 'index.html') throw new Error('Worker terminated due to reaching memory limit');
    };
    const context = { options: { input, out }, paths, manifest, run: dying, tool: 'changed tool', emit: () => {}, limit: 4 } as unknown as Parameters<typeof writeSite>[1];
    const failures = await writeSite({ index: [{ entries: [], options: { stylesheetHref: 'edition.css' } }], listed: [] }, context);
    expect(failures.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual([`${join(out, 'index.html')} error internal-error`]);
    expect(failures[0]!.message).toContain('memory limit');
    expect(read('index.html')).toBe(index);
    expect(manifest.site).not.toHaveProperty(['index.html']);
    expect(Object.keys(manifest.site).sort()).toEqual(['edition.css', 'minisearch.js', 'search-index.js', 'search.html', 'site-index.js', 'site-search.js']);
  });

  it('drops the persons page when no document names a listed person any more', async () => {
    await build({ input, out, jobs: 2 });
    expect(existsSync(join(out, 'persons.html'))).toBe(false);
    expect(read('index.html')).not.toContain('persons.html');
    expect(existsSync(join(out, 'search-index.js'))).toBe(true);
  });
});
