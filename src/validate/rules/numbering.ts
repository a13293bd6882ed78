/** Reading printed numbers in `@n`: arabic numerals and single letters (`a.`, `(b)`), in order. */

/** The ordinal of an `n` value (`12` → 12, `c` → 3), or undefined when it is not a plain number or letter. */
export function ordinal(n: string): number | undefined {
  const value = n.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (/^[a-z]$/.test(value)) return value.charCodeAt(0) - 96;
  if (/^[A-Z]$/.test(value)) return value.charCodeAt(0) - 64;
  return undefined;
}

/** Whether two `n` values are the same kind of number (both arabic, both lower- or upper-case letters). */
export function sameKind(a: string, b: string): boolean {
  const kind = (v: string): string => (/^\d+$/.test(v.trim()) ? 'digit' : /^[a-z]$/.test(v.trim()) ? 'lower' : 'upper');
  return kind(a) === kind(b);
}
