/**
 * Every document of the shared corpora (real FRUS documents of 1870–1980): encodes without error, is valid against our
 * profile and against TEI's tei_all, loses no word, and its text edition gives the input back and re-encodes to the same TEI.
 * The editors' XML is not read here: score.py compares with it (see the README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/encode/index.js';
import { createPublisher, type Publisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { createValidator, type Validator } from '../../src/validate/index.js';
import { corpora, missingWords, squash, unwrapped } from './helpers.js';

describe.skipIf(!corpora.length)('the shared corpora', () => {
  let validator: Validator;
  let teiAll: Validator;
  let publisher: Publisher;
  beforeAll(async () => {
    validator = await createValidator();
    teiAll = await createValidator({ schema: 'tei_all' });
    publisher = createPublisher();
  });

  for (const corpus of corpora) {
    for (const name of corpus.names) {
      it(`${corpus.name}/${name}`, () => {
        const input = readFileSync(join(corpus.dir, `${name}.txt`), 'utf8');
        const { xml } = encode(input, { file: `${name}.txt` });
        expect(validator.validate(xml, `${name}.xml`).filter((d) => d.severity === 'error')).toEqual([]);
        expect(teiAll.validate(xml, `${name}.xml`).filter((d) => d.severity === 'error')).toEqual([]);
        expect(missingWords(input, xml)).toEqual([]);
        const text = editionOf(publisher, xml).text;
        expect(squash(text)).toBe(squash(unwrapped(input)));
        expect(encode(text).xml).toBe(xml);
      });
    }
  }
});
