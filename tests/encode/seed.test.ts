/**
 * The bundled telegram (FRUS 1977–80 v26, document 284): it encodes to exactly the committed
 * reference edition, which is valid TEI (tei_all) and valid against our profile, and whose text
 * edition gives the input back.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/encode/index.js';
import { createPublisher, type Publisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { createValidator } from '../../src/validate/index.js';
import { volumeOfFileName } from '../../src/model/file-name.js';
import { missingWords, seedEdition, seedSource, squash } from './helpers.js';

const input = readFileSync(seedSource, 'utf8');
const reference = readFileSync(seedEdition, 'utf8');
// As the command line encodes it: the FRUS file name gives the volume the header names.
const options = { file: 'frus1977-80v26_d284.txt', volume: volumeOfFileName('frus1977-80v26_d284.txt') };
const result = encode(input, options);

describe('the seed telegram', () => {
  let publisher: Publisher;
  beforeAll(() => {
    publisher = createPublisher();
  });

  it('encodes to exactly the committed edition in tei/, with no warning', () => {
    expect(result.xml).toBe(reference);
    expect(result.diagnostics).toEqual([]);
  });

  it('is valid against TEI’s tei_all and against our profile', async () => {
    for (const schema of ['tei_all', undefined]) {
      const validator = await createValidator({ schema });
      expect(validator.validate(reference, 'seed.xml')).toEqual([]);
    }
  });

  it('loses no word of the input', () => {
    expect(missingWords(input, reference)).toEqual([]);
  });

  it('has a text edition equal to the input up to white space, which encodes to the same TEI', () => {
    const text = editionOf(publisher, reference).text;
    expect(squash(text)).toBe(squash(input));
    expect(encode(text, options).xml).toBe(reference);
  });

  it('names the sender and every addressee separately, and the information addressees', () => {
    const c = result.document.correspondence;
    expect(c.senders.map((s) => s.name)).toEqual(['Department of State']);
    expect(c.addressees).toHaveLength(12);
    expect(c.addressees.filter((a) => a.name.startsWith('Embassy in '))).toHaveLength(11);
    expect(c.information.map((s) => s.name)).toEqual(['Paris', 'London', 'Bonn', 'Moscow']);
  });

  it('types the source note and reads its facts into the header', () => {
    const d = result.document;
    expect(d.notes.map((n) => [n.n, n.type, n.placed])).toEqual([['1', 'source', true]]);
    expect(d.source).toMatchObject({ repository: 'National Archives', recordGroup: 'RG 59', file: 'D780001–0958', classification: 'Secret', handling: ['Exdis'] });
    expect(d.source.responsibilities.map((r) => r.role)).toEqual(['drafted', 'cleared', 'approved']);
    expect(reference).toContain('<idno type="telegram">308915</idno>');
  });

  it('has five numbered divisions, the guidelines as a nested list, and both page breaks where they stand', () => {
    expect([...reference.matchAll(/<div type="paragraph" n="(\d+)">/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(reference).toMatch(/<pb n="701" xml:id="pg_701"\/>\s*<div type="paragraph" n="4">/);
    expect(reference).toMatch(/our own\.<\/item>\s*<pb n="702" xml:id="pg_702"\/>\s*<item>The U\.S\. clearly/);
    expect(reference).toMatch(/mutual approach:<list rend="dash">(\s*<item>[^<]*<\/item>){4}\s*<\/list><\/item>/);
  });

  it('reports planted errors at their line and column', async () => {
    const validator = await createValidator();
    const lines = reference.split('\n');
    const at = lines.findIndex((l) => l.includes('<div type="paragraph" n="2">'));
    const planted = [...lines];
    planted[at] = planted[at]!.replace('<div type="paragraph" n="2">', '<div type="paragraph" n="2" xml:id="d284">');
    const found = validator.validate(planted.join('\n'), 'planted.xml');
    const duplicate = found.find((d) => d.rule === 'ids-unique');
    expect(duplicate).toMatchObject({ file: 'planted.xml', line: at + 1, severity: 'error' });
    // Like jing, an element's position is where its start tag ends.
    expect(duplicate!.column).toBe(planted[at]!.indexOf('>') + 2);
  });
});
