/**
 * Dates are real ISO 8601 dates: `@when`, `@notBefore`, `@notAfter`, `@from` and `@to` are written
 * as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time, and name a day that exists (no 1977-02-30).
 */
import { descendants, type XmlElement } from '../tree.js';
import type { Finding } from './rule.js';

const DATE_ATTRIBUTES = new Set(['when', 'notBefore', 'notAfter', 'from', 'to', 'when-iso', 'notBefore-iso', 'notAfter-iso', 'from-iso', 'to-iso']);
const ISO = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validTime(hour?: string, minute?: string, second?: string): boolean {
  return Number(hour ?? 0) <= 24 && Number(minute ?? 0) <= 59 && Number(second ?? 0) <= 60;
}

/** Why a value is not a real ISO date, or undefined when it is one. */
export function isoDateProblem(value: string): string | undefined {
  const time = TIME.exec(value);
  if (time) return validTime(time[1], time[2], time[3]) ? undefined : 'is not a real time of day';
  const m = ISO.exec(value);
  if (!m) return 'is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)';
  const [, year, month, day, hour, minute, second] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `has no month ${month}`;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysIn(Number(year), Number(month)))) {
    return `is not a real day: ${year}-${month} has ${daysIn(Number(year), Number(month))} days`;
  }
  return validTime(hour, minute, second) ? undefined : 'is not a real time of day';
}

export function datesIso(root: XmlElement): Finding[] {
  const findings: Finding[] = [];
  for (const el of descendants(root)) {
    for (const a of el.attributes) {
      if (a.uri !== '' || !DATE_ATTRIBUTES.has(a.local)) continue;
      const problem = isoDateProblem(a.value.trim());
      if (problem) findings.push({ element: el, message: `${el.name}/@${a.name} "${a.value}" ${problem}` });
    }
  }
  return findings;
}
