/**
 * One list entry from its printed form: `Ecevit, Bülent, Turkish Prime Minister …` into surname,
 * forenames, suffix, nicknames and description; `IMF, International Monetary Fund` into term and
 * expansion. Both list readers (text and TEI) use these, so an entry means the same whichever
 * form the list came in.
 */
import type { Position } from '../../model/diagnostic.js';
import type { PersonEntry, TermEntry } from '../../model/names.js';
import { asciiLetters } from './fold.js';

/** Ranks and styles the lists print inside a name (`Cabell, General Charles P.`). */
export const NAME_TITLES = new Set([
  'General', 'Admiral', 'Colonel', 'Marshal', 'Major', 'Captain', 'Lieutenant', 'Sir', 'Lord', 'Lady', 'Baron', 'Dame', 'Dr.', 'Mr.', 'Mrs.', 'Field',
]);

/** Offices that can stand alone after a name (`Iakovos, Archbishop`): a description, not forenames. */
const OFFICES = new Set(['Pope', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Shah', 'Sultan', 'Emir', 'Sheikh', 'Archbishop', 'Bishop', 'Cardinal', 'Patriarch', 'President', 'Chairman', 'Senator', 'Ambassador', 'Minister', 'Secretary', 'Governor', 'Mayor', 'Premier', 'Chancellor']);

const SUFFIX = /^(?:Jr\.?|Sr\.?|I{1,3}|IV|V|VI)$/;
/** A word of a name: capitalised (`Bülent`, `O’Neill`, `d’Estaing`), an initial (`W.`, `K.E.`), or a particle. */
const NAME_WORD = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}’'.-]*|(?:d’|d'|al-|el-)\p{Lu}[\p{L}\p{M}’'-]*|de|da|del|van|von|der|bin|ibn|la|le|y)$/u;

/** Splits at commas that stand outside parentheses and quotation marks. */
function segments(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === ',' && depth === 0 && !quoted) {
      out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), start });
  return out;
}

function isNameWords(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
}

/** A parenthesis of name words (`(Roy)`, `(Peter Alexander Carrington)`) is part of the name; one with dates is not. */
function splitParenthesis(text: string): { words: string; alias?: string; rest?: string } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(text);
  if (!m) return { words: text };
  if (isNameWords(m[2]!)) return { words: m[1]!, alias: m[2]!, rest: m[3] || undefined };
  return { words: m[1]!, rest: `(${m[2]})${m[3] ? ` ${m[3]}` : ''}` };
}

/** A list line read as a person: the entry but for what the list gives it (its id and place). */
export type ParsedPerson = Omit<PersonEntry, 'kind' | 'id' | 'at'>;

/**
 * A person line as the web edition prints it. The name ends at the first comma-separated part
 * that is not a name (`Turkish Prime Minister …`): the surname, then forenames (with any rank),
 * then suffixes, nicknames in quotation marks and a parenthesised alias. Undefined when the line
 * does not begin with a name (a note above the list).
 */
export function parsePersonLine(line: string): ParsedPerson | undefined {
  const text = line.trim();
  const see = /^(.*?),\s+see\s+(.+?)\s*$/.exec(text);
  const parts = segments(see ? see[1]! : text);
  const first = parts[0]!.text.trim();
  if (!isNameWords(first)) return undefined;
  let surname = first;
  let forenames = '';
  let suffix: string | undefined;
  const nicknames: string[] = [];
  const titles: string[] = [];
  let end = parts[0]!.start + parts[0]!.text.trimEnd().length;
  let i = 1;
  // A single name printed without forenames: `Makarios III`, `Hussein bin Talal`.
  const words = first.split(/\s+/);
  if (words.length > 1 && SUFFIX.test(words[words.length - 1]!) && words.length === 2) {
    surname = words[0]!;
    suffix = words[1]!;
  }
  const offsetOf = (k: number): number => parts[k]!.start + (parts[k]!.text.length - parts[k]!.text.trimStart().length);
  // A regnal name (`Paul VI, Pope`) has no forenames; nor is a lone office (`Pope`, `King`) one.
  const regnal = suffix !== undefined;
  if (i < parts.length && !regnal) {
    const split = splitParenthesis(parts[i]!.text.trim());
    const nameWords = split.words.trim();
    const office = nameWords.split(/\s+/).every((w) => OFFICES.has(w));
    if (nameWords && isNameWords(nameWords) && !nameWords.startsWith('“') && !office) {
      const ws = nameWords.split(/\s+/);
      while (ws.length > 1 && NAME_TITLES.has(ws[0]!)) titles.push(ws.shift()!);
      if (ws.length === 1 && NAME_TITLES.has(ws[0]!)) titles.push(ws.shift()!);
      forenames = ws.join(' ');
      if (split.alias) nicknames.push(split.alias);
      if (split.rest && !split.alias) {
        // `Colonel Andrew J. (Brigadier General from January 1957)`: the parenthesis describes.
        end = trimEnd(text, offsetOf(i) + parts[i]!.text.trim().indexOf('('));
        return finish();
      }
      end = offsetOf(i) + parts[i]!.text.trim().length;
      i++;
    }
  }
  for (; i < parts.length; i++) {
    const part = parts[i]!.text.trim();
    const split = splitParenthesis(part);
    if (SUFFIX.test(split.words.trim()) && !split.rest) {
      suffix = split.words.trim();
      if (split.alias) nicknames.push(split.alias);
      end = offsetOf(i) + part.length;
      continue;
    }
    const nick = /^“([^”]*?),?”/.exec(part);
    if (nick) {
      nicknames.push(nick[1]!);
      end = offsetOf(i) + nick[0].length;
      break;
    }
    break;
  }
  return finish();

  function finish(): ParsedPerson {
    const name = text.slice(0, end).trim();
    const description = see ? `see ${see[2]}` : text.slice(end).replace(/^[\s,]+/, '');
    return { name, surname, forenames, titles, suffix, nicknames, description, see: see?.[2] };
  }
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A term line: the term up to the first comma, then its expansion. */
export function parseTermLine(line: string): { term: string; expansion: string } | undefined {
  const m = /^\s*([^,]+?)\s*,\s*(.*?)\s*$/.exec(line);
  if (!m || !m[1]) return undefined;
  const expansion = m[2]!.replace(/^[\s,]+/, '');
  if (!expansion) return undefined;
  return { term: m[1], expansion };
}

/** Mints ids in the FRUS pattern, numbering entries that share one (`p_BM_1`, `p_BM_2`) in list order. */
export class IdMinter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly taken: ReadonlySet<string> = new Set()) {}

  mint(base: string): string {
    let n = this.counts.get(base) ?? 0;
    let id: string;
    do id = `${base}_${++n}`;
    while (this.taken.has(id));
    this.counts.set(base, n);
    return id;
  }
}

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6' };

/** `p_` and the initials of surname and forenames (`Ecevit, Bülent` → `p_EB`); a regnal number as a digit (`p_M3`). */
export function personIdBase(p: Pick<PersonEntry, 'surname' | 'forenames' | 'suffix'>): string {
  const initials = (words: string): string =>
    words.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w.replace(/^(?:al-|el-|d’|d')/, '')))
      .map((w) => asciiLetters(w.replace(/^(?:al-|el-|d’|d')/, '')).slice(0, 1).toUpperCase()).join('');
  const forenameInitials = p.forenames.split(/\s+/).flatMap((w) => w.split('.').filter(Boolean)).join(' ');
  const regnal = !p.forenames && p.suffix && ROMAN[p.suffix] ? ROMAN[p.suffix] : '';
  return `p_${initials(p.surname) || 'X'}${regnal || initials(forenameInitials)}`;
}

/** `t_` and the term's letters and digits (`S/S–O` → `t_SSO`). */
export function termIdBase(term: string): string {
  return `t_${asciiLetters(term) || 'X'}`;
}

export function personEntry(parsed: ParsedPerson, id: string, at: Position): PersonEntry {
  return { kind: 'person', id, ...parsed, at };
}

export function termEntry(term: string, expansion: string, id: string, at: Position): TermEntry {
  return { kind: 'term', id, term, expansion, at };
}
