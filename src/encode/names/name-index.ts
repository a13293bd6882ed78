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
  /** Every folded forename and nickname of the list: a word before a surname that is one of these names someone. */
  forenames: Set<string>;
  /** Finds terms: group 1 the printed term, group 2 a plural `s`. */
  termPattern?: RegExp;
  /** Printed form (as matched) → entry. */
  terms: Map<string, TermEntry>;
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
    if (significant.length > 1) add([significant[0]!], entry, true);
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
    for (const v of variants) if (!terms.has(v)) terms.set(v, entry);
  }
  const alternatives = [...terms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const termPattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}&])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}&])`, 'gu')
    : undefined;
  const prose = [...lists.persons.map((p) => p.description), ...lists.terms.map((t) => t.expansion)].join('\n');
  const homonyms = new Set<string>();
  for (const word of new Set(lists.persons.map((p) => p.surname))) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    if (new RegExp(`\\b(?:of|in|to|from|for|at)\\s+(?:the\\s+)?${word}\\b`, 'u').test(prose)) homonyms.add(fold(word));
  }
  return { lists, forms, forenames, termPattern, terms, homonyms };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}
