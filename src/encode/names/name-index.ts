/**
 * A volume's lists prepared for linking: the forms by which each person can be mentioned (surname,
 * surname without its article, the first word of a compound surname), the words that are
 * forenames or offices, and one regular expression finding every term. Built once per list (the
 * build's workers share one), so that linking a document costs a scan of its text.
 */
import type { NameLists, PersonEntry, TermEntry } from '../../model/names.js';
import { fold } from './fold.js';

export interface SurnameForm {
  /** Folded words of the form (`['galindo', 'pohl']`). */
  words: string[];
  entry: PersonEntry;
  /** Only part of a compound surname (`Galindo`): linked when no other entry claims the word. */
  partial: boolean;
}

export interface NameIndex {
  lists: NameLists;
  /** Forms by their first folded word. */
  forms: Map<string, SurnameForm[]>;
  /** Entries by the first letter of their folded surname, with that surname (for spellings the list does not have). */
  byInitial: Map<string, { surname: string; entry: PersonEntry }[]>;
  /** Every folded forename and nickname of the list: a word before a surname that is one of these names someone. */
  forenames: Set<string>;
  /** Printed form (`IMF`, `U.N.`, `AF of L`) → entry. */
  terms: Map<string, TermEntry>;
  /** Printed forms of several words, by their first word (`AF` → `AF of L`), longest first. */
  phrases: Map<string, string[]>;
  /** A cross-reference's entry → the entry it refers to (`Caramanlis, see Karamanlis`). */
  seeTargets: Map<PersonEntry, PersonEntry>;
  /** The first two characters of every printed form (none has fewer), as one number (see headKey). */
  heads: Set<number>;
  /**
   * Surnames the lists themselves use as other words (`King of Jordan`, `detailed to White
   * House`): a mention needs forenames or a title to be a person's.
   */
  homonyms: Set<string>;
}

const PARTICLES = new Set(['al', 'el', 'de', 'da', 'del', 'van', 'von', 'der', 'bin', 'ibn', 'la', 'le', 'y', "d'"]);

/** Words of a name as the linker tokenises text: letters with inner apostrophes; hyphens separate. */
export function nameWords(text: string): string[] {
  return fold(text).split(/[\s\-–]+/).map((w) => w.replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '')).filter(Boolean);
}

const nameKey = (name: string): string => fold(name).replace(/[^\p{L}]+/gu, ' ').trim();

const cache = new WeakMap<NameLists, NameIndex>();

export function nameIndex(lists: NameLists): NameIndex {
  let index = cache.get(lists);
  if (!index) cache.set(lists, (index = buildIndex(lists)));
  return index;
}

function buildIndex(lists: NameLists): NameIndex {
  const forms = new Map<string, SurnameForm[]>();
  const add = (words: string[], entry: PersonEntry, partial: boolean): void => {
    if (!words.length) return;
    const key = words[0]!;
    const list = forms.get(key) ?? [];
    if (!list.some((f) => f.entry === entry && f.words.join(' ') === words.join(' '))) list.push({ words, entry, partial });
    forms.set(key, list);
  };
  const forenames = new Set<string>();
  for (const entry of lists.persons) {
    const words = nameWords(entry.surname);
    add(words, entry, false);
    // `al-Sadat` is mentioned as `Sadat`.
    if (words.length > 1 && PARTICLES.has(words[0]!)) add(words.slice(1), entry, false);
    // `Galindo Pohl`, `Averoff-Tossizza`, `Hussein bin Talal`: the first word alone.
    const significant = words.filter((w) => !PARTICLES.has(w));
    if (significant.length > 1 && significant[0]!.length > 2) add([significant[0]!], entry, true);
    for (const w of [...nameWords(entry.forenames), ...entry.nicknames.flatMap(nameWords)]) if (w.length > 1) forenames.add(w);
  }
  const terms = new Map<string, TermEntry>();
  for (const entry of lists.terms) {
    const term = entry.term;
    // One letter (`C`, `S`, `E`) is a classification marking, an initial or a paragraph letter far
    // more often than the term: never linked.
    if (term.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    const variants = [term];
    if (/^\p{Ll}/u.test(term)) variants.push(term[0]!.toUpperCase() + term.slice(1));
    if (/^[A-Z]{2,4}$/.test(term)) variants.push(`${[...term].join('.')}.`);
    // `Niact`, `Deptel` as cables print them in capitals.
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(term)) variants.push(term.toUpperCase());
    for (const v of variants) if (!terms.has(v)) terms.set(v, entry);
  }
  const heads = new Set<number>();
  for (const form of terms.keys()) heads.add(headKey(form, 0));
  const phrases = new Map<string, string[]>();
  for (const form of terms.keys()) {
    const words = form.split(' ');
    if (words.length < 2) continue;
    phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), form].sort((a, b) => b.length - a.length));
  }
  const prose = [...lists.persons.map((p) => p.description), ...lists.terms.map((t) => t.expansion)].join('\n');
  const homonyms = new Set<string>();
  for (const word of new Set(lists.persons.map((p) => p.surname))) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    if (new RegExp(`\\b(?:of|in|to|from|for|at)\\s+(?:the\\s+)?${word}\\b`, 'u').test(prose)) homonyms.add(fold(word));
  }
  const byName = new Map(lists.persons.map((p) => [nameKey(p.name), p]));
  const seeTargets = new Map<PersonEntry, PersonEntry>();
  for (const p of lists.persons) {
    const target = p.see ? byName.get(nameKey(p.see)) : undefined;
    if (target) seeTargets.set(p, target);
  }
  const byInitial = new Map<string, { surname: string; entry: PersonEntry }[]>();
  for (const entry of lists.persons) {
    const surname = fold(entry.surname);
    if (!surname) continue;
    const same = byInitial.get(surname[0]!);
    if (same) same.push({ surname, entry });
    else byInitial.set(surname[0]!, [{ surname, entry }]);
  }
  return { lists, forms, forenames, terms, phrases, heads, homonyms, seeTargets, byInitial };
}

/** Where a shorter term may end inside a chunk: before a mark. */
const INNER_END = /[.&/–-]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin letters with diacritics, and the punctuation block (dashes, quotation marks): no test needed.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** The marks terms are made of besides letters and digits (`U.S.`, `S/S–O`, `O&M`, `G-2`). */
function isTermMark(code: number): boolean {
  return code === 46 || code === 38 || code === 47 || code === 45 || code === 0x2013;
}

/** The first two characters of every printed form, as one number: most words start no term. */
function headKey(text: string, i: number): number {
  return (text.charCodeAt(i) << 16) | (i + 1 < text.length ? text.charCodeAt(i + 1) : 0);
}

export interface TermMention {
  start: number;
  end: number;
  entry: TermEntry;
}

/**
 * The term mentions of a text. A chunk is a run of letters, digits and the marks terms are made of
 * (`USIA/IOP/C`, `U.S.-Soviet`), not glued to a letter or digit before it; at each, the longest
 * term it begins with that ends at a mark or the chunk's end (`USIA`, `U.S.`); a plural `s` after it
 * stays outside (`Embtel` + `s`); then the rest of the chunk is searched in turn (`EUR/EE`: `EE`).
 * A hand scan rather than a regular expression: it runs over every word of every document.
 */
export function findTerms(text: string, index: NameIndex): TermMention[] {
  const out: TermMention[] = [];
  if (!index.terms.size) return out;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const startsChunk = isLetterOrDigit(code, text, i) && (i === 0 || (!isLetterOrDigit(text.charCodeAt(i - 1), text, i - 1) && text.charCodeAt(i - 1) !== 38));
    if (!startsChunk) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (!isTermMark(c) && !isLetterOrDigit(c, text, end)) break;
      end++;
    }
    const found = index.heads.has(headKey(text, i))
      ? longestTerm(text, i, text.slice(i, end), index)
      : undefined;
    if (found) {
      out.push(found);
      i = found.end;
      continue;
    }
    // Go on after the chunk's first mark, or past the chunk.
    let next = i + 1;
    while (next < end && !isTermMark(text.charCodeAt(next))) next++;
    i = next < end ? next + 1 : end;
  }
  return out;
}

function longestTerm(text: string, at: number, chunk: string, index: NameIndex): TermMention | undefined {
  const plain = !/[.&/–-]/.test(chunk);
  // Terms of several words first (`USNMR SHAPE`, `AF of L`).
  if (index.phrases.size) {
    const head = plain ? chunk : chunk.slice(0, chunk.search(/[.&/–-]/));
    for (const phrase of index.phrases.get(head) ?? []) {
      if (text.startsWith(phrase, at) && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? '')) {
        return { start: at, end: at + phrase.length, entry: index.terms.get(phrase)! };
      }
    }
  }
  if (plain) return termAt(at, chunk, index);
  const ends = [chunk.length];
  INNER_END.lastIndex = 0;
  for (let e = INNER_END.exec(chunk); e; e = INNER_END.exec(chunk)) ends.push(e.index, e.index + 1);
  ends.sort((a, b) => b - a);
  for (const end of ends) {
    const found = termAt(at, chunk.slice(0, end), index);
    if (found) return found;
  }
  return undefined;
}

/** `form` as a term, or as the plural of one (the `s` left outside). */
function termAt(at: number, form: string, index: NameIndex): TermMention | undefined {
  const entry = index.terms.get(form);
  if (entry) return { start: at, end: at + form.length, entry };
  const singular = form.endsWith('s') ? index.terms.get(form.slice(0, -1)) : undefined;
  return singular ? { start: at, end: at + form.length - 1, entry: singular } : undefined;
}
