/**
 * The heading `284. Telegram From the Department of State to the Embassies in Belgium, …, and Italy`:
 * the document number, the kind of document, and the sender and every addressee as separate names.
 */
import type { Correspondent, DocumentKind } from '../model/document.js';
import { splitSeries } from './series.js';

export interface NamePhrase extends Correspondent {
  /** Where the phrase stands in the heading, for marking it there; -1 for names expanded from a group. */
  start: number;
  end: number;
}

export interface ParsedHeading {
  n?: string;
  /** Length of the printed number and the space after it (`284. `). */
  numberLength: number;
  kind: DocumentKind;
  senders: NamePhrase[];
  addressees: NamePhrase[];
}

const KINDS: [RegExp, DocumentKind][] = [
  [/^Editorial Note/i, 'editorial-note'],
  [/^Circular (?:Telegram|Airgram)/i, 'circular-telegram'],
  [/\b(?:Telegram|Airgram|Cable)\b/i, 'telegram'],
  [/^Memorandum (?:of|for the Record of) (?:a )?Telephone Conversation/i, 'memorandum-of-telephone-conversation'],
  [/^Memorandum (?:of|for the Record of) (?:a )?(?:Conversation|Conference|Discussion|Meeting)/i, 'memorandum-of-conversation'],
  [/\bMemorandum\b/i, 'memorandum'],
  [/\bLetter\b/i, 'letter'],
  [/\bMessage\b/i, 'message'],
  [/\bNote\b/i, 'note'],
  [/\b(?:Report|Estimate|Study)\b/i, 'report'],
  [/\bPaper\b/i, 'paper'],
];

/** Words that make an addressee an institution rather than a person. */
const INSTITUTION =
  /\b(?:Department|Embassy|Embassies|Legation|Legations|Mission|Missions|Consulate|Consulates|Delegation|Delegations|Office|Agency|Council|Chiefs|Posts|Government|Ministry|Command|Headquarters|White House|Bureau|Committee|Diplomatic)\b/;
/** The word that begins an addressee phrase after `, the` or `and the`. */
const HEAD_WORD =
  /^(?:the\s+)?(?:Department|Embass(?:y|ies)|Legations?|Missions?|Consulates?(?: General)?|Delegations?|Office|Joint Chiefs|Secretary|Under Secretary|Assistant|Deputy|Director|President|Vice President|Ambassador|Chairman|Chief|Acting|Counselor|Administrator|Special|Permanent|Representative|National Security|Central Intelligence|White House|Prime Minister|Foreign Minister|Minister|Commander|Certain|All)\b/;
/** A sender ending like this is followed by ` to ` as part of its own name (`Mission to the UN`). */
const TAKES_TO = /(?:Mission|Missions|Delegation|Representative|Ambassador|Adviser|Assistant|Embassy|Liaison)$/;

export function parseHeading(heading: string): ParsedHeading {
  const num = /^(\d+[A-Za-z]?)\.\s+/.exec(heading);
  const offset = num ? num[0].length : 0;
  const title = heading.slice(offset);
  const kind = KINDS.find(([re]) => re.test(title))?.[1] ?? 'other';
  const result: ParsedHeading = { n: num?.[1], numberLength: offset, kind, senders: [], addressees: [] };

  const between = kind.startsWith('memorandum-of') ? BETWEEN.exec(title) : null;
  const and = between ? title.indexOf(' and ', between.index) : -1;
  if (between && and > 0) {
    // The editors name the two sides of a conversation as its sender and addressee.
    result.senders = phrases(title, between.index + between[0].length, and, offset);
    result.addressees = phrases(title, and + ' and '.length, withoutFinalStop(title), offset);
    return result;
  }
  const senderStart = senderAt(title, kind);
  if (senderStart === undefined) return result;
  const toAt = findTo(title, senderStart);
  // An addressee is named (`to the Secretary`, `to Mr. Fish`): `AN ACT to amend an act` names none.
  if (toAt < 0 || !/^(?:the\s+)?\p{Lu}/u.test(title.slice(toAt + ' to '.length))) return result;
  result.senders = phrases(title, senderStart, toAt, offset);
  result.addressees = phrases(title, toAt + ' to '.length, withoutFinalStop(title), offset);
  return result;
}

/**
 * Where the sender's name begins: after `From` (`Telegram From the Embassy …`), after `by` in a
 * heading that names an addressee (`Memorandum by the Secretary of State to the President`), or at
 * the start of a heading that names no kind, as older volumes print them (`Mr. Fish to Baron
 * Gerolt.`, `The Minister in El Salvador (Frazer) to the Secretary of State`).
 */
function senderAt(title: string, kind: DocumentKind): number | undefined {
  const from = /\bFrom\s+/.exec(title);
  if (from) return from.index + from[0].length;
  const by = /\bby\s+(?=\p{Lu}|the\s)/u.exec(title);
  if (by && title.indexOf(' to ', by.index) > 0) return by.index + by[0].length;
  // A number of the series printed above the names (`No. 23.` / `Mr. Lowell to Earl Granville.`).
  const series = /^No\.\s+\d+[A-Za-z]?\.\s+/.exec(title)?.[0].length ?? 0;
  if (kind === 'other' && /^\p{Lu}/u.test(title.slice(series))) return series;
  return undefined;
}

/** `Memorandum of Conversation Between the Administrator … (Halaby) and the First Deputy Chief … (Schetchikov)`. */
const BETWEEN = /\bBetween\s+(?=\p{Lu}|the\s)/u;

/** The heading's end without the full stop older volumes print after it (`… to Mr. Fish.`), an initial's kept. */
function withoutFinalStop(title: string): number {
  return /[^.\s]{2}\.$/.test(title) && !/(?:^|\s)\p{Lu}\.$/u.test(title) ? title.length - 1 : title.length;
}

function findTo(title: string, from: number): number {
  let i = title.indexOf(' to ', from);
  let last = -1;
  while (i >= 0) {
    if (!TAKES_TO.test(title.slice(from, i))) return i;
    last = i;
    i = title.indexOf(' to ', i + 1);
  }
  // A heading names an addressee: when every ` to ` could continue the sender's name
  // (`The British Embassy to the Department of State`), the last one begins the addressee.
  return last;
}

/**
 * Splits `the Department of State, the Department of Defense, and the Joint Chiefs of Staff` into its
 * addressees, and expands plural groups: `the Embassies in Belgium, Canada, and Italy` → one
 * `Embassy in …` per country. Commas inside a name (`… for Near Eastern, South Asian, and African
 * Affairs (Allen)`) do not split: a new addressee begins only with a recognised head word.
 */
function phrases(title: string, start: number, end: number, base: number): NamePhrase[] {
  const text = title.slice(start, end);
  // `and` begins another addressee; a comma alone does before `the …` or in a series that ends
  // `, and …`: in `PBSUCCESS Headquarters, Central Intelligence Agency` it is part of one name.
  const series = /,\s+and\s+/.test(text);
  return splitSeries(text, (after, separator) =>
    HEAD_WORD.test(after) && (/\band\b/.test(separator) || series || /^the\s/.test(after)))
    .flatMap((item) => expand(item.text, start + item.start + base));
}

const PLURAL = /^(?:the\s+)?(Embassies|Missions|Legations|Consulates(?: General)?|Delegations)\s+(in|to|at)\s+/;
const SINGULAR: Record<string, string> = {
  Embassies: 'Embassy', Missions: 'Mission', Legations: 'Legation', Consulates: 'Consulate',
  'Consulates General': 'Consulate General', Delegations: 'Delegation',
};

function expand(phrase: string, at: number): NamePhrase[] {
  const plural = PLURAL.exec(phrase);
  if (plural) {
    const singular = SINGULAR[plural[1]!]!;
    // Expanded names are not printed as such, so they are not marked in the heading.
    return splitSeries(phrase.slice(plural[0].length)).map((place) => ({
      name: `${singular} ${plural[2]} ${place.text}`, type: 'orgName', start: -1, end: -1,
    }));
  }
  const lead = /^the\s+/i.exec(phrase)?.[0].length ?? 0;
  const name = phrase.slice(lead);
  return [{
    name,
    type: INSTITUTION.test(name) && !/\([^)]+\)$/.test(name) ? 'orgName' : 'persName',
    start: at + lead,
    end: at + phrase.length,
  }];
}
