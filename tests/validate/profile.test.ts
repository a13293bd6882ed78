import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_JING, HAS_SHARED, OUR_OUTPUT, TEI_ALL_REFERENCE, jing, missingForJing, notice, validator } from './helpers.js';

describe('our profile (schemas/tei-telegram.rng + JSON Schema + rules)', () => {
  it(`accepts our output (${OUR_OUTPUT.split('/').slice(-2).join('/')})`, async () => {
    const v = await validator();
    expect(v.profile).toBe(true);
    expect(v.validate(readFileSync(OUR_OUTPUT), OUR_OUTPUT)).toEqual([]);
  });

  it('is valid TEI: our output also passes the shipped tei_all', async () => {
    const v = await validator({ schema: 'tei_all' });
    expect(v.profile).toBe(false);
    expect(v.validate(readFileSync(OUR_OUTPUT), OUR_OUTPUT)).toEqual([]);
  });

  it('is stricter than TEI where our encoding is: a document div needs n and xml:id, a pb needs n', async () => {
    const xml = readFileSync(OUR_OUTPUT, 'utf8')
      .replace(/(<div type="document"[^>]*?) n="\d+"/, '$1')
      .replace(/<pb n="(\d+)"/, '<pb');
    const found = (await validator()).validate(xml, 'stricter.xml');
    const lineOf = (needle: string): number => xml.split('\n').findIndex((l) => l.includes(needle)) + 1;
    // RelaxNG and the JSON Schema both require these n's: each missing one is reported once.
    expect(found.filter((d) => d.line === lineOf('<div type="document"')).map((d) => [d.severity, d.message])).toEqual([
      ['error', 'div: missing required attribute n'],
    ]);
    expect(found.filter((d) => d.line === lineOf('<pb')).map((d) => [d.severity, d.message])).toEqual([['error', 'pb: missing required attribute n']]);
  });

  it.skipIf(!HAS_JING || !HAS_SHARED)('our output is valid for jing against both schemas', () => {
    expect(jing(TEI_ALL_REFERENCE, [OUR_OUTPUT])).toEqual([]);
    expect(jing(new URL('../../schemas/tei-telegram.rng', import.meta.url).pathname, [OUR_OUTPUT])).toEqual([]);
  });
  if (!HAS_JING || !HAS_SHARED) notice(`${missingForJing()} missing: profile check against jing not run`);
});
