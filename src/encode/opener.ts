/**
 * The opener: what is printed between the heading and the text, in the order printed. The dateline
 * (`San Salvador, December 12, 1941.` with `[Received December 15.]` under it), a cable's routing
 * lines and caption (`308915. Subject: … Ref: …`), a despatch or note number (`No. 486.]`), the form
 * the text is printed in (`[Telegram.]`, `[Paraphrase]`, `[Extract]`), an enclosure's label
 * (`[Inclosure.]`) and a salutation standing alone (`Sir:`, `My dear Mr. President:`), with the page
 * breaks among them. A telegram number that opens a paragraph of running text is marked there instead.
 */
import type { DocumentKind, OpenerLine, OpenerPart } from '../model/document.js';
import type { BodyUnit } from './body.js';
import { parseCaption, parseRouting } from './caption.js';
import { parseDateline } from './dateline.js';
import { inlinesOf } from './editorial.js';
import { type LineLayout, withLineBreaks } from './lines.js';
import type { Rich, Span } from './rich.js';

type TextUnit = Extract<BodyUnit, { kind: 'text' }>;

export interface Opener {
  parts: OpenerPart[];
  /** The kind the opener tells where the heading does not (`[Telegram.]`, a despatch number). */
  kind?: DocumentKind;
  telegramNumber?: string;
  /** The units after the opener; the first may be the rest of a unit the opener began. */
  rest: BodyUnit[];
}

const FORM =
  /^(?:\[(?:Telegram|Cablegram|Paraphrase|Translation|Extracts?|Circular|Confidential|Personal|Private|Strictly confidential|Memorandum|Aide-m[ée]moire|Note verbale|Copy|Draft)\b[^\]]{0,60}\]\.?|(?:Memorandum|Aide-M[ée]moire|Aide-m[ée]moire|Note Verbale|Pro Memoria)\.?)$/i;
const TELEGRAM_FORM = /^\[(?:Telegram|Cablegram|Paraphrase of telegram)\b/i;
const NUMBER_LINE = /^(?:(?:Circular|Confidential|Strictly Confidential|Personal|Telegraphic|Unofficial)\s+)?Nos?\.\s*[0-9A-Z][0-9A-Za-z/–-]*\.?\]?$/;
const ENCLOSURE = /^\[(?:Inclosure|Enclosure|Subinclosure|Subenclosure|Annex|Attachment|Appendix)\b[^\]]{0,60}\]\.?$/i;
/** Classification and precedence printed above the text, one or more to a line (`top secret`, `priority`). */
const CLASSIFICATION =
  /^(?:(?:top secret|secret|confidential|restricted|unclassified|official use only|limited official use|personal and confidential|eyes only|priority|niact|immediate|flash|operational immediate|routine|nodis|exdis|limdis|most immediate|urgent)(?:[\s,;]+|$))+$/i;
const SALUTATION =
  /^(?:(?:My\s+)?(?:Dear|dear)\s.{1,60}|Sir|Sirs|Madam|Gentlemen|Excellency|Your Excellency|Monsieur le [^:,]{1,40}|Mr\.\s+(?:Secretary|President|Minister|Ambassador|Chairman)|Madam Secretary)[,:]$/;

/** An enclosure's label (`[Inclosure 2.]`): it opens an attachment. */
export function isEnclosureLabel(text: string): boolean {
  return ENCLOSURE.test(text);
}

function lineType(text: string): OpenerLine['type'] | undefined {
  if (ENCLOSURE.test(text)) return 'enclosure';
  if (CLASSIFICATION.test(text)) return 'classification';
  if (FORM.test(text)) return 'form';
  if (NUMBER_LINE.test(text)) return 'number';
  return undefined;
}

export function readOpener(units: readonly BodyUnit[], kind: DocumentKind, layout: LineLayout): Opener {
  const parts: OpenerPart[] = [];
  let told: DocumentKind | undefined;
  let telegramNumber: string | undefined;
  let rest = [...units];
  let i = 0;
  let dated = false;
  let routed = false;
  const isTelegram = (): boolean => ['telegram', 'circular-telegram'].includes(told ?? kind);

  for (;;) {
    const unit = rest[i];
    if (!unit) break;
    if (unit.kind === 'pb') {
      if (!parts.length) break;
      parts.push(unit);
      i++;
      continue;
    }
    const text = unit.rich.text;
    const type = lineType(text);
    if (type) {
      parts.push({ kind: 'line', type, content: inlinesOf(withLineBreaks(unit.rich, [], layout).rich), at: unit.at });
      if (type === 'form' && TELEGRAM_FORM.test(text)) told = 'telegram';
      if (type === 'number' && kind === 'other') told ??= 'despatch';
      i++;
      continue;
    }
    if (!dated) {
      const dateline = datelineOf(unit, layout);
      if (dateline) {
        parts.push(dateline);
        dated = true;
        i++;
        continue;
      }
    }
    if (!routed) {
      const routing = parseRouting(unit.rich);
      if (routing) {
        parts.push({ kind: 'caption', content: routing.content, at: unit.at });
        routed = true;
        if (routing.rest) rest[i] = { kind: 'text', rich: routing.rest, at: unit.at };
        else i++;
        continue;
      }
    }
    if (isTelegram() && telegramNumber === undefined) {
      const caption = parseCaption(unit.rich, rest.slice(i + 1));
      if (caption?.isCaption) {
        telegramNumber = caption.number;
        parts.push({ kind: 'caption', content: caption.content, at: unit.at });
        i++;
        continue;
      }
      if (caption) {
        telegramNumber = caption.number;
        rest[i] = { ...unit, spans: [caption.numberSpan] };
      }
      break;
    }
    if (SALUTATION.test(text)) {
      parts.push({ kind: 'salute', content: inlinesOf(unit.rich), at: unit.at });
      i++;
    }
    break;
  }
  // Page breaks after the last opener part belong to the body.
  while (parts.length && parts[parts.length - 1]!.kind === 'pb') {
    parts.pop();
    i--;
  }
  rest = rest.slice(i);
  return { parts, kind: told, telegramNumber, rest };
}

/** A unit that reads as a dateline, with its place and date marked and its printed line breaks kept. */
export function datelineOf(unit: TextUnit, layout: LineLayout): Extract<OpenerPart, { kind: 'dateline' }> | undefined {
  const parsed = parseDateline(unit.rich.text);
  if (!parsed) return undefined;
  const spans: Span[] = [];
  if (parsed.place) spans.push({ ...parsed.place, wrap: (content) => ({ kind: 'name', type: 'placeName', content }) });
  spans.push({
    ...parsed.date,
    wrap: (content) => ({ kind: 'date', when: parsed.when, from: parsed.from, to: parsed.to, content }),
  });
  const broken: { rich: Rich; spans: Span[] } = withLineBreaks(unit.rich, spans, layout);
  return { kind: 'dateline', dateline: { content: inlinesOf(broken.rich, broken.spans), at: unit.at } };
}
