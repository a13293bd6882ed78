/**
 * Comparing names as readers do: without case or diacritics, so that `Ozal` in a telegram is the
 * list's `Özal` and `Elekdag` its `Elekdağ`.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case, diacritics removed, typographic apostrophes as `'`. */
export function fold(text: string): string {
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
