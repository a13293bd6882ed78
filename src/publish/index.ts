/**
 * The publish stage: HTML and plain-text editions of TEI documents, and the index page of a folder.
 * The work is done by XSLT 3.0 stylesheets (xslt/, compiled to SEF by the build) run by saxon-js;
 * this module loads them once and parses each TEI string once. One path makes editions:
 * `editions`, every output of many documents in one transform (tei-edition.xsl), since saxon-js
 * prepares a stylesheet afresh for each transform, a fixed cost that a batch pays once; a single
 * document is a batch of one.
 */
import SaxonJS, { type XdmDocument } from 'saxon-js';
import { PositionedError, diagnostic } from '../model/diagnostic.js';
import { parseTei } from './parse.js';
import { loadStylesheets, type StylesheetName, type Stylesheets } from './stylesheets.js';

export interface NavLink {
  href: string;
  label: string;
}

/** What the index lists about a document, read from its TEI. */
export interface DocumentFacts {
  /** The printed document number (`div/@n`); empty when the TEI has none. */
  number: string;
  /** The heading without number and note markers. */
  heading: string;
  /** The date as printed in the dateline. */
  date?: string;
  /** The date's ISO value, when the TEI gives one. */
  when?: string;
  /** `telegram`, `memorandum`, `memorandum-of-conversation`, … */
  kind?: string;
  /** The volume's identifier (`frus1955-57v08`), when the header gives one. */
  volume?: string;
  /** The series and volume as cited ("Foreign Relations of the United States, 1955–57, Volume XXV"). */
  'volume-title'?: string;
  /** The persons the document names (lib/facts.xsl tt:persons), for the archive's persons index. */
  persons?: PersonFact[];
}

/** A person a document names: the entry's id, name and description (when the file lists it). */
export interface PersonFact {
  id: string;
  name: string;
  description?: string;
  /** The anchors of the page's places that mention the person (see searchRecord), when known. */
  anchors?: string[];
}

export interface IndexEntry extends DocumentFacts {
  href: string;
}

export interface IndexOptions {
  title?: string;
  lang?: string;
  stylesheetHref?: string;
  /** Where this page stands when the index has several; without it, the index is one page. */
  paging?: IndexPaging;
  /** Every volume of the whole index, in order, for the volumes' list at the top of each page. */
  volumes?: readonly IndexVolume[];
  /** The site's search page, persons page and the index's sort-and-filter script, when it has them. */
  searchHref?: string;
  personsHref?: string;
  scriptHref?: string;
}

/** A volume of the index: its id (`frus1955-57v08`, empty for documents of no volume), title, documents, first page. */
export interface IndexVolume {
  id: string;
  title: string;
  count: number;
  page: number;
}

/** The persons index's volumes: each volume's persons, by name, with the documents that mention them. */
export interface PersonsVolume {
  id: string;
  title: string;
  persons: { id: string; name: string; description?: string; documents: { href: string; number: string; heading: string }[] }[];
}

/** What the site's other pages (search, persons) share: title, language, stylesheet, the index's href. */
export interface SitePageOptions {
  title?: string;
  lang?: string;
  stylesheetHref?: string;
  indexHref?: string;
  /** The search page: its scripts' hrefs, in the order they load. */
  scripts?: readonly string[];
  /** The search page: the persons page, when the site has one. */
  personsHref?: string;
}

/** One page of an index in several pages: its place among them and the documents it covers. */
export interface IndexPaging {
  /** Every page's href, the first page's first. */
  hrefs: readonly string[];
  /** This page's number, 1-based. */
  page: number;
  /** The positions (1-based) of the first and last documents this page covers. */
  first: number;
  last: number;
  /** The number of documents all pages cover. */
  total: number;
}

export interface Editions {
  html: string;
  text: string;
  facts: DocumentFacts;
}

/** One document of a batch: its TEI, the file name diagnostics report, its page's navigation. */
export interface EditionSource {
  tei: string;
  /** The file name diagnostics report; default `<input>`. */
  file?: string;
  prev?: NavLink;
  next?: NavLink;
  /** The folder's index page. */
  up?: NavLink;
  /**
   * The address the page is published at: the citation gives it ("Available at …") and the page
   * names it as its canonical address. Without it the citation links to its own anchor only.
   */
  url?: string;
}

/** What every page of a batch shares. */
export interface EditionOptions {
  /** Link this stylesheet (e.g. `edition.css`, written from `Publisher.css`) instead of inlining the CSS. */
  stylesheetHref?: string;
  /** Wrap the text edition's paragraphs and notes at this many columns; 0 or absent: no wrapping. */
  width?: number;
}

/** One document's editions, or why it has none (the other documents of its batch are not affected). */
export type EditionOutcome = { editions: Editions } | { error: PositionedError };

export interface Publisher {
  /** The HTML and text editions and the index facts of each document, an outcome for each, in order. */
  editions(sources: readonly EditionSource[], options?: EditionOptions): EditionOutcome[];
  /**
   * The index facts of one TEI document without its editions (tei-facts.xsl: the same tt:facts the
   * editions give): what a build knows of a TEI input before its pages are made. Throws a
   * PositionedError naming `file` when the TEI cannot be parsed or has no document in it.
   */
  facts(tei: string, file: string): DocumentFacts;
  index(entries: readonly IndexEntry[], options?: IndexOptions): string;
  /** The archive's search page (search.xsl): its form, and the results its scripts write. */
  searchPage(options?: SitePageOptions): string;
  /** The archive's persons index (persons.xsl). */
  personsPage(volumes: readonly PersonsVolume[], options?: SitePageOptions): string;
  /** The edition's CSS (screen and print), for a build that links it with `stylesheetHref`. */
  readonly css: string;
}

const INITIAL_TEMPLATE = 'Q{http://www.w3.org/1999/XSL/Transform}initial-template';
/** Where result documents are said to be written: a name only, nothing is written there. */
const OUTPUT_BASE = 'file:///tei-telegram-editions/';

/** Loads the compiled stylesheets (once per publisher: create one per process or worker). */
export function createPublisher(): Publisher {
  const stylesheets = loadStylesheets();

  /** One transform over parsed documents; throws a PositionedError naming `file`. */
  function batch(documents: readonly { source: XdmDocument; nav: PageNavigation }[], file: string, options: EditionOptions): Editions[] {
    // The processor serializes each page as it is written, into this map (never to disk).
    const written = new Map<string, string>();
    const facts = transform(stylesheets, 'tei-edition', file, {
      initialTemplate: INITIAL_TEMPLATE,
      destination: 'raw',
      baseOutputURI: OUTPUT_BASE,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri: unknown, serialized: string) => written.set(String(uri).slice(OUTPUT_BASE.length), serialized),
      }),
      stylesheetParams: {
        ...pageParams(stylesheets, options.stylesheetHref),
        width: options.width ?? 0,
        documents: documents.map((d) => d.source),
        navigation: documents.map((d) => d.nav),
      },
    }).principalResult as DocumentFacts | DocumentFacts[];
    const all = Array.isArray(facts) ? facts : [facts];
    return documents.map((_, i) => ({
      html: written.get(`${i + 1}.html`)!,
      text: written.get(`${i + 1}.txt`)!,
      facts: { ...all[i]! },
    }));
  }

  function editions(sources: readonly EditionSource[], options: EditionOptions = {}): EditionOutcome[] {
    const outcomes: EditionOutcome[] = [];
    const parsed: { index: number; file: string; source: XdmDocument; nav: PageNavigation }[] = [];
    sources.forEach((source, index) => {
      const file = source.file ?? '<input>';
      try {
        parsed.push({ index, file, source: parseTei(source.tei, file), nav: navParams(source) });
      } catch (error) {
        outcomes[index] = { error: refusal(error) };
      }
    });
    let results: Editions[] | undefined;
    try {
      if (parsed.length > 1) results = batch(parsed, '<batch>', options);
    } catch {
      // A dynamic error stops the whole transform: each document alone finds whose it was.
    }
    parsed.forEach((document, i) => {
      try {
        outcomes[document.index] = { editions: results?.[i] ?? batch([document], document.file, options)[0]! };
      } catch (error) {
        outcomes[document.index] = { error: refusal(error) };
      }
    });
    return outcomes;
  }

  function sitePage(name: 'search' | 'persons', options: SitePageOptions, params: Record<string, unknown>): string {
    return transform(stylesheets, name, `<${name}>`, {
      initialTemplate: INITIAL_TEMPLATE,
      destination: 'serialized',
      stylesheetParams: {
        ...pageParams(stylesheets, options.stylesheetHref),
        lang: options.lang ?? 'en',
        'index-href': options.indexHref ?? 'index.html',
        ...params,
      },
    }).principalResult as string;
  }

  return {
    css: stylesheets.css,
    editions,
    facts: (tei, file) => ({
      ...(transform(stylesheets, 'tei-facts', file, {
        initialTemplate: INITIAL_TEMPLATE,
        destination: 'raw',
        stylesheetParams: { document: parseTei(tei, file) },
      }).principalResult as DocumentFacts),
    }),
    index: (entries, options = {}) =>
      transform(stylesheets, 'index', '<index>', {
        initialTemplate: INITIAL_TEMPLATE,
        destination: 'serialized',
        stylesheetParams: {
          ...pageParams(stylesheets, options.stylesheetHref),
          entries: JSON.stringify(entries),
          title: options.title ?? 'Documents',
          lang: options.lang ?? 'en',
          ...pagingParams(options.paging),
          volumes: JSON.stringify(options.volumes ?? []),
          'search-href': options.searchHref ?? '',
          'persons-href': options.personsHref ?? '',
          'script-href': options.scriptHref ?? '',
        },
      }).principalResult as string,
    searchPage: (options = {}) => sitePage('search', options, {
      ...(options.title ? { title: options.title } : {}),
      scripts: [...(options.scripts ?? [])],
      'persons-href': options.personsHref ?? '',
    }),
    personsPage: (volumes, options = {}) => sitePage('persons', options, {
      ...(options.title ? { title: options.title } : {}),
      volumes: JSON.stringify(volumes),
    }),
  };
}

/** A document's refusal (parse or transform) is its outcome; anything else is a bug, and is thrown. */
function refusal(error: unknown): PositionedError {
  if (error instanceof PositionedError) return error;
  throw error;
}

/** The CSS inline in each page, or a link to it. */
function pageParams(stylesheets: Stylesheets, href: string | undefined): Record<string, string> {
  return href === undefined ? { css: stylesheets.css } : { css: '', 'css-href': href };
}

function pagingParams(paging: IndexPaging | undefined): Record<string, unknown> {
  if (!paging) return {};
  const { hrefs, page, first, last, total } = paging;
  return { 'page-hrefs': [...hrefs], page, first, last, total };
}

/** A page's navigation map for the stylesheet (lib/page.xsl's tt:nav): its links and its address. */
function navParams(options: EditionSource): PageNavigation {
  const params: PageNavigation = {};
  for (const key of ['prev', 'next', 'up'] as const) {
    const link = options[key];
    if (link) params[key] = { href: link.href, label: link.label };
  }
  if (options.url) params.url = options.url;
  return params;
}

interface PageNavigation {
  prev?: NavLink;
  next?: NavLink;
  up?: NavLink;
  url?: string;
}

/** Runs one stylesheet; a dynamic error (e.g. no TEI document in the input) stops that file. */
function transform(
  stylesheets: Stylesheets,
  name: StylesheetName,
  file: string,
  options: Omit<Parameters<typeof SaxonJS.transform>[0], 'stylesheetInternal'>,
) {
  try {
    return SaxonJS.transform({ ...options, stylesheetInternal: stylesheets.compiled[name] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PositionedError(diagnostic(file, { line: 1, column: 1 }, 'error', 'publish-transform', `${name}: ${message}`));
  }
}
