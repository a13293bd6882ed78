/**
 * Document order: by volume, then by printed number as a number (`9` before `10`, `284` before
 * `284a`), then by file name; documents without a number follow the numbered ones of their volume.
 * The volume is the file name's FRUS prefix (`frus1955-57v08` of `frus1955-57v08_d100`): documents
 * of different volumes share numbers, so they are never interleaved; files without one come last.
 */
import { volumeOfFileName } from '../model/file-name.js';

export interface Ordered {
  name: string;
  number?: string;
}

const LEADING_INTEGER = /^\d+/;


export function byDocumentOrder(a: Ordered, b: Ordered): number {
  return compareVolumes(volumeOfFileName(a.name), volumeOfFileName(b.name)) || compareNumbers(a.number, b.number) || compareStrings(a.name, b.name);
}

function compareVolumes(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareStrings(a, b);
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
