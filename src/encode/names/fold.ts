/**
 * Comparing names as readers do: without case or diacritics, so that `Ozal` in a telegram is the
 * list's `Özal` and `Elekdag` its `Elekdağ`.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

const NON_ASCII = /[^\x00-\x7f]/;
/** Folded forms of the non-ASCII words seen lately: a document repeats its names. */
const folded = new Map<string, string>();
const FOLDED_KEPT = 10_000;

/** Lower case, diacritics removed, typographic apostrophes as `'`. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, (f = slowFold(text)));
  }
  return f;
}

function slowFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłŁøØđĐßæœ]/g, (c) => UNDECOMPOSED[c]!)
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** The ASCII letters of a name, for ids (`Özal` → `Ozal`). */
export function asciiLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ıłŁøØđĐ]/g, (c) => UNDECOMPOSED[c]!).replace(/[^A-Za-z0-9]/g, '');
}
