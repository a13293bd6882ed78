/**
 * The closer: the signature and what stands about it. A signature is a short block that reads as a
 * name (`Vance`, `Philip H. Trezise`, `[Johnson]`, and in older volumes with a stop or in capitals,
 * `John Hay.`, `JOHN LOTHROP MOTLEY.`), with the lines printed under it in the same block (`David J.
 * Hill,` / `Acting Secretary.`). It may be preceded by a complimentary close (`Sincerely,`, `I have,
 * &c.,`, `I am, sir, your obedient servant,`) and followed by a line with the signer's office in a
 * block of its own, by decision lines (`Approve`, `See me`), and by a dateline printed at the end.
 */
import type { Closer } from '../model/document.js';
import { type BodyUnit, LIST_HEADS } from './body.js';
import { inlinesOf } from './editorial.js';
import { type LineLayout, lineBreaks, withLineBreaks } from './lines.js';
import { datelineOf } from './opener.js';

type TextUnit = Extract<BodyUnit, { kind: 'text' }>;

const COMPLIMENTARY_CLOSE = new RegExp(
  [
    String.raw`(?:Sincerely|Faithfully|Respectfully|Cordially|Very (?:truly|sincerely|respectfully)|Yours|With (?:best|warm|kind|warmest|kindest|all good)|Best|Warm|Kind)\b[^.!?]{0,40},`,
    // The older volumes' closes, often abridged by the editors: `I have, &c.,`, `I am [etc.]`.
    String.raw`I (?:am|have)\b[^.!?]{0,80}?(?:servant|etc\.|\[etc\.\]|&c\.?|ete\.)[,.]?`,
    String.raw`Accept,? (?:etc\.|\[etc\.\]|&c\.?)[,.]?`,
    String.raw`(?:I avail myself|Accept)\b[^!?]{0,160}?(?:etc\.|\[etc\.\]|&c\.?|consideration\.)[,.]?`,
  ].map((a) => `^(?:${a})$`).join('|'),
  'i',
);
const DECISION = /^(?:Approve|Approved|Disapprove|Disapproved|See me|Let[’']s discuss|Discuss with me|Call me|Other|Agree|Disagree|Prefer)\b[^.;:?!]{0,60}$/;
/** Words that make a short capitalised line a heading or a marker of the text, not a name. */
const NOT_A_NAME = /\b(?:End|Begin|Text|Summary|Quote|Unquote|Message|Comment|Note|Confidential|Secret|Attachment|Enclosure|Inclosure)\b/;

/** The recipient's address under an instruction's signature: `Hon. Hamilton Fish, Secretary of State.` */
const ADDRESS = /^(?:(?:Hon\.|Mr\.|Messrs\.|Mrs\.|His Excellency|Señor|Senor|Baron|Count|Sir|General|Admiral)\s.{2,140}|.{2,100}\b(?:Esq\.|&c\.).{0,80})\.$/u;
/** An editorial note in brackets after the signature: `[The agreement was effected by …]`. */
const EDITORIAL = /^\[[^\[\]]{20,}\]\.?$/;

export function isDecision(unit: BodyUnit | undefined): boolean {
  return unit?.kind === 'text' && DECISION.test(unit.rich.text);
}

/** What may follow a signature in its closer's postscript. */
function isPostscriptLine(unit: BodyUnit | undefined): boolean {
  return unit?.kind === 'text' && (DECISION.test(unit.rich.text) || ADDRESS.test(unit.rich.text) || EDITORIAL.test(unit.rich.text));
}

export function isComplimentaryClose(text: string): boolean {
  return COMPLIMENTARY_CLOSE.test(text);
}

/** A name as signed, or in the editors' brackets when supplied (`[Johnson]`, `S[umner] W[elles]`). */
export function isSignature(printed: string): boolean {
  const text = printed.replace(/^\[([^\[\]]+)\]$/, '$1').replace(/,$/, '');
  if (text.length > 40 || !/^\p{Lu}/u.test(text) || NOT_A_NAME.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  // No sentence punctuation, colon or quotation; the older volumes end a signature with a stop.
  if (/[:;?!“”"]/.test(text)) return false;
  if (LIST_HEADS.some(([re]) => re.test(text))) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}’'.\-\[\]]*|\p{Lu}\.|\[\p{Lu}[\p{L}.]*\]|de|van|von|der|du|la|y)\.?$/u.test(w));
}

/** A signature in capitals with its stop (`E. B. WASHBURNE.`): it can close a text before an attachment. */
export function isCapitalSignature(text: string): boolean {
  return isSignature(text) && /\p{Lu}{2,}\.$/u.test(text) && text === text.toUpperCase();
}

/** A rank or office under a signature: a few words, commas allowed, no sentence. */
function isTitleLine(text: string, stopAllowed: boolean): boolean {
  const body = stopAllowed ? text.replace(/\.$/, '') : text;
  return body.length <= 80 && /^\p{Lu}/u.test(body) && !/[.:;?!\[\]“”"\d]$/u.test(body) && body.split(/\s+/).length <= 10
    && !/[.;:?!]\s/.test(body.replace(/\b\p{Lu}\.\s/gu, ''));
}

/** A signature block: a name alone, a name with its title lines under it, or `T. W. Hackett, Acting Secretary.` */
function isSignatureBlock(unit: TextUnit, layout: LineLayout): boolean {
  const text = unit.rich.text;
  if (isSignature(text)) return true;
  const breaks = lineBreaks(unit.rich, layout);
  if (breaks.length) {
    const lines = [0, ...breaks.map((b) => b + 1)].map((a, i) => text.slice(a, i < breaks.length ? breaks[i] : text.length));
    return lines.length <= 4 && isSignature(lines[0]!) && lines.slice(1).every((l) => isTitleLine(l, true));
  }
  // On one line, the name before a comma and the office after it, ended by a stop; a name in
  // capitals may have its office in lower case (`EDW. McPHERSON, clerk.`).
  const comma = text.indexOf(', ');
  if (comma < 0 || !text.endsWith('.')) return false;
  const name = text.slice(0, comma);
  const office = text.slice(comma + 2);
  const capitals = /\p{Lu}{3,}/u.test(name);
  return name.includes(' ') && isSignature(name) && isTitleLine(capitals ? office.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : office, true);
}

/** A signature block that gives the signer's office, not a bare name. */
function hasOffice(unit: TextUnit, layout: LineLayout): boolean {
  return isSignatureBlock(unit, layout) && !isSignature(unit.rich.text);
}

/** The units before the closer, and the closer read from the end of `units`. */
export function splitCloser(units: readonly BodyUnit[], layout: LineLayout): { rest: BodyUnit[]; closer?: Closer } {
  const rest = [...units];
  let trailing = 0;
  while (rest[rest.length - 1 - trailing]?.kind === 'pb') trailing++;
  const pageBreaksAfter = rest.splice(rest.length - trailing) as Extract<BodyUnit, { kind: 'pb' }>[];
  // Postscript lines, with any page breaks among them, back to the last line that is one.
  let lines = 0;
  for (let k = 0; ; k++) {
    const unit = rest[rest.length - 1 - k];
    if (isPostscriptLine(unit)) lines = k + 1;
    else if (unit?.kind !== 'pb') break;
  }
  while (lines && rest[rest.length - 1 - lines]?.kind === 'pb') lines++;
  const postscript = rest.splice(rest.length - lines);
  const textAt = (k: number): TextUnit | undefined => {
    const u = rest[rest.length - k];
    return u?.kind === 'text' ? u : undefined;
  };
  const closer: Partial<Closer> & { signatures: Closer['signatures'] } = { signatures: [] };
  const last = textAt(1);
  const dateline = last && last.rich.text.length < 100 && !lines ? datelineOf(last, layout) : undefined;
  if (dateline) {
    rest.pop();
    closer.dateline = dateline.dateline;
    closer.at = last!.at;
  }
  let signed = textAt(1);
  let title: TextUnit | undefined;
  if (signed && !isSignatureBlock(signed, layout) && isTitleLine(signed.rich.text, false) && textAt(2) && isSignature(textAt(2)!.rich.text)) {
    title = signed;
    signed = textAt(2);
  }
  if (signed && isSignatureBlock(signed, layout)) {
    rest.splice(rest.length - (title ? 2 : 1));
    const signatures = [signed];
    // Joint signatures, each a name with its office (`ARCHIBALD CAMPBELL, Late United States
    // Boundary Commissioner.` then `JNO. G. PARKE, Major of Engineers.`).
    while (!title && hasOffice(signatures[0]!, layout) && textAt(1) && hasOffice(textAt(1)!, layout)) signatures.unshift(rest.pop() as TextUnit);
    closer.signatures = signatures.map((u) => inlinesOf(withLineBreaks(u.rich, [], layout).rich));
    closer.at = signatures[0]!.at;
    if (title) closer.title = inlinesOf(title.rich);
    const before = textAt(1);
    if (before && COMPLIMENTARY_CLOSE.test(before.rich.text)) {
      rest.pop();
      closer.salute = inlinesOf(before.rich);
      closer.at = before.at;
    }
  }
  if (!closer.signatures.length && !closer.dateline) return { rest: [...units] };
  if (postscript.length) {
    closer.postscript = postscript.map((u) => (u.kind === 'pb' ? u : { kind: 'p', content: inlinesOf(u.rich), at: u.at }));
  }
  if (pageBreaksAfter.length) closer.pageBreaksAfter = pageBreaksAfter;
  return { rest, closer: closer as Closer };
}
