/**
 * The list readers: a persons or terms list, given as TEI (any file whose entries carry `xml:id`:
 * a FRUS front-matter section, a `listPerson`, a `list` of `term`s, a `taxonomy`) or as the text
 * a reader copies from the web edition (a heading, then one entry a line), into typed entries.
 * Ids of a TEI list are kept; ids for a text list are minted in the FRUS pattern.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { diagnostic, LineIndex, PositionedError, type Diagnostic } from '../../model/diagnostic.js';
import type { PersonEntry, TermEntry } from '../../model/names.js';
import { IdMinter, parsePersonLine, parseTermLine, personEntry, personIdBase, termEntry, termIdBase } from './entry.js';

export type ListKind = 'persons' | 'terms';

export interface ReadList<E> {
  entries: E[];
  diagnostics: Diagnostic[];
}

const RULE = 'name-list';

export function readPersonList(text: string, file: string): ReadList<PersonEntry> {
  return looksLikeXml(text) ? readTeiPersons(text, file) : readTextPersons(text, file);
}

export function readTermList(text: string, file: string): ReadList<TermEntry> {
  return looksLikeXml(text) ? readTeiTerms(text, file) : readTextTerms(text, file);
}

function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

interface Line {
  text: string;
  line: number;
}

function lines(text: string): Line[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).map((t, i) => ({ text: t.trim(), line: i + 1 })).filter((l) => l.text);
}

function skipped(file: string, l: Line, what: string): Diagnostic {
  return diagnostic(file, { line: l.line, column: 1 }, 'info', RULE, `not ${what}; skipped: “${l.text.slice(0, 60)}${l.text.length > 60 ? '…' : ''}”`);
}

function noEntries(file: string, kind: ListKind): never {
  throw new PositionedError(diagnostic(file, { line: 1, column: 1 }, 'error', RULE, `the ${kind} list has no entries`));
}

function readTextPersons(text: string, file: string): ReadList<PersonEntry> {
  const all = lines(text);
  const diagnostics: Diagnostic[] = [];
  const minter = new IdMinter();
  const entries: PersonEntry[] = [];
  all.forEach((l, i) => {
    const parsed = parsePersonLine(l.text);
    // The first line is the list's heading (`List of Persons`).
    if (!parsed || (i === 0 && !l.text.includes(','))) {
      if (i > 0) diagnostics.push(skipped(file, l, 'an entry (a name, then its description)'));
      return;
    }
    entries.push(personEntry(parsed, minter.mint(personIdBase(parsed)), { line: l.line, column: 1 }));
  });
  if (!entries.length) noEntries(file, 'persons');
  return { entries, diagnostics };
}

function readTextTerms(text: string, file: string): ReadList<TermEntry> {
  const all = lines(text);
  const diagnostics: Diagnostic[] = [];
  const minter = new IdMinter();
  const entries: TermEntry[] = [];
  all.forEach((l, i) => {
    const parsed = parseTermLine(l.text);
    if (!parsed || /^Editor[’']s Note/.test(l.text)) {
      if (i > 0) diagnostics.push(skipped(file, l, 'an entry (a term, then its expansion)'));
      return;
    }
    entries.push(termEntry(parsed.term, parsed.expansion, minter.mint(termIdBase(parsed.term)), { line: l.line, column: 1 }));
  });
  if (!entries.length) noEntries(file, 'terms');
  return { entries, diagnostics };
}

/**
 * A list file's elements as a light tree, read by fast-xml-parser: a list is read once, and only
 * for its entries, so it needs no positions but a well-formedness error's and each entry's line.
 */
interface ListElement {
  /** The local name (a list from anyone's TEI may write a prefix). */
  local: string;
  attributes: Record<string, string>;
  children: (ListElement | string)[];
  parent?: ListElement;
}

const PARSER = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false,
  parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: false,
});

/** fast-xml-parser leaves numeric character references as they stand. */
const characters = (text: string): string =>
  text.replace(/&#x([0-9a-f]+);|&#(\d+);/gi, (_, hex: string | undefined, dec: string | undefined) => String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));

function listTree(text: string, file: string): ListElement {
  const checked = XMLValidator.validate(text);
  if (checked !== true) {
    throw new PositionedError(diagnostic(file, { line: checked.err.line, column: checked.err.col }, 'error', 'well-formed', `not well-formed XML: ${checked.err.msg}`));
  }
  const build = (nodes: Record<string, unknown>[], parent: ListElement): void => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@')!;
      if (name === '#text') parent.children.push(characters(String(node[name])));
      else if (!name.startsWith('?') && !name.startsWith('#')) {
        const el: ListElement = { local: name.slice(name.indexOf(':') + 1), attributes: (node[':@'] as Record<string, string> | undefined) ?? {}, children: [], parent };
        parent.children.push(el);
        build(node[name] as Record<string, unknown>[], el);
      }
    }
  };
  const root: ListElement = { local: '', attributes: {}, children: [] };
  build(PARSER.parse(text) as Record<string, unknown>[], root);
  return root;
}

/** Text content. */
function textOf(node: ListElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

function* elements(el: ListElement): Generator<ListElement> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* elements(c);
}

/** An entry's name element and the element holding it with its description. */
interface TeiEntry {
  id: string;
  /** The name element (its `surname` and `forename` children, where it has them, say which is which). */
  nameEl: ListElement;
  name: string;
  description: string;
  line: number;
}

/**
 * Entries of a TEI list: an element with `xml:id` that is the name (`persName`, `term`: its item
 * or parent holds the description) or holds it (`person`, `item`, `category`: the name is its
 * first `nameTag` descendant, the rest of its text the description).
 */
function teiEntries(text: string, file: string, nameTags: readonly string[], holders: readonly string[]): TeiEntry[] {
  const root = listTree(text, file);
  const index = new LineIndex(text);
  const out: TeiEntry[] = [];
  for (const el of elements(root)) {
    const id = el.attributes['xml:id'];
    if (!id) continue;
    let nameEl: ListElement | undefined;
    let holder: ListElement | undefined;
    if (nameTags.includes(el.local)) {
      nameEl = el;
      holder = el.parent;
      for (let p = el.parent; p; p = p.parent) if (holders.includes(p.local)) { holder = p; break; }
    } else if (holders.includes(el.local)) {
      holder = el;
      for (const d of elements(el)) if (d !== el && nameTags.includes(d.local)) { nameEl = d; break; }
    }
    if (!nameEl || !holder) continue;
    const name = flat(textOf(nameEl)).replace(/[\s,]+$/, '');
    const all = flat(textOf(holder));
    const at = all.indexOf(name);
    const description = (at >= 0 ? all.slice(at + name.length) : all).replace(/^[\s,;:]+/, '');
    // The entry's line: where its id is written.
    const written = /xml:id\s*=\s*["']/.source;
    const idAt = text.search(new RegExp(`${written}${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`));
    out.push({ id, nameEl, name, description, line: idAt >= 0 ? index.position(idAt).line : 1 });
  }
  return out;
}

function readTeiPersons(text: string, file: string): ReadList<PersonEntry> {
  const diagnostics: Diagnostic[] = [];
  const entries: PersonEntry[] = [];
  for (const e of teiEntries(text, file, ['persName'], ['item', 'person'])) {
    const parsed = parsePersonLine(e.name.includes(',') ? e.name : `${e.name}, -`);
    const at = { line: e.line, column: 1 };
    const base = parsed ?? { surname: e.name.split(',')[0]!.trim(), forenames: '', titles: [], nicknames: [] };
    // `<persName><forename>Cyrus R.</forename> <surname>Vance</surname></persName>`: the markup says it.
    const part = (local: string): string => [...elements(e.nameEl)].filter((d) => d.local === local).map((d) => flat(textOf(d))).join(' ');
    if (part('surname')) Object.assign(base, { surname: part('surname'), forenames: part('forename') });
    const see = /^see\s+(.+)$/.exec(e.description)?.[1];
    entries.push(personEntry({ ...base, name: e.name, description: e.description, see }, e.id, at));
  }
  if (!entries.length) noEntries(file, 'persons');
  return { entries, diagnostics };
}

function readTeiTerms(text: string, file: string): ReadList<TermEntry> {
  const entries = teiEntries(text, file, ['term', 'label'], ['item', 'category', 'entry']).map((e) =>
    termEntry(e.name, e.description, e.id, { line: e.line, column: 1 }));
  if (!entries.length) noEntries(file, 'terms');
  return { entries, diagnostics: [] };
}
