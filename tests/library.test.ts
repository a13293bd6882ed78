/**
 * The library as another project uses it: imported by its package name (package.json `exports`,
 * dist/), with bytes as well as strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const seedText = join(root, 'tei/source/frus1977-80v26_d284.txt');
const seedTei = readFileSync(join(root, 'tei/frus1977-80v26_d284.xml'), 'utf8');
/** The committed seed is the command line's encoding: its FRUS file name names the volume. */
const volume = 'frus1977-80v26';

type Library = typeof import('../src/index.js');
let library: Library;

// dist/ is the one the test run's global setup built.
beforeAll(async () => {
  // By the package's own name, as a dependent imports it: this resolves through `exports` only.
  library = (await import('tei-telegram' as string)) as Library;
});

describe('the library, imported as tei-telegram', () => {
  it('exports each stage and the reader', () => {
    for (const name of ['encode', 'createValidator', 'createPublisher', 'build', 'decodeText', 'decodeXml', 'readInputFile',
      'makeEpub', 'writeEpub', 'makePdf', 'writePdf']) {
      expect(typeof library[name as keyof Library], name).toBe('function');
    }
  });

  it('encodes bytes as it encodes a string, through the one reader', () => {
    const bytes = readFileSync(seedText);
    expect(library.encode(bytes, { file: 'd284.txt', volume }).xml).toBe(seedTei);
    expect(library.encode(new Uint8Array(bytes), { file: 'd284.txt', volume }).xml).toBe(seedTei);
    expect(library.encode(bytes.toString('utf8'), { volume }).xml).toBe(seedTei);
  });

  it('refuses bytes that are not UTF-8 with a positioned error, and reads them with the encoding given', () => {
    const legacy = iconv.encode(readFileSync(seedText, 'utf8'), 'windows-1252');
    expect(() => library.encode(legacy, { file: 'd284.txt' })).toThrow(library.PositionedError);
    expect(() => library.encode(legacy, { file: 'd284.txt' })).toThrow(/it decodes as windows-1252/);
    expect(library.encode(legacy, { file: 'd284.txt', encoding: 'windows-1252', volume }).xml).toBe(seedTei);
  });

  it('publishes bytes after decodeXml, as the command does', () => {
    const decoded = library.decodeXml(Buffer.from(seedTei), 'd284.xml');
    if ('error' in decoded) throw new Error(decoded.error.message);
    const [outcome] = library.createPublisher().editions([{ tei: decoded.text }]);
    expect('editions' in outcome! && outcome.editions.text).toContain('The U.S. and the USSR held discussions in Washington');
  });
});
