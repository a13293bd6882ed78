import { describe, expect, it } from 'vitest';
import { check as refsResolve } from '../../../src/validate/rules/refs-resolve.js';
import { TEI, tree } from '../helpers.js';

describe('refs-resolve', () => {
  it('accepts pointers to ids of the document and leaves external ones alone', () => {
    const xml = `<TEI ${TEI}><note xml:id="d1fn1" n="1"/><ptr target="#d1fn1"/><ref target="http://x.org/#a other.xml#b">x</ref><p corresp="#d1fn1"/></TEI>`;
    expect(refsResolve(tree(xml))).toEqual([]);
  });
  it('reports a ptr, a ref and a corresp that resolve to nothing', () => {
    const xml = `<TEI ${TEI}><note xml:id="d1fn1" n="1"/><ptr target="#d1fn2"/><ref target="#d1fn1 #nowhere">x</ref><p corresp="#gone"/></TEI>`;
    expect(refsResolve(tree(xml)).map((f) => f.message)).toEqual([
      'ptr/@target "#d1fn2" does not resolve: no element has xml:id "d1fn2"',
      'ref/@target "#nowhere" does not resolve: no element has xml:id "nowhere"',
      'p/@corresp "#gone" does not resolve: no element has xml:id "gone"',
    ]);
  });
});
