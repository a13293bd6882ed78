/**
 * Document order: by printed number as a number (`9` before `10`, `284` before `284a`), then by
 * file name; documents without a number follow the numbered ones.
 */
export interface Ordered {
  name: string;
  number?: string;
}

const LEADING_INTEGER = /^\d+/;

export function byDocumentOrder(a: Ordered, b: Ordered): number {
  return compareNumbers(a.number, b.number) || compareStrings(a.name, b.name);
}

function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const x = LEADING_INTEGER.exec(a)?.[0];
  const y = LEADING_INTEGER.exec(b)?.[0];
  if (x === undefined || y === undefined) return x === y ? compareStrings(a, b) : x === undefined ? 1 : -1;
  return Number(x) - Number(y) || compareStrings(a, b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
