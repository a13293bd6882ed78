/**
 * The archive's pages besides each document's: what the index pages list of each document (by
 * volume), the search (each document's search record, kept beside the manifest, and the index of
 * them all, made when the build ends) and the persons index. Incremental as the rest of the build:
 * a document's search record is made by the worker that publishes its page, from the page it has
 * just made, and is redone only with the page; the persons a document names are in the facts the
 * manifest keeps; the combined files are redone only when what they are made from changed (their
 * keys, see writeSite in site.ts).
 *
 * Two sides: the worker's (writeSearchRecord, siteFile) and the coordinator's (the entries and the
 * tasks, from what the manifest keeps; no page is read again).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { volumeOfFileName } from '../model/file-name.js';
import type { DocumentFacts, Editions, IndexEntry, IndexVolume, PersonsVolume, Publisher, SitePageOptions } from '../publish/index.js';
import { SEARCH_SHARD_SIZE, searchData, searchEntry, searchIndexScript, searchRecord, type SearchDocument, type SearchUnit } from '../publish/search.js';
import { readAsset } from '../publish/stylesheets.js';
import { writeAtomic } from './atomic.js';
import { EDITION_CSS, indexPage, type Layout } from './layout.js';

export const SEARCH_PAGE = 'search.html';
export const PERSONS_PAGE = 'persons.html';
/** Shard `n` (1-based) of the index and documents table the search page loads (a script: see searchIndexScript). */
export function searchIndexFile(n: number): string {
  return n === 1 ? 'search-index.js' : `search-index-${n}.js`;
}

/** The number of the shard after the first that `file` names (search-index-N.js), if it names one. */
export function laterSearchIndex(file: string): number | undefined {
  const match = /^search-index-([1-9]\d+|[2-9])\.js$/.exec(file);
  return match ? Number(match[1]) : undefined;
}
/** MiniSearch's browser bundle, copied from the installed package (no CDN). */
export const MINISEARCH = 'minisearch.js';
/** The search page's script and the index pages' sort-and-filter script (xslt/, copied by the build). */
export const SEARCH_SCRIPT = 'site-search.js';
export const INDEX_SCRIPT = 'site-index.js';

/** A file of the site a worker makes (SiteTask.file). */
export type SiteFile =
  | { type: 'asset'; name: string }
  | { type: 'minisearch' }
  | { type: 'search-index'; documents: SearchSource[] }
  | { type: 'search-page'; options: SitePageOptions }
  | { type: 'persons'; volumes: PersonsVolume[]; options: SitePageOptions };

/** A document of the search index: its search record's path, the key of the page it was read from, what a result shows. */
export interface SearchSource {
  record: string;
  key: string;
  document: Omit<SearchDocument, 'units'>;
}

/** What the coordinator knows of a published document: its name, the facts and page key the manifest keeps. */
export interface SiteDocument {
  name: string;
  facts: DocumentFacts;
  key: string;
}

// ----- The worker's side -----

/**
 * Writes the document's search record (its units, from the page just made) and returns its facts
 * with, for each person it names, the places of the page that mention them.
 */
export function writeSearchRecord(tmpDir: string, path: string, editions: Editions): DocumentFacts {
  const record = searchRecord(editions.html);
  writeAtomic(tmpDir, path, JSON.stringify(record.units));
  const { facts } = editions;
  if (!facts.persons?.length) return facts;
  const entries = new Set(record.units.filter((u) => u.kind === 'person').map((u) => u.anchor));
  const persons = facts.persons.map((person) => {
    const anchors = record.mentions[person.id] ?? (entries.has(person.id) ? [person.id] : []);
    return anchors.length ? { ...person, anchors } : person;
  });
  return { ...facts, persons };
}

export function siteFile(file: SiteFile, publisher: Publisher): string {
  switch (file.type) {
    case 'asset':
      return readAsset(file.name);
    case 'minisearch':
      return miniSearchBundle();
    case 'search-index':
      return searchIndexScript(searchData(searchDocuments(file.documents)));
    case 'search-page':
      return publisher.searchPage(file.options);
    case 'persons':
      return publisher.personsPage(file.volumes, file.options);
  }
}

function* searchDocuments(sources: readonly SearchSource[]): Generator<SearchDocument> {
  for (const { record, document } of sources) {
    yield { ...document, units: JSON.parse(readFileSync(record, 'utf8')) as SearchUnit[] };
  }
}

/** The installed MiniSearch's UMD bundle (it defines the global MiniSearch), headed by its licence. */
function miniSearchBundle(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(dirname(require.resolve('minisearch')));
  const root = dirname(dist);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const licence = readFileSync(join(root, 'LICENSE.txt'), 'utf8').trim();
  return `/*! MiniSearch ${version}\n${licence.replaceAll('*/', '* /')}\n*/\n${readFileSync(join(dist, 'umd', 'index.js'), 'utf8')}`;
}

// ----- The coordinator's side -----

/** A document's volume: the header's, else the FRUS file name's prefix; empty for none. */
function volumeOf({ name, facts }: Pick<SiteDocument, 'name' | 'facts'>): { id: string; title: string } {
  const id = facts.volume ?? volumeOfFileName(name) ?? '';
  return { id, title: facts['volume-title'] ?? id };
}

/** What an index page lists of a document: its facts and volume, not its persons (the persons page has them). */
export function indexEntry(document: Pick<SiteDocument, 'name' | 'facts'>): IndexEntry {
  const { persons: _persons, ...facts } = document.facts;
  const { id, title } = volumeOf(document);
  return { href: `${document.name}.html`, ...facts, volume: id, 'volume-title': title };
}

/**
 * The volumes of the index in order, each with its count and the page it begins on; `pageOf` gives
 * the index page of a document's place among all the encoded documents.
 */
export function indexVolumes(documents: readonly (SiteDocument & { position: number })[], pageOf: (position: number) => number): IndexVolume[] {
  const volumes: IndexVolume[] = [];
  for (const document of documents) {
    const { id, title } = volumeOf(document);
    const last = volumes[volumes.length - 1];
    if (last && last.id === id) last.count++;
    else volumes.push({ id, title, count: 1, page: pageOf(document.position) });
  }
  return volumes;
}

/** The index pages' links to the rest of the site. */
export function indexLinks(documents: readonly SiteDocument[]): { searchHref: string; personsHref?: string; scriptHref: string } {
  return { searchHref: SEARCH_PAGE, scriptHref: INDEX_SCRIPT, ...(hasPersons(documents) ? { personsHref: PERSONS_PAGE } : {}) };
}

function hasPersons(documents: readonly SiteDocument[]): boolean {
  return documents.some((d) => d.facts.persons?.length);
}

/** The site's files besides the index pages and the CSS, in the documents' order; the persons page only when some document names a person. */
export function siteFiles(documents: readonly SiteDocument[], paths: Layout, shardSize = SEARCH_SHARD_SIZE): { path: string; file: SiteFile }[] {
  const persons = hasPersons(documents);
  const options: SitePageOptions = { stylesheetHref: EDITION_CSS, indexHref: indexPage(1) };
  const sources: SearchSource[] = documents.map((d) => {
    const document = searchEntry(`${d.name}.html`, d.facts, volumeOf(d).title);
    return { record: paths.search(d.name), key: d.key, document };
  });
  // At least one shard, so that the page of a folder with no document still loads.
  const shards = Array.from({ length: Math.max(1, Math.ceil(sources.length / shardSize)) }, (_, i) =>
    sources.slice(i * shardSize, (i + 1) * shardSize));
  return [
    { path: paths.site(MINISEARCH), file: { type: 'minisearch' } },
    { path: paths.site(SEARCH_SCRIPT), file: { type: 'asset', name: SEARCH_SCRIPT } },
    { path: paths.site(INDEX_SCRIPT), file: { type: 'asset', name: INDEX_SCRIPT } },
    ...shards.map((documents, i) => ({ path: paths.site(searchIndexFile(i + 1)), file: { type: 'search-index', documents } as SiteFile })),
    {
      path: paths.site(SEARCH_PAGE),
      file: { type: 'search-page', options: { ...options, scripts: [MINISEARCH, ...shards.map((_, i) => searchIndexFile(i + 1)), SEARCH_SCRIPT], ...(persons ? { personsHref: PERSONS_PAGE } : {}) } },
    },
    ...(persons ? [{ path: paths.site(PERSONS_PAGE), file: { type: 'persons', volumes: personsVolumes(documents), options } as SiteFile }] : []),
  ];
}

/** The files siteFiles may write, so that a build that no longer makes one removes it (and the shards past the last, see laterSearchIndex). */
export const SITE_FILES = [MINISEARCH, SEARCH_SCRIPT, INDEX_SCRIPT, searchIndexFile(1), SEARCH_PAGE, PERSONS_PAGE] as const;

/**
 * The persons index: by volume (each volume's list has its own ids), each person by name (then
 * id), with the documents that mention them in document order, linked to the first place.
 */
export function personsVolumes(documents: readonly SiteDocument[]): PersonsVolume[] {
  const volumes = new Map<string, { id: string; title: string; persons: Map<string, PersonsVolume['persons'][number]> }>();
  for (const document of documents) {
    if (!document.facts.persons?.length) continue;
    const { id, title } = volumeOf(document);
    let volume = volumes.get(id);
    if (!volume) volumes.set(id, (volume = { id, title, persons: new Map() }));
    for (const person of document.facts.persons) {
      let entry = volume.persons.get(person.id);
      if (!entry) {
        entry = { id: person.id, name: person.name, ...(person.description ? { description: person.description } : {}), documents: [] };
        volume.persons.set(person.id, entry);
      }
      const anchor = person.anchors?.[0];
      entry.documents.push({ href: `${document.name}.html${anchor ? `#${anchor}` : ''}`, number: document.facts.number, heading: document.facts.heading });
    }
  }
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...volumes.values()].map((v) => ({ id: v.id, title: v.title, persons: [...v.persons.values()].sort(byName) }));
}
