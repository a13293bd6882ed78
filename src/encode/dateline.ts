/**
 * Datelines in the forms FRUS prints: `Washington, January 30, 1955—4:18 p.m.`,
 * `New York, October 5, 1977, 12:10 p.m.`, `December 30, 1977, 0105Z.`, `Washington, October 3,
 * 1980, 4:30–4:50 p.m.`. The ISO value carries only what is printed: a local time gets no zone
 * (none is printed), a `Z` time is UTC, and a time that cannot be pinned (`midnight`) is left out;
 * `undated` gives a dateline without a value.
 */
import { daysInMonth } from '../model/iso-date.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Full names and the abbreviations FRUS uses (`Sept.`). */
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)`;
const PLACE = String.raw`[^\d,.;:!?()\[\]][^\d;:!?()\[\]]{0,100}?`;
/** `a.m.`, and `a. m.` as some volumes print it. */
const MERIDIEM = String.raw`[ap]\.\s?m`;
const DATELINE = new RegExp(
  // The place, or a place the editors supplied in brackets: `[Washington,] January 5, 1961`,
  // `[ Washington ,] March 5, 1951`. A place glued to the month (`BeirutJuly 15, 1958`, a copy that
  // lost its comma) is still the place; so is one before `[undated.]`.
  String.raw`^(?:(?<place>${PLACE})(?:\s*,\s+|(?=${MONTH_NAME})|\s+(?=\[undated))|\[\s*(?<suppliedPlace>${PLACE})\s*(?:,\s*\]|\]\s*,)\s+)?` +
    String.raw`(?<date>(?<month>${MONTH_NAME})\s+(?<day>\d{1,2})(?:(?:\s*[–-]\s*|\s+and\s+)(?<lastDay>\d{1,2}))?,\s+(?<year>\d{4})` +
    // Day first, as the military and some Embassies wrote it: `17 December, 1918`, `28 February 1951`.
    String.raw`|(?<dayFirst>\d{1,2})\s+(?<monthAfter>${MONTH_NAME}),?\s+(?<yearAfter>\d{4})` +
    String.raw`|(?<monthOnly>${MONTH_NAME})\s+(?<monthYear>\d{4})|\[?undated\.?\]?)` +
    String.raw`(?:(?:\s*[—–-]\s*|,\s+|\s+)(?<time>[^\[]*?(?:${MERIDIEM}|Z|[Nn]oon|[Mm]idnight)))?\.?` +
    // A note of receipt printed after the dateline: `[Received January 31—2:15 p.m.]`, or in the
    // older volumes `(Received August 23, 1870.)`.
    String.raw`(?:\s*(?:\[[^\]]+\]|\((?:Received|Rec[’']d)[^)]*\))\.?)?$`,
  'u',
);

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
}

const CLOCK = String.raw`(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.\s?m\.?)?`;

export interface ParsedDateline {
  place?: { start: number; end: number };
  date: { start: number; end: number };
  when?: string;
  from?: string;
  to?: string;
}

export function parseDateline(text: string): ParsedDateline | undefined {
  const m = DATELINE.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const placeText = (g.place ?? g.suppliedPlace)?.trim();
  // A place withheld (`[place not declassified]`) is the editors' gap, not a place.
  const placeStart = placeText ? text.indexOf(placeText) : -1;
  const place = placeText && !/not declassified/i.test(placeText) ? { start: placeStart, end: placeStart + placeText.length } : undefined;
  const dateStart = text.indexOf(g.date!, placeText ? placeStart + placeText.length : 0);
  let dateEnd = g.time ? text.indexOf(g.time, dateStart) + g.time.length : dateStart + g.date!.length;
  // The stop of `p.m.` belongs to the abbreviation, so to the date.
  if (/[ap]\.\s?m$/.test(g.time ?? '') && text[dateEnd] === '.') dateEnd++;
  const result: ParsedDateline = { place, date: { start: dateStart, end: dateEnd } };
  if (g.monthYear) {
    result.when = `${g.monthYear}-${pad(monthNumber(g.monthOnly!))}`;
    return result;
  }
  if (!g.month && !g.monthAfter) return result;
  const month = monthNumber((g.month ?? g.monthAfter)!);
  const year = Number(g.year ?? g.yearAfter);
  const day = Number(g.day ?? g.dayFirst);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (g.lastDay) {
    const last = Number(g.lastDay);
    if (last <= day || last > daysInMonth(year, month)) return undefined;
    result.from = date;
    result.to = `${year}-${pad(month)}-${pad(last)}`;
    return result;
  }
  const times = g.time ? parseTime(g.time.trim()) : undefined;
  if (!times) result.when = date;
  else if (times.length === 1) result.when = `${date}T${times[0]}`;
  else {
    result.from = `${date}T${times[0]}`;
    result.to = `${date}T${times[1]}`;
  }
  return result;
}

const CLOCK_RANGE = new RegExp(`^${CLOCK}\\s*[–-]\\s*${CLOCK}$`);
const CLOCK_ONLY = new RegExp(`^${CLOCK}$`);

/** `8:08 p.m.` → `20:08:00`; `1006Z` → `10:06:00Z`; `4:30–4:50 p.m.` → both ends. */
function parseTime(time: string): string[] | undefined {
  if (/^noon$/i.test(time)) return ['12:00:00'];
  const zulu = /^(\d{2})(\d{2})\s*Z$/.exec(time);
  if (zulu) return valid(Number(zulu[1]), Number(zulu[2])) ? [`${zulu[1]}:${zulu[2]}:00Z`] : undefined;
  const range = CLOCK_RANGE.exec(time);
  if (range) {
    const end = to24(range[4]!, range[5], range[6]);
    let start = to24(range[1]!, range[2], range[3] ?? range[6]);
    if (start === undefined || end === undefined) return undefined;
    if (!range[3] && start > end) start -= 12 * 60;
    return [hhmm(start), hhmm(end)];
  }
  const single = CLOCK_ONLY.exec(time);
  if (single && single[3]) {
    const t = to24(single[1]!, single[2], single[3]);
    return t === undefined ? undefined : [hhmm(t)];
  }
  return undefined;
}

function to24(h: string, m: string | undefined, meridiem: string | undefined): number | undefined {
  let hours = Number(h);
  const minutes = Number(m ?? 0);
  if (!meridiem || hours < 1 || hours > 12 || !valid(hours, minutes)) return undefined;
  if (meridiem === 'p' && hours !== 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

const valid = (h: number, m: number): boolean => h >= 0 && h < 24 && m >= 0 && m < 60;
const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;

