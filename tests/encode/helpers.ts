/** Shared by the encoder tests: paths, the dev corpus (skipped with a notice when absent), text checks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const encodeFixtures = join(root, 'tests/fixtures/encode');
export const seedSource = join(root, 'tei/source/frus1977-80v26_d284.txt');
export const seedEdition = join(root, 'tei/frus1977-80v26_d284.xml');

export interface Corpus {
  /** `series` (1861–1988, shipped), or `dev` (1955–80) and `eras` (1870–1968) of ../shared/corpus. */
  name: string;
  dir: string;
  names: string[];
}

/**
 * The corpora of real documents: `series` ships in the repository (tests/corpus/series), `dev` and
 * `eras` are read from ../shared beside the checkout; each absent one is named in a notice.
 */
const corpusDirs: [string, string][] = [
  ['series', join(root, 'tests/corpus/series')],
  ['dev', join(root, '../shared/corpus/dev')],
  ['eras', join(root, '../shared/corpus/eras')],
];
export const corpora: Corpus[] = corpusDirs.flatMap(([name, dir]) => {
  if (!existsSync(join(dir, 'NAMES'))) {
    console.warn(`encode tests: ${join(dir, 'NAMES')} is absent; the ${name} corpus tests are skipped`);
    return [];
  }
  return [{ name, dir, names: readFileSync(join(dir, 'NAMES'), 'utf8').split(/\r?\n/).filter(Boolean) }];
});


export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The input as its text edition prints it, by three documented choices: a compound broken at its
 * hyphen is one word again, a page marker printed before the heading follows it (as in FRUS's
 * web edition), and the web edition's copy of a note printed inline (`  . 838.51/2245`, among the
 * footnotes) is printed once, where the note stands.
 */
export function unwrapped(text: string): string {
  const joined = text.replace(/^\uFEFF/, '').replace(/(\p{L}-)\r?\n\s*(?=\p{L})/gu, '$1')
    .replace(/^[ \t]+\. (.*)\r?\n?/gm, (line, copy: string) => (text.includes(`\n${copy.trim()}\n`) || text.includes(`\n${copy.trim()}\r\n`) ? '' : line));
  const leading = /^((?:\[Page [^\]]+\]\s*)+)([^\n]*)/.exec(joined);
  return leading ? `${leading[2]} ${leading[1]}${joined.slice(leading[0].length)}` : joined;
}

/** The words of a text, letters only: markers and page numbers become attributes, words never do. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * The character data of the TEI `text` element (the header repeats facts; it is not the edition),
 * with what the input prints of the markup: a note's number (a letter, `a`, at the marker and before
 * the note), and a note printed inline once more (the web edition copies it among the footnotes).
 */
export function teiTextContent(xml: string): string {
  const body = xml.slice(xml.indexOf('<text>'))
    // The marker is glued to the word before it, across the end of a name (`d’Affaires</persName>a`).
    .replace(/(?:<\/[^>]+>)+(?=<note n=)/g, '')
    .replace(/<note n="([^"]+)"/g, '$1 $1 <note')
    .replace(/<note type="source" rend="inline">([^<]*)<\/note>/g, '$1 $1');
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
