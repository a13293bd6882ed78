// Anyone's TEI: the FRUS editors' own encodings (../shared/corpus/dev) through both editions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edition, goldDir, goldNames, hasGold, squash } from './helpers.js';
import { anchorIds, validateHtml } from './html-checks.js';

describe.skipIf(!hasGold)('FRUS gold documents', () => {
  it.each(goldNames)('%s: the text edition equals the web edition text up to whitespace', (name) => {
    const tei = readFileSync(join(goldDir, `${name}.xml`), 'utf8');
    const expected = readFileSync(join(goldDir, `${name}.txt`), 'utf8');
    expect(squash(edition(tei, { file: `${name}.xml` }).text)).toBe(squash(expected));
  });

  it.each(goldNames)('%s: the HTML edition is valid and its note links resolve both ways', async (name) => {
    const tei = readFileSync(join(goldDir, `${name}.xml`), 'utf8');
    const html = edition(tei, { file: `${name}.xml` }).html;
    const ids = anchorIds(html);
    const notes = (tei.match(/<note\b/g) ?? []).length;
    const refs = [...html.matchAll(/<sup class="noteref"><a id="([^"]+)-ref" href="#([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.length).toBeLessThanOrEqual(notes);
    for (const [, from, to] of refs) {
      expect(from).toBe(to);
      expect(ids.has(to!)).toBe(true);
      expect(html).toContain(`href="#${to}-ref"`);
    }
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target!)).toBe(true);
    expect(await validateHtml(html)).toEqual([]);
  });
});
