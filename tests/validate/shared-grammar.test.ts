/**
 * The shared form of a prepared grammar (shared-grammar.ts) is salve's JSON form with each distinct
 * subtree written once: written out again it is salve's form exactly, and it is much smaller.
 * (That the grammar built from it validates as salve's own does is ref-choice.test.ts's comparison.)
 */
import { pathToFileURL } from 'node:url';
import * as salve from 'salve-annos';
import { describe, expect, it } from 'vitest';
import { shippedPath } from '../../src/validate/schema-choice.js';
import { readSharedGrammar, shareGrammar } from '../../src/validate/shared-grammar.js';
import { unshared } from './helpers.js';

describe('a grammar with its repeated subtrees shared', () => {
  it('is salve\'s JSON form again when written out, in fewer nodes, and reads as a grammar', async () => {
    const converted = await salve.convertRNGToPattern(pathToFileURL(shippedPath('tei_all')), { idCheck: false });
    const json = JSON.parse(salve.writeTreeToJSON(converted.simplified, 3)) as { v: 3; o: number; d: unknown[] };
    const shared = shareGrammar(json);
    expect(unshared(shared)).toEqual(json);
    let nodes = 0;
    const count = (value: unknown): void => {
      if (!Array.isArray(value)) return;
      nodes++;
      value.forEach(count);
    };
    count(json.d);
    // tei_all's model and attribute classes are copied into each element that uses them.
    expect(shared.nodes.length).toBeLessThan(nodes / 10);
    const grammar = readSharedGrammar(shared);
    expect(grammar).toBeInstanceOf(salve.Grammar);
    // Definitions are renamed (numbered) in salve's JSON form: their number is what can be compared.
    expect(grammar.definitions.size).toBe(converted.pattern.definitions.size);
  }, 60_000);

  it('refuses a form it does not know', () => {
    expect(() => shareGrammar({ v: 2 } as never)).toThrow(/format 2/);
    expect(() => readSharedGrammar({ format: 'shared-0' } as never)).toThrow(/shared-0/);
  });
});
