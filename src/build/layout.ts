/** Where a build puts things in its output folder DIR. */
import { join } from 'node:path';

export const STATE_FOLDER = '.tei-telegram';

export interface Layout {
  readonly dir: string;
  /** The build's own bookkeeping: manifest, journal, temporary files. */
  readonly stateDir: string;
  readonly tmpDir: string;
  readonly manifest: string;
  readonly journal: string;
  readonly lock: string;
  readonly report: string;
  /** The report while it is being written; renamed to `report` when the build ends. */
  readonly reportPart: string;
  readonly css: string;
  /** Index page `page` (1-based), see indexPage. */
  index(page: number): string;
  xml(name: string): string;
  html(name: string): string;
  text(name: string): string;
  /** The folder of the documents' search records (see site-index.ts), and one document's. */
  readonly searchDir: string;
  search(name: string): string;
  /** A folder-wide file of the site besides the index pages (search-index.js, persons.html, …). */
  site(file: string): string;
}

export const EDITION_CSS = 'edition.css';

/** The address of document `name`'s page in a folder published at `baseUrl` (with or without its final slash). */
export function pageUrl(baseUrl: string, name: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${encodeURIComponent(name)}.html`;
}

/** At most this many documents are listed on one index page. */
export const INDEX_PAGE_SIZE = 1_000;

/**
 * The name of index page `page` (1-based): index.html, then index-2.html, index-3.html, … so that a
 * folder that fits on one page has just index.html.
 */
export function indexPage(page: number): string {
  return page === 1 ? 'index.html' : `index-${page}.html`;
}

/** The number of the index page after the first that `file` names (index-N.html), if it names one. */
export function laterIndexPage(file: string): number | undefined {
  const match = /^index-([1-9]\d+|[2-9])\.html$/.exec(file);
  return match ? Number(match[1]) : undefined;
}

export function layout(dir: string): Layout {
  const stateDir = join(dir, STATE_FOLDER);
  return {
    dir,
    stateDir,
    tmpDir: join(stateDir, 'tmp'),
    manifest: join(stateDir, 'manifest.json'),
    journal: join(stateDir, 'journal.jsonl'),
    lock: join(stateDir, 'lock'),
    report: join(dir, 'report.json'),
    reportPart: join(dir, 'report.json.part'),
    css: join(dir, EDITION_CSS),
    index: (page) => join(dir, indexPage(page)),
    xml: (name) => join(dir, `${name}.xml`),
    html: (name) => join(dir, `${name}.html`),
    text: (name) => join(dir, `${name}.txt`),
    searchDir: join(stateDir, 'search'),
    search: (name) => join(stateDir, 'search', `${name}.json`),
    site: (file) => join(dir, file),
  };
}
