/**
 * Mutated copies of our own output, each broken (or not) in one way an editor's hand or an encoder
 * bug would break it, written to a temp dir at test time so jing and we can both judge them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Mutation {
  name: string;
  /** Whether the copy should still be valid TEI (a control: verdicts must agree both ways). */
  staysValid: boolean;
  apply(xml: string): string;
}

/** Replace the first match, failing loudly when the source no longer has what the mutation needs. */
function once(pattern: RegExp, replacement: string): (xml: string) => string {
  return (xml) => {
    if (!pattern.test(xml)) throw new Error(`mutation pattern ${pattern} not found in our output`);
    return xml.replace(pattern, replacement);
  };
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'comment-added', staysValid: true, apply: once(/<body>/, '<body><!-- an editor was here -->') },
  { name: 'text-edited', staysValid: true, apply: once(/<p>([^<])/, '<p>Edited: $1') },
  { name: 'element-not-allowed-here', staysValid: false, apply: once(/<opener>/, '<opener><p>misplaced</p>') },
  { name: 'head-in-item', staysValid: false, apply: once(/<item>/, '<item><head>no</head>') },
  { name: 'bad-attribute-value', staysValid: false, apply: once(/<p>/, '<p xml:id="1st">') },
  { name: 'bad-date-value', staysValid: false, apply: once(/<p>/, '<p><date when="December 30, 1977">then</date> ') },
  { name: 'unknown-element', staysValid: false, apply: once(/<p>/, '<p><telegramNumber>308915</telegramNumber>') },
  { name: 'unknown-attribute', staysValid: false, apply: once(/<p>/, '<p priority="high">') },
  { name: 'attribute-on-wrong-element', staysValid: false, apply: once(/<pb /, '<pb when="1977" ') },
  { name: 'p-after-divisions', staysValid: false, apply: once(/(<\/div>\s*)((?:<closer>[\s\S]*?<\/closer>\s*)?<\/div>\s*<\/body>)/, '$1<p>An unnumbered tail.</p>$2') },
  { name: 'duplicate-id', staysValid: false, apply: once(/xml:id="pg_(\d+)"([\s\S]*?)xml:id="pg_\d+"/, 'xml:id="pg_$1"$2xml:id="pg_$1"') },
  { name: 'missing-required-child', staysValid: false, apply: once(/<fileDesc>[\s\S]*?<\/fileDesc>/, '') },
  { name: 'text-in-list', staysValid: false, apply: once(/<list([^>]*)>/, '<list$1>stray text') },
  { name: 'no-tei-namespace', staysValid: false, apply: once(/ xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/, '') },
  { name: 'list-without-items', staysValid: false, apply: once(/<list([^>]*)>[\s\S]*?<\/list>/, '<list$1></list>') },
];

/** Writes one mutated copy per mutation into a fresh temp dir; returns the dir and the files. */
export function writeMutations(source: string): { dir: string; files: { mutation: Mutation; path: string }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-mutations-'));
  const files = MUTATIONS.map((mutation) => {
    const path = join(dir, `${mutation.name}.xml`);
    writeFileSync(path, mutation.apply(source));
    return { mutation, path };
  });
  return { dir, files };
}
