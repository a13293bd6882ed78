import { describe, expect, it } from 'vitest';
import { check as pagesAscending } from '../../../src/validate/rules/pages-ascending.js';
import { TEI, tree } from '../helpers.js';

describe('pages-ascending', () => {
  it('accepts ascending pages across documents, skipping roman numerals', () => {
    const xml = `<body ${TEI}><pb n="iv"/><div type="document"><pb n="700"/></div><div type="document"><p><pb n="701"/></p><pb n="703"/></div></body>`;
    expect(pagesAscending(tree(xml))).toEqual([]);
  });
  it('reports a page that repeats or goes back', () => {
    const xml = `<body ${TEI}><pb n="701"/><p><pb n="701"/></p><pb n="700"/></body>`;
    expect(pagesAscending(tree(xml)).map((f) => f.message)).toEqual([
      'page n="701" does not ascend: it follows page n="701"',
      'page n="700" does not ascend: it follows page n="701"',
    ]);
  });
});
