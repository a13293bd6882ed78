/**
 * The archive's search, with no server: what a document contributes (its units, read from its HTML
 * edition), and the full-text index of many documents, made once at build time by MiniSearch and
 * loaded by the search page with the same library's browser bundle.
 *
 * A unit is a place a result links to: the heading (the article's anchor), a paragraph (#p4, #b7),
 * a note (#d284fn1), a person's entry in the page's persons panel (#p_EB_1). The units are read
 * from the HTML edition, which any TEI makes (ours or the FRUS editors'), so the anchors are the
 * ones the page has and nothing here knows the encoder; text between anchored blocks (a list after
 * a paragraph) belongs to the unit before it.
 */
import { Parser } from 'htmlparser2';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { DocumentFacts } from './index.js';

export type UnitKind = 'heading' | 'paragraph' | 'note' | 'person';

export interface SearchUnit {
  /** The element's id on the page: the link is `PAGE.html#anchor`. */
  anchor: string;
  kind: UnitKind;
  /**
   * How a result names the place where the anchor does not: "note 2", the person's name. A
   * paragraph's is its anchor's (#p4 is ¶ 4; see the search page), the heading has none.
   */
  label?: string;
  /** The unit's text, white space collapsed, without note markers and page markers. */
  text: string;
}

export interface SearchRecord {
  units: SearchUnit[];
  /** The anchors of the units that mention each linked person (a.person, by the entry's id), in order. */
  mentions: Record<string, string[]>;
}

/** One document of the index: its page and what a result shows of it. */
export interface SearchDocument {
  href: string;
  number: string;
  heading: string;
  volume?: string;
  date?: string;
  when?: string;
  kind?: string;
  units: readonly SearchUnit[];
}

/** The parts of a page that are not the document's own text (navigation, the facts panel, the citation). */
const SKIPPED_SECTIONS = new Set(['facts', 'cite']);
/** Inline parts whose text is apparatus: note markers, page markers, printed paragraph numbers, back links. */
const SKIPPED_INLINE = new Set(['noteref', 'pb', 'paragraph-number', 'backref', 'note-number', 'visually-hidden']);

/** Phrase-level elements: any other element's start and end separate words ("Conversation" / "Washington"). */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

/** A unit being read: its text in pieces. */
interface Building extends SearchUnit {
  parts: string[];
}

/** The units of one HTML edition page (lib/html.xsl's), in page order, and who is mentioned where. */
export function searchRecord(html: string): SearchRecord {
  const units: Building[] = [];
  const mentions: Record<string, string[]> = {};
  // Open elements: whether each started a unit, is a skipped part, names a person (a dt), separates words.
  const open: { unit?: Building; skip?: boolean; name?: boolean; block: boolean }[] = [];
  let naming = 0;
  const stack: Building[] = [];
  /** The unit text outside any anchored block goes to: the last one closed beside it. */
  let flow: Building | undefined;
  let skipping = 0;
  let inArticle = false;
  let labelling: Building | undefined;

  const start = (anchor: string, kind: UnitKind, label?: string): Building => {
    const unit: Building = { anchor, kind, label, text: '', parts: [] };
    if (kind === 'person') unit.label = '';
    units.push(unit);
    stack.push(unit);
    flow = undefined;
    return unit;
  };
  const current = (): Building | undefined => (stack.length === 1 && flow ? flow : stack[stack.length - 1]);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes.class ?? '').split(/\s+/);
        const id = attributes.id;
        const entry: (typeof open)[number] = { block: !INLINE.has(name) };
        open.push(entry);
        if (entry.block) current()?.parts.push(' ');
        if (!inArticle) {
          if (name === 'article' && id) {
            inArticle = true;
            entry.unit = start(id, 'heading');
          }
          return;
        }
        if (name === 'section' && classes.some((c) => SKIPPED_SECTIONS.has(c))) entry.skip = true;
        // The panels' own headings ("Notes", "Persons in this document"), not a section head of the text.
        else if (name === 'h2' && id?.endsWith('-heading')) entry.skip = true;
        else if (classes.some((c) => SKIPPED_INLINE.has(c))) {
          entry.skip = true;
          if (classes.includes('note-number')) labelling = stack[stack.length - 1];
        } else if (id && name === 'div' && classes.includes('numbered')) entry.unit = start(id, 'paragraph');
        else if (id && (name === 'p' || name === 'div') && /^(p\d|b\d)/.test(id)) entry.unit = start(id, 'paragraph');
        else if (id && name === 'li' && classes.includes('note')) entry.unit = start(id, 'note');
        else if (id && name === 'div' && classes.includes('person-entry')) entry.unit = start(id, 'person');
        if (entry.skip) skipping++;
        if (name === 'dt' && stack[stack.length - 1]?.kind === 'person') {
          entry.name = true;
          naming++;
        }
        if (name === 'a' && classes.includes('person') && attributes.href?.startsWith('#') && !skipping) {
          const unit = current();
          const person = attributes.href.slice(1);
          if (unit) {
            const anchors = (mentions[person] ??= []);
            if (anchors[anchors.length - 1] !== unit.anchor) anchors.push(unit.anchor);
          }
        }
      },
      ontext(text) {
        if (labelling && skipping) {
          labelling.label = `note ${text.trim().replace(/\.$/, '')}`;
          labelling = undefined;
          return;
        }
        if (!inArticle || skipping) return;
        const unit = current();
        unit?.parts.push(text);
        if (naming && unit) unit.label += text;
      },
      onclosetag() {
        const entry = open.pop();
        if (!entry) return;
        if (entry.skip) skipping--;
        if (entry.name) naming--;
        if (entry.block) current()?.parts.push(' ');
        if (entry.unit) {
          stack.pop();
          if (entry.unit.kind === 'heading') inArticle = false;
          // Blocks between top-level units (a list after a paragraph) read with the unit before them.
          else if (stack.length === 1) flow = entry.unit;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  for (const unit of units) {
    unit.text = unit.parts.join('').replace(/\s+/g, ' ').trim();
    if (unit.label !== undefined) unit.label = unit.label.replace(/\s+/g, ' ').trim();
  }
  return {
    units: units.filter((u) => u.text !== '').map(({ anchor, kind, label, text }) => (label ? { anchor, kind, label, text } : { anchor, kind, text })),
    mentions,
  };
}

/**
 * Letters as a reader types them: case and diacritics aside (`Ozal` finds `Özal`); the commonest
 * English words are not indexed (they are in nearly every paragraph, and were a quarter of the
 * index), in a query as in the text. Written without references to anything outside it: its source
 * is shipped to the browser as it is (see searchIndexScript).
 */
export function processTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded === '' || /^(a|an|and|are|as|at|be|been|but|by|for|from|had|has|have|he|his|in|is|it|its|of|on|or|that|the|their|they|this|to|was|were|which|will|with|would)$/.test(folded) ? null : folded;
}

/** How the index is made and searched: the build and the search page use these same options. */
export const SEARCH_FIELDS = ['text', 'number'] as const;
export const STORED_FIELDS = ['d', 'a', 'k', 'l', 's'] as const;
/**
 * Spelling slips are forgiven in longer words only (one letter in six): a short name is a name
 * (`Evren` is not `even`). Shipped to the browser as its source, like processTerm.
 */
export function fuzzyOf(term: string): number | false {
  return term.length > 5 ? 0.2 : false;
}
export const SEARCH_OPTIONS = { boost: { number: 4 }, prefix: true, combineWith: 'AND' } as const satisfies SearchOptions;

/** The kinds, one letter each in the index (stored for every unit). */
const KIND_LETTERS: Record<UnitKind, string> = { heading: 'h', paragraph: 'p', note: 'n', person: 'r' };

/**
 * One indexed unit: `d` its document's place in the documents table, `a`, `k`, `l` the unit's
 * anchor, kind (KIND_LETTERS), label, `s` its opening words (see opening), what a result shows of it.
 */
interface IndexedUnit {
  id: number;
  d: number;
  a: string;
  k: string;
  l?: string;
  s?: string;
  text: string;
  number?: string;
}

/** The index's options as the build makes it (the search page gets the same, see searchIndexScript). */
export function miniSearchOptions(): Options<IndexedUnit> {
  return { fields: [...SEARCH_FIELDS], storeFields: [...STORED_FIELDS], processTerm, searchOptions: { ...SEARCH_OPTIONS, boost: { ...SEARCH_OPTIONS.boost }, fuzzy: fuzzyOf } };
}

/** The most characters of a unit's text a result shows: its opening words, which tell one paragraph from another. */
const OPENING = 70;

/** The unit's first words, up to OPENING characters and cut at a word, with an ellipsis when cut. */
export function opening(text: string): string {
  if (text.length <= OPENING) return text;
  const cut = text.lastIndexOf(' ', OPENING);
  return `${text.slice(0, cut > OPENING / 2 ? cut : OPENING)}…`;
}

/** What the search page is given: the documents table and the serialized index. */
export interface SearchData {
  documents: Omit<SearchDocument, 'units'>[];
  index: ReturnType<MiniSearch['toJSON']>;
}

/**
 * The index of many documents, made in one go (MiniSearch indexes are not merged; making one from
 * the kept units costs far less than reading the pages again). The document number is a field of
 * the heading unit, so `284` finds document 284's heading first.
 */
export function searchData(documents: Iterable<SearchDocument>): SearchData {
  const search = new MiniSearch<IndexedUnit>(miniSearchOptions());
  const table: SearchData['documents'] = [];
  let id = 0;
  for (const { units, ...document } of documents) {
    const d = table.push(document) - 1;
    search.addAll(units.map((unit) => ({
      id: id++, d, a: unit.anchor, k: KIND_LETTERS[unit.kind], l: unit.label, s: unit.kind === 'heading' ? undefined : opening(unit.text), text: unit.text,
      number: unit.kind === 'heading' ? document.number : undefined,
    })));
  }
  return { documents: table, index: search.toJSON() };
}

/** The global the search page reads the data from (a script, not JSON: pages opened from disk cannot fetch). */
export const SEARCH_GLOBAL = 'teiTelegramSearch';

/**
 * The most documents one shard of the search index holds. An archive's index is made in shards
 * (`search-index.js`, `search-index-2.js`, …), each one script with its own MiniSearch index, which
 * the page loads side by side and asks in turn: a shard is made by one worker in bounded memory (the
 * index of 2,000 documents in one piece outgrew a build worker's heap once the documents named
 * persons), and only the shard of a changed document is made again.
 */
export const SEARCH_SHARD_SIZE = 500;

/**
 * One shard of the index, `search-index.js` or `search-index-N.js`: its data, and the options
 * (processTerm as its own source), as a classic script, which a page opened from the file system
 * can load where it could not fetch a JSON file. Each shard adds itself to `window.teiTelegramSearch.shards`.
 */
export function searchIndexScript(data: SearchData): string {
  const searchOptions = `${JSON.stringify(SEARCH_OPTIONS).slice(0, -1)},fuzzy:${fuzzyOf.toString()}}`;
  const options = `{fields:${JSON.stringify(SEARCH_FIELDS)},storeFields:${JSON.stringify(STORED_FIELDS)},processTerm:${processTerm.toString()},searchOptions:${searchOptions}}`;
  const global = `window.${SEARCH_GLOBAL}`;
  return `(${global}=${global}||{options:${options},shards:[]}).shards.push({documents:${JSON.stringify(data.documents)},index:${JSON.stringify(data.index)}});\n`;
}

/** What a result shows of a document (the search's documents table): its page and the facts the index lists, without the persons (the persons page has them). */
export function searchEntry(href: string, facts: DocumentFacts, volume: string | undefined): Omit<SearchDocument, 'units'> {
  const { number, heading, date, when, kind } = facts;
  return { href, number, heading, ...(volume ? { volume } : {}), date, when, kind };
}
