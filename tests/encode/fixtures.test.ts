/**
 * Each hard form of the input has a fixture: `NAME.txt` beside the TEI it must encode to
 * (`NAME.xml`) and, when the encoder must warn, the warnings (`NAME.diagnostics`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/encode/index.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { createPublisher, type Publisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { encodeFixtures, missingWords, squash, unwrapped } from './helpers.js';

const names = readdirSync(encodeFixtures).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

describe('encoder fixtures', () => {
  let publisher: Publisher;
  beforeAll(() => {
    publisher = createPublisher();
  });

  it('has a fixture for every hard form', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of names) {
    it(name, () => {
      const input = readFileSync(join(encodeFixtures, `${name}.txt`), 'utf8');
      const result = encode(input, { file: `${name}.txt` });
      expect(result.xml).toBe(readFileSync(join(encodeFixtures, `${name}.xml`), 'utf8'));
      const warnings = join(encodeFixtures, `${name}.diagnostics`);
      const expected = existsSync(warnings) ? readFileSync(warnings, 'utf8') : '';
      expect(result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('')).toBe(expected);
      expect(missingWords(input, result.xml)).toEqual([]);
      // The text edition is the input again, and a fixed point: text → TEI → text → TEI.
      const text = editionOf(publisher, result.xml).text;
      expect(squash(text)).toBe(squash(unwrapped(input)));
      expect(encode(text).xml).toBe(result.xml);
    });
  }
});
