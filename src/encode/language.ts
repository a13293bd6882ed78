/**
 * The language a text is printed in, for documents and enclosures FRUS prints in the original
 * (French notes, Spanish decrees). Told by the share of each language's commonest words, and only
 * where the text is long enough for that to be safe; otherwise English, the series' language.
 */
const COMMON: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'this', 'have', 'which', 'be', 'by'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'que', 'qui', 'une', 'dans', 'pour', 'pas', 'au', 'sur', 'il', 'ne'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'por', 'con', 'para', 'una', 'se', 'su', 'al', 'es'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'des', 'ist', 'nicht', 'mit', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'wird'],
  it: ['il', 'di', 'che', 'della', 'del', 'per', 'non', 'una', 'sono', 'con', 'gli', 'nel', 'alla', 'dei', 'delle'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'que', 'em', 'para', 'com', 'uma', 'não', 'ao', 'pelo', 'pela'],
};

/** Words needed before a language other than English is claimed. */
const ENOUGH = 12;

/** For each common word, the languages it is common in: one look-up a word, built once. */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(COMMON)) {
  for (const word of list) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), lang]);
}

const WORD = /\p{L}+/gu;

/** An ISO 639-1 code, or undefined for English or a text too short to tell. */
export function languageOf(text: string): string | undefined {
  const hits = new Map<string, number>(Object.keys(COMMON).map((lang) => [lang, 0]));
  let words = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    words++;
    for (const lang of LANGUAGES_OF_WORD.get(word) ?? []) hits.set(lang, hits.get(lang)! + 1);
  }
  if (words < ENOUGH) return undefined;
  // Sorted by hits, ties in COMMON's order (a stable sort), as before.
  const counts = [...hits].map(([lang, n]) => ({ lang, hits: n })).sort((a, b) => b.hits - a.hits);
  const [best, second] = counts;
  if (!best || best.lang === 'en' || best.hits < words * 0.15) return undefined;
  return best.hits >= 1.5 * (second?.hits ?? 0) ? best.lang : undefined;
}

/** The running text of units, for telling its language. */
export function plainText(units: readonly { kind: string; rich?: { text: string } }[]): string {
  return units.map((u) => u.rich?.text ?? '').join(' ');
}
