/**
 * The faster use of salve (shared-grammar.ts: repeated subtrees built once; ref-choice.ts:
 * reference choices and optional-attribute groups looked up by name) changes no finding: every RelaxNG finding, its place and
 * its message, is the same with salve's own choice walkers and with the looked-up ones, on our
 * output and its mutations, the FRUS editors' files and other projects' (the Quijote included),
 * against tei_all and our profile.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as salve from 'salve-annos';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/validate/parse.js';
import { specialiseReferenceChoices } from '../../src/validate/ref-choice.js';
import { validateRelaxNg } from '../../src/validate/relaxng.js';
import { cacheKey, PRECOMPILED_DIR } from '../../src/validate/schema-cache.js';
import { shippedPath } from '../../src/validate/schema-choice.js';
import { readSharedGrammar, type SharedGrammar } from '../../src/validate/shared-grammar.js';
import { HAS_SHARED, OUR_OUTPUT, SHARED, notice, unshared } from './helpers.js';
import { writeMutations } from './mutate.js';

/**
 * Two copies of a shipped schema's prepared grammar: salve's own, read by salve from its JSON form
 * (every copy of a subtree its own pattern), and ours, its repeated subtrees shared and specialised.
 */
function grammars(name: string): { plain: salve.Grammar; fast: salve.Grammar } {
  const path = shippedPath(name);
  const entry = JSON.parse(readFileSync(join(PRECOMPILED_DIR, cacheKey(readFileSync(path, 'utf8'))), 'utf8')) as { grammar: SharedGrammar };
  return { plain: salve.readTreeFromJSON(unshared(entry.grammar)), fast: specialiseReferenceChoices(readSharedGrammar(entry.grammar)) };
}

function findings(grammar: salve.Grammar, xml: string): [number, string, string | undefined][] {
  const parsed = parse(xml, 'x.xml');
  if ('error' in parsed) return [];
  return validateRelaxNg(grammar, parsed.document).map((f) => [f.at, f.message, f.attribute]);
}

if (!HAS_SHARED) notice(`${SHARED} is missing: the specialised grammar is compared on our output only`);

describe('looked-up reference choices and attribute groups give salve\'s findings exactly', () => {
  const mutations = writeMutations(readFileSync(OUR_OUTPUT, 'utf8'));
  afterAll(() => rmSync(mutations.dir, { recursive: true, force: true }));
  const ours = [OUR_OUTPUT, ...mutations.files.map((f) => f.path)];
  const corpus = HAS_SHARED
    ? [`${SHARED}corpus/dev/`, `${SHARED}corpus/thirdparty/`].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => dir + f))
    : [];

  it.each(['tei_all', 'tei-telegram'])('against %s', (name) => {
    const { plain, fast } = grammars(name);
    let compared = 0;
    for (const file of [...ours, ...corpus]) {
      const xml = readFileSync(file, 'utf8');
      const expected = findings(plain, xml);
      expect(findings(fast, xml), file).toEqual(expected);
      compared += expected.length;
    }
    // The comparison covers errors, not only valid files.
    expect(compared).toBeGreaterThan(HAS_SHARED ? 1000 : 5);
  }, 120_000);
});
