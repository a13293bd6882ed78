/**
 * Every document of the dev corpus (real FRUS documents): encodes without error, is valid against our
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
import { corpusDir, corpusNames, hasCorpus, missingWords, squash, unwrapped } from './helpers.js';

describe.skipIf(!hasCorpus)('the dev corpus', () => {
  let validator: Validator;
  let teiAll: Validator;
  let publisher: Publisher;
  beforeAll(async () => {
    validator = await createValidator();
    teiAll = await createValidator({ schema: 'tei_all' });
    publisher = createPublisher();
  });

  for (const name of corpusNames) {
    it(name, () => {
      const input = readFileSync(join(corpusDir, `${name}.txt`), 'utf8');
      const { xml } = encode(input, { file: `${name}.txt` });
      expect(validator.validate(xml, `${name}.xml`).filter((d) => d.severity === 'error')).toEqual([]);
      expect(teiAll.validate(xml, `${name}.xml`).filter((d) => d.severity === 'error')).toEqual([]);
      expect(missingWords(input, xml)).toEqual([]);
      const text = editionOf(publisher, xml).text;
      expect(squash(text)).toBe(squash(unwrapped(input)));
      expect(encode(text).xml).toBe(xml);
    });
  }
});
