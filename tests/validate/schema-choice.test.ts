/**
 * The schema a TEI user expects: the file's own <?xml-model?> through the shipped catalog (never
 * fetched), our profile for our encoder's output, tei_all for other TEI; a bad --schema said for
 * people.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTO, createValidator } from '../../src/validate/index.js';
import { catalogEntries, pseudoAttributes } from '../../src/validate/schema-choice.js';
import { FIXTURES, HAS_SHARED, OUR_OUTPUT, SHARED, notice, validator } from './helpers.js';

const THIRDPARTY = `${SHARED}corpus/thirdparty/`;
if (!HAS_SHARED) notice(`${SHARED} is missing: schema choice on third-party files not tested`);

describe('the schema of each document, chosen as a TEI user expects', () => {
  it('our encoder\'s output: our profile', async () => {
    const checked = (await validator({ schema: AUTO })).check(readFileSync(OUR_OUTPUT), OUR_OUTPUT);
    expect(checked.schema).toEqual({ name: 'tei-telegram', reason: 'ours' });
    expect(checked.diagnostics).toEqual([]);
  });

  it('reads xml-model pseudo-attributes, quoted either way', () => {
    expect(pseudoAttributes(`href='a.rng' type="application/xml"schematypens="http://relaxng.org/ns/structure/1.0"`)).toEqual({
      href: 'a.rng', type: 'application/xml', schematypens: 'http://relaxng.org/ns/structure/1.0',
    });
  });

  it('the catalog maps TEI\'s published tei_all URLs to the shipped copy', () => {
    expect(catalogEntries().get('https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng')).toMatch(/schemas\/tei_all\.rng$/);
  });

  describe.skipIf(!HAS_SHARED)('on other projects\' files (corpus/thirdparty)', () => {
    const files = HAS_SHARED ? readdirSync(THIRDPARTY).filter((f) => f.endsWith('.xml')).map((f) => THIRDPARTY + f) : [];

    it('names tei_all in xml-model: tei_all, from the shipped copy', async () => {
      const file = `${THIRDPARTY}cwrc-Letter.xml`;
      const checked = (await validator({ schema: AUTO })).check(readFileSync(file), file);
      expect(checked.schema).toEqual({ name: 'tei_all', reason: 'xml-model' });
    });

    it('names a schema we have no copy of: tei_all, and a note at the xml-model saying so', async () => {
      const file = `${THIRDPARTY}cwrc-samples_Letter.xml`;
      const text = readFileSync(file, 'utf8');
      const checked = (await validator({ schema: AUTO })).check(text, file);
      expect(checked.schema).toEqual({ name: 'tei_all', reason: 'tei' });
      const note = checked.diagnostics.find((d) => d.rule === 'schema-choice')!;
      expect(note.severity).toBe('info');
      expect(note.line).toBe(text.slice(0, text.indexOf('<?xml-model')).split('\n').length);
      expect(note.message).toContain('https://cwrc.ca/schemas/cwrc_tei_lite.rng is not one this tool has a copy of');
    });

    it('every third-party file gets tei_all, and exactly tei_all\'s findings besides the notes', async () => {
      const auto = await validator({ schema: AUTO });
      const teiAll = await validator({ schema: 'tei_all' });
      for (const file of files) {
        const bytes = readFileSync(file);
        const checked = auto.check(bytes, file);
        expect(checked.schema?.name, file).toBe('tei_all');
        expect(checked.diagnostics.filter((d) => d.severity !== 'info'), file).toEqual(teiAll.validate(bytes, file));
      }
    });

    it('the FRUS editors\' own files (naming no schema): tei_all, not our profile', async () => {
      const dev = `${SHARED}corpus/dev/`;
      const file = dev + readdirSync(dev).filter((f) => f.endsWith('.xml'))[0]!;
      expect((await validator({ schema: AUTO })).check(readFileSync(file), file).schema).toEqual({ name: 'tei_all', reason: 'tei' });
    });
  });
});

describe('a --schema that names no RelaxNG schema is said for people', () => {
  it('a misspelt shipped name suggests the known ones', async () => {
    await expect(createValidator({ schema: 'tei-all' })).rejects.toThrow(/^unknown schema "tei-all": did you mean tei_all\? The shipped schemas are tei-telegram, tei_all/);
    await expect(createValidator({ schema: 'teitelegram' })).rejects.toThrow(/did you mean tei-telegram\?/);
    await expect(createValidator({ schema: 'docbook' })).rejects.toThrow(/^unknown schema "docbook" The shipped schemas are/);
  });

  it('a Schematron says what it is and how to pass it', async () => {
    const sch = `${FIXTURES}frus-rules.sch`;
    await expect(createValidator({ schema: sch })).rejects.toThrow(`${sch} is an ISO Schematron schema, not RelaxNG: pass it with --schematron ${sch}`);
  });

  it('a missing file names the file, not an internal path', async () => {
    await expect(createValidator({ schema: 'nope/x.rng' })).rejects.toThrow(/^nope\/x\.rng: no such schema file/);
  });
});
