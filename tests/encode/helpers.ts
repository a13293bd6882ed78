/** Shared by the encoder tests: paths, the dev corpus (skipped with a notice when absent), text checks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const encodeFixtures = join(root, 'tests/fixtures/encode');
export const seedSource = join(root, 'tei/source/frus1977-80v26_d284.txt');
export const seedEdition = join(root, 'tei/frus1977-80v26_d284.xml');

export const corpusDir = join(root, '../shared/corpus/dev');
export const hasCorpus = existsSync(join(corpusDir, 'NAMES'));
if (!hasCorpus) console.warn(`encode tests: ${corpusDir} is absent; the corpus tests are skipped`);
export const corpusNames: string[] = hasCorpus
  ? readFileSync(join(corpusDir, 'NAMES'), 'utf8').split(/\r?\n/).filter(Boolean)
  : [];

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The input as its text edition prints it, by two documented choices: a compound broken at its
 * hyphen is one word again, and a page marker printed before the heading follows it (as in FRUS's
 * web edition).
 */
export function unwrapped(text: string): string {
  const joined = text.replace(/^\uFEFF/, '').replace(/(\p{L}-)\r?\n\s*(?=\p{L})/gu, '$1');
  const leading = /^((?:\[Page [^\]]+\]\s*)+)([^\n]*)/.exec(joined);
  return leading ? `${leading[2]} ${leading[1]}${joined.slice(leading[0].length)}` : joined;
}

/** The words of a text, letters only: markers and page numbers become attributes, words never do. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The character data of the TEI `text` element (the header repeats facts; it is not the edition). */
export function teiTextContent(xml: string): string {
  const body = xml.slice(xml.indexOf('<text>'));
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Words of the input missing from the TEI, with how many are missing. */
export function missingWords(input: string, xml: string): [string, number][] {
  const have = wordCounts(teiTextContent(xml));
  const missing: [string, number][] = [];
  // Page markers become `pb` elements: their word `Page` is markup, not text.
  for (const [w, n] of wordCounts(input.replace(/\[Page\s+[^\]]+\]/g, ' '))) {
    const m = n - (have.get(w) ?? 0);
    if (m > 0) missing.push([w, m]);
  }
  return missing;
}
