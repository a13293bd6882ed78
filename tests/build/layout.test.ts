import { describe, expect, it } from 'vitest';
import { isReservedName } from '../../src/build/inputs.js';
import { indexPage, laterIndexPage } from '../../src/build/layout.js';

describe('index page names', () => {
  it('are index.html, then index-N.html, and read back to their numbers', () => {
    expect([1, 2, 10, 123].map(indexPage)).toEqual(['index.html', 'index-2.html', 'index-10.html', 'index-123.html']);
    expect([2, 10, 123].map((page) => laterIndexPage(indexPage(page)))).toEqual([2, 10, 123]);
    for (const file of ['index.html', 'index-1.html', 'index-0.html', 'index-02.html', 'index-2.htm', 'Index-2.html', 'xindex-2.html']) {
      expect(laterIndexPage(file)).toBeUndefined();
    }
  });

  it('are reserved for documents, case aside, with any digits', () => {
    for (const name of ['index', 'INDEX', 'index-2', 'Index-12', 'index-0', 'index-007']) expect(isReservedName(name)).toBe(true);
    for (const name of ['indexes', 'index-', 'index-2a', 'index_2', 'my-index-2', 'd284']) expect(isReservedName(name)).toBe(false);
  });
});
