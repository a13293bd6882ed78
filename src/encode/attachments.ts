/**
 * Texts printed after a document's signature: enclosures (`[Inclosure.]`, `[Enclosure 2]`), and a
 * text that follows a signature in capitals (`E. B. WASHBURNE.` then the printed list it covered).
 * Each is read like a document of its own: a heading, an opener, a body, a signature.
 */
import type { Attachment, DocumentKind, OpenerLine } from '../model/document.js';
import { type BodyUnit, structure } from './body.js';
import { isCapitalSignature, splitCloser } from './closer.js';
import { inlinesOf } from './editorial.js';
import { parseHeading } from './heading.js';
import type { LineLayout } from './lines.js';
import { languageOf, plainText } from './language.js';
import { datelineOf, isEnclosureLabel, readOpener } from './opener.js';

type TextUnit = Extract<BodyUnit, { kind: 'text' }>;

/** The document's own units, and the units of each attachment, in printed order. */
export function splitAttachments(units: readonly BodyUnit[]): { main: BodyUnit[]; attachments: BodyUnit[][] } {
  const cuts: number[] = [];
  const hasTextAfter = (i: number): boolean => units.slice(i + 1).some((u) => u.kind === 'text');
  units.forEach((unit, i) => {
    if (unit.kind !== 'text' || i === 0) return;
    // The first line of an attachment is its own (a heading in capitals is no signature).
    if (i === cuts[cuts.length - 1]) return;
    // Page breaks printed before an enclosure's label open the enclosure.
    let start = i;
    while (start > 0 && units[start - 1]!.kind === 'pb') start--;
    if (isEnclosureLabel(unit.rich.text)) cuts.push(start);
    else if (isCapitalSignature(unit.rich.text) && hasTextAfter(i) && !isEnclosureLabel(nextText(units, i) ?? '')) cuts.push(i + 1);
  });
  if (!cuts.length) return { main: [...units], attachments: [] };
  const bounds = [0, ...cuts, units.length];
  const parts = bounds.slice(1).map((end, k) => units.slice(bounds[k], end));
  return { main: parts[0]!, attachments: parts.slice(1).filter((p) => p.some((u) => u.kind === 'text')) };
}

function nextText(units: readonly BodyUnit[], i: number): string | undefined {
  return (units.slice(i + 1).find((u) => u.kind === 'text') as TextUnit | undefined)?.rich.text;
}

/** A heading of an attachment: a short line, not a dateline, with text after it. */
function isHeading(unit: BodyUnit | undefined, layout: LineLayout): unit is TextUnit {
  return unit?.kind === 'text' && unit.rich.text.length <= 150 && !datelineOf(unit, layout)
    && !/^\p{Ll}/u.test(unit.rich.text);
}

export function readAttachment(units: readonly BodyUnit[], layout: LineLayout): Attachment {
  const leading = units.findIndex((u) => u.kind === 'text');
  const pageBreaksBefore = units.slice(0, leading) as Extract<BodyUnit, { kind: 'pb' }>[];
  let rest = units.slice(leading);
  const first = rest[0] as TextUnit;
  let label: OpenerLine | undefined;
  if (isEnclosureLabel(first.rich.text)) {
    label = { kind: 'line', type: 'enclosure', content: inlinesOf(first.rich), at: first.at };
    rest = rest.slice(1);
  }
  let head: Attachment['head'];
  let correspondence: Attachment['correspondence'] = { senders: [], addressees: [] };
  const candidate = rest[0];
  if (isHeading(candidate, layout) && rest.slice(1).some((u) => u.kind === 'text')) {
    const heading = parseHeading(candidate.rich.text);
    const names = [...heading.senders, ...heading.addressees].filter((p) => p.start >= 0);
    head = inlinesOf(candidate.rich, names.map((p) => ({ start: p.start, end: p.end, wrap: (content) => ({ kind: 'name', type: p.type, content }) })));
    correspondence = {
      senders: heading.senders.map(({ name, type }) => ({ name, type })),
      addressees: heading.addressees.map(({ name, type }) => ({ name, type })),
    };
    rest = rest.slice(1);
  }
  const kind: DocumentKind = 'other';
  const opener = readOpener(rest, kind, layout);
  const { rest: bodyUnits, closer } = splitCloser(opener.rest, layout);
  return { lang: languageOf(plainText(units)), pageBreaksBefore, label, head, correspondence, opener: opener.parts, body: structure(bodyUnits), closer, at: first.at };
}
