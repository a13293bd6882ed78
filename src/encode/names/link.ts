/**
 * The mention linker: a pass over the model's inline runs, after the encoder has built the
 * document and before the TEI is written, that marks every mention of a listed person
 * (`persName/@corresp`) and term (`gloss/@target`) without changing a character of the text.
 *
 * Persons are found by surname (any case of diacritics; capitals only in signatures), with the
 * forenames printed before it (`Turgut Ozal`) or after it (`Wailes, Edward T.`) and a suffix
 * (`Herbert Hoover, Jr.`) taken into the mention, titles (`Prime Minister Ecevit`) left outside.
 * Where two entries share a surname, the choice is made from the forenames, from the titles in
 * front of the name (also across a list: `Generals Jones, Rogers and Allen`) against each entry's
 * description, from the document's date against the dates of the offices the description gives,
 * and from the other mentions of the document; then a bare surname is taken, with an info
 * diagnostic, for the one namesake in a principal office at the document's date (the President,
 * not the Assistant Secretary); a mention still ambiguous is left unlinked with an info diagnostic.
 */
import type { Diagnostic, Position } from '../../model/diagnostic.js';
import type { Block, Closer, Inline, List, ListEntry, Named, Note, OpenerPart, PageBreakBlock, Paragraph, TeiDocument, TextRun } from '../../model/document.js';
import type { NameLists, PersonEntry, TermEntry } from '../../model/names.js';
import { fold } from './fold.js';
import { findTerms, nameIndex, nameWords, type NameIndex, type SurnameForm } from './name-index.js';
import { officesAt } from './offices.js';

/** Words that stand before a name as a title or office (never forenames). */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'messrs', 'dr', 'sir', 'lord', 'lady', 'dame', 'baron', 'president', 'vice', 'secretary',
  'secretaries', 'under', 'assistant', 'deputy', 'ambassador', 'ambassadors', 'minister', 'ministers', 'prime',
  'foreign', 'chancellor', 'general', 'generals', 'admiral', 'admirals', 'colonel', 'major', 'lieutenant', 'captain',
  'marshal', 'senator', 'senators', 'congressman', 'congresswoman', 'representative', 'governor', 'king', 'queen',
  'prince', 'princess', 'archbishop', 'bishop', 'chairman', 'director', 'counselor', 'consul', 'judge', 'justice',
  'professor', 'father', 'speaker', 'leader', 'chief', 'mayor', 'premier', 'commander', 'sheikh', 'shah', 'emperor',
  'pope', 'cardinal', 'sen', 'amb', 'gen', 'adm', 'col', 'rep', 'gov', 'pres', 'secy', 'secstate', 'chargé', 'charge',
  'envoy', 'attaché', 'attache', 'delegate', 'spokesman', 'aide', 'officer', 'staff', 'colonels', 'former',
]);
/** Titles that say nothing about which office: no help in choosing between two entries. */
const EMPTY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs', 'dr', 'former', 'sir', 'lord', 'lady']);

/** A noun after a name that makes the whole an institution or a record (`Carter Library`, `Dulles Papers`). */
const INSTITUTION_AFTER = /^\s+(?:Library|Libraries|Papers|Material|Materials|Diaries|Diary|Files|Collection|Center|Centre|Foundation|Institute|Memorial|School|University|College|Street|Avenue|Boulevard|Square|Airport|Dam|Bridge|Hall|Building|Prize|House)\b/u;

/** `Begin text`, `End summary`: the telegraphic formulae, not a name. */
const TELEGRAPHIC_AFTER = /^\s+(?:text|summary|quote|verbatim|FYI)\b/u;

const PLACE_BEFORE = /\b(?:in|into|throughout|across|within|inside)\s+(?:the\s+)?$/u;

const LETTER = /[\p{L}\p{M}]/u;
/** Characters a word may begin after: the start, white space, an opening bracket or quotation mark, a dash. */
const WORD_START_AFTER = new Set([...' \t\n(“"‘\'—–-']);

/**
 * The word that ends, one or more spaces away, right before `end` (a capitalised word with its
 * inner marks, an initial, a lower-case word), and where it starts; scanned back by hand, since it
 * runs at every capitalised word of every document.
 */
function wordBefore(full: string, end: number): { word: string; start: number } | undefined {
  let k = end;
  while (k > 0 && /\s/.test(full[k - 1]!)) k--;
  if (k === end || k === 0) return undefined;
  const wordEnd = k;
  while (k > 0) {
    const c = full[k - 1]!;
    if (LETTER.test(c) || c === '.' || c === '’' || c === "'" || c === '-') k--;
    else break;
  }
  // Marks that begin the run belong before the word (`—Evren`, `(Bowie`).
  while (k < wordEnd && !LETTER.test(full[k]!)) k++;
  if (k === wordEnd || (k > 0 && !WORD_START_AFTER.has(full[k - 1]!))) return undefined;
  const word = full.slice(k, wordEnd);
  // A lower-case word is a word only if it is all letters (`the`, `former`).
  if (!/^\p{Lu}/u.test(word) && !/^\p{Ll}+$/u.test(word)) return undefined;
  return { word, start: k };
}
const INITIAL = /^(?:\p{Lu}\.\s?)+$/u;
/** A capitalised word: where a surname can begin (`de Gaulle` is found at `Gaulle` and widened). */
const TOKEN = /\p{Lu}[\p{L}\p{M}]*(?:[’'][\p{L}\p{M}]+)*/gu;

export interface LinkOptions {
  file: string;
}

interface Mention {
  start: number;
  end: number;
  entry: PersonEntry | TermEntry;
}

interface Pending {
  surname: string;
  candidates: PersonEntry[];
}

/** What a scan of one run found: links, and surname mentions it could not decide. */
interface RunResult {
  mentions: Mention[];
  pending: { start: number; end: number; p: Pending }[];
}

interface Scope {
  index: NameIndex;
  /** The document's date (dateline), to weigh the dates of offices. */
  date?: string;
  /** Surname → entries chosen for it elsewhere in the document on firm evidence. */
  resolved: Map<string, Set<PersonEntry>>;
  /** Second pass: mentions are applied (first pass only gathers `resolved`). */
  apply: boolean;
  diagnostics: Diagnostic[];
  file: string;
  /** Words of the sender (heading): the office a signature is signed in. */
  senderWords: string[];
  mentioned: Set<string>;
  /** The document's text: a surname beginning a sentence that it also has in lower case (`long`, `young`) is the word. */
  text: string;
  /** Words looked for in lower case in `text` so far, and whether it has them (a search of the whole text each). */
  lowerCase: Map<string, boolean>;
  /** What the first pass found in each run. */
  runs: Map<TextRun, RunResult>;
  /** Surnames for which a `name-presumed` diagnostic has been given. */
  presumed: Set<string>;
  /** Second pass: each note's new version, which its marker holds too. */
  notes?: ReadonlyMap<Note, Note>;
}

/** A document linked: a new model, the input's left as it was. */
export interface Linked {
  document: TeiDocument;
  /** Info diagnostics for the namesakes the linker presumed or left unlinked. */
  diagnostics: Diagnostic[];
}

/**
 * Links the mentions in `doc` to the lists: returns a new document with the links and, in
 * `entries`, the entries mentioned; `doc` is not changed (what the new one does not change it
 * shares with it).
 */
export function linkMentions(doc: TeiDocument, lists: NameLists, options: LinkOptions): Linked {
  const index = nameIndex(lists);
  const date = documentDate(doc);
  const scope: Scope = {
    index, date, resolved: new Map(), apply: false, diagnostics: [], file: options.file,
    senderWords: doc.correspondence.senders.flatMap((s) => nameWords(s.name)), mentioned: new Set(), presumed: new Set(), text: '', lowerCase: new Map(), runs: new Map(),
  };
  // Three walks: the document's text, gathered; the runs scanned; the links applied. The first two
  // give each content back as it was, so that they build nothing.
  const texts: string[] = [];
  mapDocument(doc, (content) => {
    texts.push(content.map(flat).join(''));
    return content;
  });
  scope.text = texts.join('\n');
  mapDocument(doc, (content, at, signed) => {
    link(content, scope, at, signed);
    return content;
  });
  scope.apply = true;
  // A placed note stands both in `notes` and at its marker: one new note for both.
  const notes = new Map(doc.notes.map((n) => [n, { ...n }]));
  scope.notes = notes;
  const linkIn: ContentMap = (content, at, signed) => link(content, scope, at, signed);
  const linked = mapDocument(doc, linkIn, (n) => Object.assign(notes.get(n)!, { content: linkIn(n.content, n.at, false) }));
  const byList = <E extends { id: string }>(entries: E[]): E[] => entries.filter((e) => scope.mentioned.has(e.id));
  return { document: { ...linked, entries: { persons: byList(lists.persons), terms: byList(lists.terms) } }, diagnostics: scope.diagnostics };
}

const HEAD_POSITION: Position = { line: 1, column: 1 };

/** The ISO date of the document's dateline (at the top, else at the end), to weigh the dates of offices. */
function documentDate(doc: TeiDocument): string | undefined {
  const datelines = [
    ...doc.opener.flatMap((p) => (p.kind === 'dateline' ? [p.dateline] : [])),
    ...(doc.closer?.dateline ? [doc.closer.dateline] : []),
  ];
  const find = (content: readonly Inline[]): string | undefined => {
    for (const node of content) {
      if (node.kind === 'date' && (node.when ?? node.from)) return node.when ?? node.from;
      if ('content' in node && Array.isArray(node.content)) {
        const inner = find(node.content);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  for (const d of datelines) {
    const found = find(d.content);
    if (found) return found;
  }
  return undefined;
}

/** What a walk does with each inline content of the document: its new content, or the same array for none. */
type ContentMap = (content: Inline[], at: Position, signed: boolean) => Inline[];

/**
 * The document with each of its inline contents replaced by what `map` gives, in reading order
 * (the notes last, each as `mapNote` makes it), a new model along the path to each content that
 * changed, sharing the rest with `doc` (`doc` itself when none changed).
 */
function mapDocument(doc: TeiDocument, map: ContentMap, mapNote = (n: Note): Note => withContent(n, map(n.content, n.at, false))): TeiDocument {
  const head = map(doc.head, HEAD_POSITION, false);
  const fileLine = doc.fileLine && withContent(doc.fileLine, map(doc.fileLine.content, doc.fileLine.at, false));
  const opener = mapOpener(doc.opener, map);
  const body = each(doc.body, (b) => mapBlock(b, map));
  const closer = doc.closer && mapCloser(doc.closer, map);
  const attachments = each(doc.attachments, (a) => {
    const label = a.label && withContent(a.label, map(a.label.content, a.label.at, false));
    const head = a.head && map(a.head, a.at, false);
    const opener = mapOpener(a.opener, map);
    const body = each(a.body, (b) => mapBlock(b, map));
    const closer = a.closer && mapCloser(a.closer, map);
    return label === a.label && head === a.head && opener === a.opener && body === a.body && closer === a.closer
      ? a : { ...a, ...(label && { label }), ...(head && { head }), opener, body, ...(closer && { closer }) };
  });
  const notes = each(doc.notes, mapNote);
  if (head === doc.head && fileLine === doc.fileLine && opener === doc.opener && body === doc.body && closer === doc.closer
    && attachments === doc.attachments && notes === doc.notes) return doc;
  return { ...doc, head, ...(fileLine && { fileLine }), opener, body, ...(closer && { closer }), attachments, notes };
}

/** `items` itself when `f` changes none of them, else the new array. */
function each<T>(items: T[], f: (item: T) => T): T[] {
  let out: T[] | undefined;
  items.forEach((item, i) => {
    const next = f(item);
    if (next !== item) (out ??= items.slice(0, i)).push(next);
    else out?.push(item);
  });
  return out ?? items;
}

function withContent<T extends { content: Inline[] }>(holder: T, content: Inline[]): T {
  return content === holder.content ? holder : { ...holder, content };
}

/** The content with each note marker, at any depth, holding its note's new version (the same array when none is there). */
function withNotes(content: Inline[], notes: ReadonlyMap<Note, Note>): Inline[] {
  return each(content, (node): Inline => {
    if (node.kind === 'note') {
      const note = notes.get(node.note);
      return note ? { kind: 'note', note } : node;
    }
    return 'content' in node ? withContent(node, withNotes(node.content, notes)) : node;
  });
}

function mapOpener(parts: OpenerPart[], map: ContentMap): OpenerPart[] {
  return each(parts, (part): OpenerPart => {
    if (part.kind === 'dateline') {
      const dateline = withContent(part.dateline, map(part.dateline.content, part.dateline.at, false));
      return dateline === part.dateline ? part : { ...part, dateline };
    }
    return part.kind === 'pb' ? part : withContent(part, map(part.content, part.at, false));
  });
}

function mapCloser(c: Closer, map: ContentMap): Closer {
  const salute = c.salute && map(c.salute, c.at, false);
  const dateline = c.dateline && withContent(c.dateline, map(c.dateline.content, c.dateline.at, false));
  const signatures = each(c.signatures, (signed) => map(signed, c.at, true));
  const title = c.title && map(c.title, c.at, false);
  const postscript = c.postscript && each(c.postscript, (p) => mapBlock(p, map) as Paragraph | PageBreakBlock);
  if (salute === c.salute && dateline === c.dateline && signatures === c.signatures && title === c.title && postscript === c.postscript) return c;
  return { ...c, ...(salute && { salute }), ...(dateline && { dateline }), signatures, ...(title && { title }), ...(postscript && { postscript }) };
}

function mapBlock(block: Block, map: ContentMap): Block {
  switch (block.kind) {
    case 'p':
      return withContent(block, map(block.content, block.at, false));
    case 'list':
      return mapList(block, map);
    case 'div': {
      const blocks = each(block.blocks, (b) => mapBlock(b, map));
      return blocks === block.blocks ? block : { ...block, blocks };
    }
    case 'pb':
      return block;
  }
}

function mapList(list: List, map: ContentMap): List {
  const head = list.head && map(list.head, list.at, false);
  const entries = each(list.entries, (e): ListEntry => {
    if (e.kind !== 'item') return e;
    const content = map(e.content, e.at, false);
    const sublist = e.sublist && mapList(e.sublist, map);
    return content === e.content && sublist === e.sublist ? e : { ...e, content, ...(sublist && { sublist }) };
  });
  return head === list.head && entries === list.entries ? list : { ...list, ...(head && { head }), entries };
}

/** The text a reader sees of an inline (notes are elsewhere, page breaks are not words). */
function flat(node: Inline): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'idno':
      return node.text;
    case 'note':
    case 'pb':
      return '';
    case 'lb':
      return ' ';
    case 'seg':
      return `${node.label} ${node.content.map(flat).join('')}`;
    default:
      return node.content.map(flat).join('');
  }
}

const CONTEXT = 120;

function link(content: Inline[], scope: Scope, at: Position, signed: boolean): Inline[] {
  return linkContent(content, scope, at, signed, '', '');
}


function linkContent(content: Inline[], scope: Scope, at: Position, signed: boolean, before: string, after: string): Inline[] {
  // The text around each child, as far as a mention's context reaches: for the scan only (the
  // second pass applies what the scan of each run found).
  const scanning = !scope.apply;
  const flats = scanning ? content.map(flat) : [];
  const rights: string[] = new Array(content.length);
  let right = after.slice(0, CONTEXT);
  for (let i = content.length - 1; scanning && i >= 0; i--) {
    rights[i] = right;
    right = (flats[i]! + right).slice(0, CONTEXT);
  }
  let left = before.slice(-CONTEXT);
  // Made at the first node that changes: nothing linked, the content is given back as it was, so
  // that the walk builds nothing along it.
  let out: Inline[] | undefined;
  content.forEach((node, i) => {
    const right = rights[i] ?? '';
    const nodeLeft = left;
    if (scanning) left = (left + flats[i]!).slice(-CONTEXT);
    const linked = link1(node, nodeLeft, right);
    if (linked !== node) (out ??= content.slice(0, i)).push(...(Array.isArray(linked) ? linked : [linked]));
    else out?.push(node);
  });
  return out ?? content;

  /** The node linked: itself, a new node, or the nodes a run becomes. */
  function link1(node: Inline, left: string, right: string): Inline | Inline[] {
    switch (node.kind) {
      case 'text':
        return linkRun(node, left, right, scope, at, signed) ?? node;
      case 'name': {
        if (node.ref) return node;
        const content = linkContent(node.content, scope, at, signed, left, right);
        // A name that is all one mention takes the link itself rather than holding a second name.
        const only = content.length === 1 ? content[0]! : undefined;
        if (node.type === 'persName' && only?.kind === 'name' && only.type === 'persName' && only.ref) {
          return { ...node, ref: only.ref, content: only.content };
        }
        return withContent(node, content);
      }
      case 'bibl':
      case 'supplied':
      case 'seg':
        return withContent(node, linkContent(node.content, scope, at, signed, left, right));
      case 'note': {
        const note = scope.notes?.get(node.note);
        return note ? { kind: 'note', note } : node;
      }
      default:
        // Not linked inside (a date, a gap, a term's gloss), but a note marker there holds the new note.
        return scope.notes && 'content' in node ? withContent(node, withNotes(node.content, scope.notes)) : node;
    }
  }
}

/** What a run becomes with its mentions linked; undefined when it stays as it is. */
function linkRun(run: TextRun, left: string, right: string, scope: Scope, at: Position, signed: boolean): Inline[] | undefined {
  // The first pass scans; the second applies what it found (and what the document decided since).
  if (!scope.apply) {
    if (!scope.runs.has(run)) scope.runs.set(run, scan(run.text, left, right, scope, signed));
    return undefined;
  }
  const found = scope.runs.get(run);
  // The second pass walks the runs the first scanned, the same objects.
  if (!found) throw new Error('linkMentions: a run the scan did not see');
  const mentions = [...found.mentions];
  const pending = found.pending;
  for (const p of pending) {
    const chosen = scope.resolved.get(p.p.surname);
    const pick = chosen && [...chosen].filter((e) => p.p.candidates.includes(e));
    const principal = pick && pick.length === 1 ? undefined : principalOf(p.p.candidates, scope.date);
    if (pick && pick.length === 1) {
      mentions.push({ start: p.start, end: p.end, entry: pick[0]! });
    } else if (principal) {
      mentions.push({ start: p.start, end: p.end, entry: principal });
      if (!scope.presumed.has(p.p.surname)) {
        scope.presumed.add(p.p.surname);
        const others = p.p.candidates.filter((c) => c !== principal).map((c) => c.name).join('; ');
        scope.diagnostics.push({
          file: scope.file, ...at, severity: 'info', rule: 'name-presumed',
          message: `“${run.text.slice(p.start, p.end)}” is taken for ${principal.name} (${principalOffice(principal, scope.date)}), not ${others}: nothing else in the document decides`,
        });
      }
    } else {
      const names = p.p.candidates.map((c) => c.name).join('; ');
      scope.diagnostics.push({
        file: scope.file, ...at, severity: 'info', rule: 'name-ambiguous',
        message: `“${run.text.slice(p.start, p.end)}” may be any of ${names}: nothing in the text decides, so it is not linked`,
      });
    }
  }
  if (!mentions.length) return undefined;
  mentions.sort((a, b) => a.start - b.start);
  const out: Inline[] = [];
  let pos = 0;
  for (const m of mentions) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ kind: 'text', text: run.text.slice(pos, m.start) });
    const content: Inline[] = [{ kind: 'text', text: run.text.slice(m.start, m.end) }];
    scope.mentioned.add(m.entry.id);
    // A cross-reference's target is listed in the header too, so that the reader finds the entry it points to.
    const see = m.entry.kind === 'person' ? scope.index.seeTargets.get(m.entry) : undefined;
    if (see) scope.mentioned.add(see.id);
    out.push(m.entry.kind === 'person'
      ? ({ kind: 'name', type: 'persName', ref: m.entry.id, content } satisfies Named)
      : { kind: 'gloss', ref: m.entry.id, content });
    pos = m.end;
  }
  if (pos < run.text.length) out.push({ kind: 'text', text: run.text.slice(pos) });
  return out;
}

function scan(text: string, left: string, right: string, scope: Scope, signed: boolean): RunResult {
  const result: RunResult = { mentions: [], pending: [] };
  const full = left + text + right;
  const base = left.length;
  const end = base + text.length;
  const taken: [number, number][] = [];
  TOKEN.lastIndex = base;
  for (let m = TOKEN.exec(full); m && m.index < end; m = TOKEN.exec(full)) {
    const found = person(full, m.index, m[0], scope, signed);
    if (!found) continue;
    if (found.start < base || found.end > end) continue;
    taken.push([found.start, found.end]);
    TOKEN.lastIndex = found.end;
    const s = found.start - base;
    const e = found.end - base;
    if ('entry' in found) result.mentions.push({ start: s, end: e, entry: found.entry });
    else result.pending.push({ start: s, end: e, p: found.pending });
  }
  for (const t of findTerms(text, scope.index)) {
    if (taken.some(([a, b]) => a - base < t.end && t.start < b - base)) continue;
    result.mentions.push(t);
  }
  return result;
}

type Found = { start: number; end: number } & ({ entry: PersonEntry } | { pending: Pending });

/** A person mention whose surname starts at `at` in `full`, if there is one. */
function person(full: string, at: number, token: string, scope: Scope, signed: boolean): Found | undefined {
  const { index } = scope;
  const word = fold(token).replace(/'s$/, '');
  const forms = index.forms.get(word) ?? index.forms.get(fold(token));
  if (!forms) return misspelt(full, at, token, word, index);
  // Capitals (`VANCE`) are a name only where a signature stands; elsewhere they are a term or a heading.
  if (!signed && token.length > 1 && token === token.toUpperCase()) return undefined;
  // The longest form that the text continues with.
  let best: { forms: SurnameForm[]; end: number } | undefined;
  for (const form of forms) {
    const end = matchWords(full, at, form.words);
    if (end === undefined) continue;
    if (!best || end > best.end) best = { forms: [form], end };
    else if (end === best.end) best.forms.push(form);
  }
  if (!best) return undefined;
  let end = best.end;
  const after = full.slice(end);
  if (INSTITUTION_AFTER.test(after) || TELEGRAPHIC_AFTER.test(after)) return undefined;
  // `U.S.`: an abbreviation, not a name.
  if (/^\.\p{L}/u.test(after)) return undefined;
  // `King Hussein`: a title before a name.
  if (isTitle(token) && /^\s+\p{Lu}/u.test(after)) return undefined;
  // `Long before …`: a word that begins a sentence, which the document also uses in lower case.
  if (/(?:^|[.!?:]\s+|[“"]\s*)$/u.test(full.slice(Math.max(0, at - 3), at)) && !/^[’']s\b/u.test(after) && usedInLowerCase(token, scope)) return undefined;
  // `in Spain`, `throughout Jordan`: a place.
  if (PLACE_BEFORE.test(full.slice(Math.max(0, at - 20), at)) && !/^[’']s\b/u.test(after)) return undefined;
  // `George W. Edman`, `Allen Dulles`: the word is a forename of a longer name.
  if (/^\s(?:\p{Lu}\.)+(?:\s|$)/u.test(after)) return undefined;
  if (index.forenames.has(word) && /^\s+\p{Lu}[\p{Ll}]/u.test(after) && nextIsSurname(after, index)) return undefined;
  let candidates = [...new Set(best.forms.map((f) => f.entry))];
  const partialOnly = best.forms.every((f) => f.partial);
  if (partialOnly) {
    // The first word of a compound surname links only when no entry has it as its whole surname.
    if (candidates.length > 1) return undefined;
  }
  let start = at;
  // `de Gaulle`, `al-Sadat`: the particle of the surname the list gives is part of the mention.
  const particle = /(?:^|[^\p{L}])(al-|el-|(?:de|da|del|van|von|der|bin|ibn|le|la)\s)$/u.exec(full.slice(Math.max(0, at - 5), at));
  if (particle && candidates.some((c) => fold(c.surname).startsWith(fold(particle[1]!).trim()))) start -= particle[1]!.length;
  // Forenames printed before the surname.
  const before = forenamesBefore(full, at);
  if (before.length) {
    const strict = candidates.map((c) => forenameReach(before, c, true));
    const reach = strict.some((r) => r > 0) ? strict : candidates.map((c) => forenameReach(before, c));
    const most = Math.max(...reach);
    if (most > 0) {
      candidates = candidates.filter((_, k) => reach[k] === most);
      start = before[before.length - most]!.start;
    } else {
      const nearest = before[before.length - 1]!.word;
      // `S.C. Kirkpatrick`: someone else of that name.
      if (INITIAL.test(nearest) || index.forenames.has(fold(nearest))) return undefined;
    }
  }
  // A rank the list prints with the name is part of the mention (`Colonel Goodpaster`).
  const rank = /(\p{Lu}\p{Ll}+)\s+$/u.exec(full.slice(Math.max(0, start - 30), start));
  if (rank && candidates.length === 1 && candidates[0]!.titles.includes(rank[1]!)) start -= rank[0].length;
  // Forenames printed after it (`Wailes, Edward T.`) and a suffix (`Hoover, Jr.`).
  const inverted = /^,\s((?:(?:\p{Lu}\.\s?)+|\p{Lu}[\p{Ll}\p{M}’'-]+)(?:\s(?:(?:\p{Lu}\.)+|\p{Lu}[\p{Ll}\p{M}’'-]+))*)/u.exec(after);
  if (inverted) {
    // The longest run of the words that are forenames of one of the candidates, the first a full forename.
    const words = inverted[1]!.trim().split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const some = words.slice(0, n);
      const matching = candidates.filter((c) => c.forenames && some.every((w) => forenameMatches(w, c)) && forenameMatches(some[0]!, c, true));
      if (matching.length) {
        candidates = matching;
        end += 2 + some.join(' ').length;
        break;
      }
    }
  }
  const suffix = /^,?\s(Jr\.|Sr\.|II|III|IV)/u.exec(full.slice(end));
  if (suffix && candidates.some((c) => c.suffix && fold(c.suffix).replace('.', '') === fold(suffix[1]!).replace('.', ''))) {
    candidates = candidates.filter((c) => c.suffix);
    end += suffix[0].length;
  }
  const surname = best.forms[0]!.words.join(' ');
  // A surname the lists use as another word needs forenames or a title (`Hamilton Jordan`, `Mr. Jordan`).
  if (index.homonyms.has(surname) && start === at && !titlesBefore(full, start).length) return undefined;
  if (candidates.length === 1) {
    if (start !== at || candidates.length < new Set(best.forms.map((f) => f.entry)).size) note(scope, surname, candidates[0]!);
    return { start, end, entry: candidates[0]! };
  }
  // Titles in front: `President Carter`, `Generals Jones, Rogers and Allen`.
  const titles = titlesBefore(full, start);
  // `the Carter administration`, `the Kadar Government`: a head of government.
  if (!titles.length && /^\s+(?:administration|Administration|government|Government|regime|cabinet|Cabinet)\b/u.test(full.slice(end))) {
    titles.push('president', 'prime', 'premier', 'chancellor');
  }
  const byTitle = choose(candidates, signed && !titles.length ? scope.senderWords : titles, scope.date);
  if (byTitle.length === 1) {
    note(scope, surname, byTitle[0]!);
    return { start, end, entry: byTitle[0]! };
  }
  return { start, end, pending: { surname, candidates } };
}

/**
 * A surname spelt otherwise than the list spells it (`Philip H. Trezise`, list `Tresize`): taken
 * only when the forenames printed before it (a full one and more) are the entry's, and the two
 * spellings differ by one letter (two in a surname of seven letters or more).
 */
function misspelt(full: string, at: number, token: string, word: string, index: NameIndex): Found | undefined {
  if (word.length < 5 || token === token.toUpperCase() || !capitalisedWordBefore(full, at)) return undefined;
  const before = forenamesBefore(full, at);
  if (before.length < 2 || before.every((w) => INITIAL.test(w.word))) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  const matching = (index.byInitial.get(word[0]!) ?? []).filter(({ surname, entry }) =>
    surname !== word && editDistance(surname, word, limit) <= limit && before.every((w) => forenameMatches(w.word, entry, true)));
  if (matching.length !== 1) return undefined;
  return { start: before[0]!.start, end: at + word.length, entry: matching[0]!.entry };
}

/** Whether a capitalised word or an initial stands right before `at`, one space away (a quick test: this runs at every capitalised word). */
function capitalisedWordBefore(full: string, at: number): boolean {
  let k = at - 1;
  if (full.charCodeAt(k) !== 32) return false;
  k--;
  while (k >= 0 && (full.charCodeAt(k) === 46 || /\p{L}/u.test(full[k]!))) k--;
  const first = full[k + 1];
  return first !== undefined && k + 1 < at - 1 && first !== first.toLowerCase();
}

/** Edit distance (insertions, deletions, replacements) of two words, counted up to `limit` + 1. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

function usedInLowerCase(token: string, scope: Scope): boolean {
  const word = token.toLowerCase();
  let used = scope.lowerCase.get(word);
  if (used === undefined) scope.lowerCase.set(word, (used = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(scope.text)));
  return used;
}

function note(scope: Scope, surname: string, entry: PersonEntry): void {
  if (scope.apply) return;
  const set = scope.resolved.get(surname) ?? new Set();
  set.add(entry);
  scope.resolved.set(surname, set);
}

/** The end offset if `full` continues at `at` with `words` (folded, separated by spaces or hyphens). */
function matchWords(full: string, at: number, words: string[]): number | undefined {
  let pos = at;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      const sep = /^[\s\-–]+/.exec(full.slice(pos));
      if (!sep) return undefined;
      pos += sep[0].length;
    }
    TOKEN_AT.lastIndex = pos;
    const m = TOKEN_AT.exec(full);
    if (!m) return undefined;
    const w = fold(m[0]);
    if (w === words[i]) pos += m[0].length;
    else if (w === `${words[i]}'s`) pos += m[0].length - 2;
    else return undefined;
  }
  return pos;
}
const TOKEN_AT = /[\p{L}\p{M}]+(?:[’'][\p{L}\p{M}]+)*/uy;

function nextIsSurname(after: string, index: NameIndex): boolean {
  const m = /^\s+([\p{L}\p{M}]+)/u.exec(after);
  return Boolean(m && index.forms.has(fold(m[1]!)));
}

/** Capitalised words and initials right before `at` that are not titles, nearest last, with their offsets. */
function forenamesBefore(full: string, at: number): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let start = at;
  for (let k = 0; k < 4; k++) {
    const found = wordBefore(full, start);
    if (!found) break;
    const w = found.word;
    if (!/^\p{Lu}/u.test(w) || isTitle(w)) break;
    // A word ending a sentence is not a forename.
    if (!INITIAL.test(w) && /\.$/.test(w)) break;
    start = found.start;
    words.unshift({ word: w, start });
  }
  return words;
}

/**
 * How many of the words before a surname are the entry's forenames, counted outwards from the
 * surname: a middle initial the list does not give is passed over when a forename precedes it
 * (`Nicos G. Dimitriou`); the count stops at the first word that is not a forename.
 */
function forenameReach(words: readonly { word: string }[], entry: PersonEntry, strict = false): number {
  let reach = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.word;
    if (forenameMatches(w, entry, strict)) reach = words.length - k;
    else if (!INITIAL.test(w)) break;
  }
  return reach;
}

/** Whether a word printed with a name is one of the entry's forenames, initials or nicknames. */
/** An entry's forenames, initials (`C.D.` → `c`, `d`), nicknames and ranks, folded; made once per entry. */
const forenameCache = new WeakMap<PersonEntry, string[]>();
function forenamesOf(entry: PersonEntry): string[] {
  let names = forenameCache.get(entry);
  if (!names) {
    names = fold([entry.forenames, ...entry.nicknames, ...entry.titles].join(' ')).split(/[\s.\-–]+/).filter(Boolean);
    forenameCache.set(entry, names);
  }
  return names;
}

function forenameMatches(word: string, entry: PersonEntry, strict = false): boolean {
  const names = forenamesOf(entry);
  if (INITIAL.test(word)) {
    const initials = word.replace(/\s/g, '').split('.').filter(Boolean).map((i) => fold(i));
    return initials.every((i) => names.some((n) => n[0] === i));
  }
  const w = fold(word);
  return names.some((n) => n === w || (!strict && n.length > 3 && w.length > 3 && commonPrefix(n, w) >= 4));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The title words in front of a name (`Deputy Secretary`), looking across a list of names that
 * share one title (`Generals Jones, Rogers and Allen`).
 */
function titlesBefore(full: string, at: number): string[] {
  let pos = at;
  for (let hop = 0; hop < 5; hop++) {
    const words: string[] = [];
    let p = pos;
    for (let k = 0; k < 5; k++) {
      const found = wordBefore(full, p);
      if (!found) break;
      const w = fold(found.word).replace(/\.$/, '').split('-')[0]!;
      if (!TITLE_WORDS.has(w) && !(words.length && /^\p{Lu}/u.test(found.word))) break;
      words.unshift(w);
      p = found.start;
    }
    if (words.some((w) => w !== 'former')) return words;
    // Across a list: skip one name and its separator.
    const list = /(\p{Lu}[\p{L}\p{M}’'-]*)(?:,\s+and\s+|,\s+|\s+and\s+)$/u.exec(full.slice(Math.max(0, pos - 60), pos));
    if (!list) break;
    pos -= list[0].length;
  }
  // `Drafted by Jones; cleared by …`: the source note's officers are of the Department.
  if (/\b(?:[Dd]rafted|[Cc]leared|[Aa]pproved)(?:\s+in\s+draft)?\s+by\s+(?:[^.;:]*?(?:,\s+|\s+and\s+))?$/u.test(full.slice(Math.max(0, at - 80), at))) {
    return ['department', 'state', 'office', 'bureau'];
  }
  return [];
}

/**
 * The offices whose holder a bare surname means in diplomatic correspondence: a head of state or
 * government, a foreign minister, the head of the UN or NATO.
 */
const PRINCIPAL = /^(?!(?:Assistant|Deputy|Under|Acting|Special|Associate|Executive|Alternate)\b)(?:[A-Z][a-z]+\s)?(?:President|Vice President|Prime Minister|Premier|Chancellor|Secretary of State|Foreign Minister|Minister of Foreign Affairs|Secretary(?:-| )General|King|Queen|Shah)\b/;

function principalOffice(entry: PersonEntry, date: string | undefined): string | undefined {
  return (date ? officesAt(entry.description, date) : entry.description.split(/;\s*/)).find((o) => PRINCIPAL.test(o.replace(/^thereafter\s+/, '')));
}

/** Of namesakes, the one only who held a principal office at the document's date (`Carter`: the President). */
function principalOf(candidates: readonly PersonEntry[], date: string | undefined): PersonEntry | undefined {
  const principals = candidates.filter((c) => principalOffice(c, date));
  return principals.length === 1 ? principals[0] : undefined;
}

/** `President`, `President-elect`, `Amb.`. */
function isTitle(word: string): boolean {
  return TITLE_WORDS.has(fold(word).replace(/\.$/, '').split('-')[0]!);
}

const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/(?<=[a-z]{3})s$/, '');

/**
 * The candidates whose description fits the titles best (words of the title found in the
 * description or the name's own titles), then the document's date against their offices' dates.
 */
function choose(candidates: PersonEntry[], titles: string[], date: string | undefined): PersonEntry[] {
  const words = titles.map(singular).filter((w) => !EMPTY_TITLES.has(w) && w.length > 1);
  let best = candidates;
  if (words.length) {
    const scored = candidates.map((c) => {
      const offices = date ? officesAt(c.description, date) : [c.description];
      const text = ` ${nameWords([...c.titles, ...offices].join(' ')).map(singular).join(' ')} `;
      return { c, score: words.filter((w) => text.includes(` ${w} `)).length };
    });
    const top = Math.max(...scored.map((s) => s.score));
    if (top > 0) best = scored.filter((s) => s.score === top).map((s) => s.c);
  }
  return best;
}
