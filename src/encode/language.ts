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
const LONGEST_COMMON = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((w) => w.length));

/** A word is a run of letters (`\p{L}`). */
const LETTER = /^\p{L}$/u;
const letterCache = new Map<number, boolean>();

function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  let known = letterCache.get(code);
  if (known === undefined) letterCache.set(code, (known = LETTER.test(String.fromCodePoint(code))));
  return known;
}

/**
 * An ISO 639-1 code, or undefined for English or a text too short to tell. The words are counted by
 * a walk over the characters rather than a `\p{L}+` regular expression, which took a tenth of the
 * encoder's time: only words as short as the common ones are looked up.
 */
export function languageOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  const hits = new Map<string, number>(Object.keys(COMMON).map((lang) => [lang, 0]));
  let words = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? lower.codePointAt(i)! : -1;
    if (code >= 0 && isLetter(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= LONGEST_COMMON) {
        for (const lang of LANGUAGES_OF_WORD.get(lower.slice(start, i)) ?? []) hits.set(lang, hits.get(lang)! + 1);
      }
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (words < ENOUGH) return undefined;
  // Sorted by hits, ties in COMMON's order (a stable sort).
  const counts = [...hits].map(([lang, n]) => ({ lang, hits: n })).sort((a, b) => b.hits - a.hits);
  const [best, second] = counts;
  if (!best || best.lang === 'en' || best.hits < words * 0.15) return undefined;
  return best.hits >= 1.5 * (second?.hits ?? 0) ? best.lang : undefined;
}

/** The running text of units, for telling its language. */
export function plainText(units: readonly { kind: string; rich?: { text: string } }[]): string {
  return units.map((u) => u.rich?.text ?? '').join(' ');
}
