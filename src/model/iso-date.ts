/**
 * What a date in a TEI date attribute is (`@when`, `@notBefore`, `@notAfter`, `@from`, `@to`):
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time or a time of day, naming a day and time that exist
 * (no 1977-02-30, no 25:00). The one definition: the validator's rule and JSON Schema format use
 * it, and the encoder builds its values on the same calendar.
 */

/** Attributes that hold such a date, by local name (TEI's `att.datable.w3c` and `-iso`). */
export const DATE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'when', 'notBefore', 'notAfter', 'from', 'to',
  'when-iso', 'notBefore-iso', 'notAfter-iso', 'from-iso', 'to-iso',
]);

const DATE = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validTime(hour?: string, minute?: string, second?: string): boolean {
  return Number(hour ?? 0) <= 24 && Number(minute ?? 0) <= 59 && Number(second ?? 0) <= 60;
}

/** Why a value is not a real ISO 8601 date, or undefined when it is one. */
export function isoDateProblem(value: string): string | undefined {
  const time = TIME.exec(value);
  if (time) return validTime(time[1], time[2], time[3]) ? undefined : 'is not a real time of day';
  const m = DATE.exec(value);
  if (!m) return 'is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)';
  const [, year, month, day, hour, minute, second] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `has no month ${month}`;
  if (day !== undefined) {
    const days = daysInMonth(Number(year), Number(month));
    if (Number(day) < 1 || Number(day) > days) return `is not a real day: ${year}-${month} has ${days} days`;
  }
  return validTime(hour, minute, second) ? undefined : 'is not a real time of day';
}

export function isIsoDate(value: string): boolean {
  return isoDateProblem(value) === undefined;
}
