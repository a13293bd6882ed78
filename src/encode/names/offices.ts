/**
 * The offices a list description gives a person, with their dates (`Ambassador to Poland, April
 * 1955–July 1957; thereafter …`), so that a document's date can say which office, and so which
 * of two namesakes, a title refers to.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s*)?)?(\d{4})`;
const RANGE = new RegExp(`${DATE}\\s*[-–—]\\s*${DATE}`, 'u');
const FROM = new RegExp(`\\b(?:from|after|since|as of)\\s+${DATE}`, 'iu');
const UNTIL = new RegExp(`\\b(?:until|till|to|before)\\s+${DATE}`, 'iu');

/** `YYYY-MM` of a matched date; a missing month is the year's first (start) or last (end) month. */
function month(name: string | undefined, year: string, end: boolean): string {
  const m = name ? MONTHS.indexOf(name.toLowerCase()) + 1 : end ? 12 : 1;
  return `${year}-${String(m).padStart(2, '0')}`;
}

interface Office {
  text: string;
  from?: string;
  to?: string;
}

export function offices(description: string): Office[] {
  const out: Office[] = [];
  for (const part of description.split(/;\s*/)) {
    const office: Office = { text: part };
    const range = RANGE.exec(part);
    if (range) {
      office.from = month(range[1], range[2]!, false);
      office.to = month(range[3], range[4]!, true);
    } else {
      const from = FROM.exec(part);
      const until = UNTIL.exec(part);
      if (from) office.from = month(from[1], from[2]!, false);
      if (until) office.to = month(until[1], until[2]!, true);
    }
    // `thereafter …` begins where the office before it ended.
    if (/^\s*thereafter\b/i.test(part) && !office.from) office.from = out[out.length - 1]?.to;
    out.push(office);
  }
  return out;
}

/** The offices held at `date` (ISO); all of them when the description's dates exclude every one. */
export function officesAt(description: string, date: string): string[] {
  const at = date.slice(0, 7);
  const all = offices(description);
  const held = all.filter((o) => (!o.from || o.from <= at) && (!o.to || at <= o.to));
  return (held.length ? held : all).map((o) => o.text);
}
