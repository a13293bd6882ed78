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

/** An ISO 639-1 code, or undefined for English or a text too short to tell. */
export function languageOf(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < ENOUGH) return undefined;
  const counts = Object.entries(COMMON).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, hits: words.filter((w) => set.has(w)).length };
  });
  counts.sort((a, b) => b.hits - a.hits);
  const [best, second] = counts;
  if (!best || best.lang === 'en' || best.hits < words.length * 0.15) return undefined;
  return best.hits >= 1.5 * (second?.hits ?? 0) ? best.lang : undefined;
}

/** The running text of units, for telling its language. */
export function plainText(units: readonly { kind: string; rich?: { text: string } }[]): string {
  return units.map((u) => u.rich?.text ?? '').join(' ');
}
