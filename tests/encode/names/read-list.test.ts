/** The list readers: TEI of any of the usual shapes and the text a reader copies, into the same entries. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLists, readPersonList, readTermList } from '../../../src/encode/names/index.js';
import { PositionedError } from '../../../src/model/diagnostic.js';
import { root } from '../helpers.js';

const fixtures = join(root, 'tests/fixtures/encode-names');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('a text list', () => {
  it('skips the heading and, with a note, any line that is not an entry; mints ids', () => {
    const { entries, diagnostics } = readPersonList(read('persons.txt'), 'persons.txt');
    expect(entries[0]).toMatchObject({ id: 'p_BGS_1', name: 'Brown, George S.', at: { line: 3, column: 1 } });
    expect(entries.find((e) => e.surname === 'Jones' && e.forenames === 'David T.')?.id).toBe('p_JDT_1');
    expect(diagnostics.map((d) => `${d.line}:${d.severity}:${d.rule}`)).toEqual(['2:info:name-list']);
  });

  it('reads terms, minting ids from their letters', () => {
    const { entries } = readTermList(read('terms.txt'), 'terms.txt');
    expect(entries.find((e) => e.term === 'S/S–O')).toMatchObject({ id: 't_SSO_1', expansion: 'Operations Center, Executive Secretariat, Department of State' });
    expect(entries.find((e) => e.term === 'H')?.expansion).toBe('Bureau of Congressional Relations, Department of State');
  });

  it('refuses a list with no entries, at its position', () => {
    expect(() => readTermList('Abbreviations and Terms\n', 'empty.txt')).toThrow(PositionedError);
  });
});

describe('a TEI list', () => {
  it('keeps the ids of a FRUS front-matter section and takes the rest of the item as the description', () => {
    const { entries } = readPersonList(read('frus-persons.xml'), 'frus-persons.xml');
    expect(entries.map((e) => [e.id, e.name, e.surname, e.description])).toEqual([
      ['p_CJE_1', 'Carter, James Earl, “Jimmy,”', 'Carter', 'President of the United States'],
      ['p_AS1', 'Adams, Sherman', 'Adams', 'Assistant to President Eisenhower'],
    ]);
    const terms = readTermList(read('frus-terms.xml'), 'frus-terms.xml').entries;
    expect(terms.map((e) => [e.id, e.term, e.expansion])).toEqual([
      ['t_H_1', 'H', 'Bureau of Congressional Relations'],
      ['t_IMF_1', 'IMF', 'International Monetary Fund'],
    ]);
  });

  it('reads a listPerson and a taxonomy', () => {
    expect(readPersonList(read('persons.xml'), 'persons.xml').entries.map((e) => [e.id, e.name, e.forenames, e.description])).toEqual([
      ['vance', 'Vance, Cyrus R.', 'Cyrus R.', 'Secretary of State'],
      ['ecevit', 'Ecevit, Bülent', 'Bülent', 'Turkish Prime Minister'],
      ['ozal', 'Turgut Özal', 'Turgut', 'Deputy Prime Minister'],
    ]);
    expect(readPersonList(read('persons.xml'), 'persons.xml').entries[2]!.surname).toBe('Özal');
    expect(readTermList(read('taxonomy-terms.xml'), 'taxonomy-terms.xml').entries.map((e) => [e.id, e.term, e.expansion])).toEqual([
      ['nato', 'NATO', 'North Atlantic Treaty Organization'],
    ]);
  });

  it('refuses XML that is not well-formed, at its position', () => {
    try {
      readPersonList('<TEI>\n<item>\n</TEI>', 'bad.xml');
      expect.unreachable();
    } catch (error) {
      // Where the parser finds the fault: the end tag that closes `TEI` while `item` is open.
      expect((error as PositionedError).diagnostic).toMatchObject({ file: 'bad.xml', line: 3, rule: 'well-formed' });
      expect((error as PositionedError).diagnostic.message).toMatch(/^not well-formed XML: .*item/);
    }
  });
});

/** The shared reference material beside the main checkout, or where TEI_TELEGRAM_SHARED says (as for the bench). */
const corpusLists = join(process.env.TEI_TELEGRAM_SHARED ?? join(root, '../shared'), 'corpus/lists');
const listDir = existsSync(corpusLists) ? corpusLists : undefined;

describe.skipIf(!listDir)('the dev volumes’ lists', () => {
  for (const volume of ['frus1955-57v25', 'frus1977-80v21']) {
    it(`${volume}: the text list gives every entry of the TEI list, name for name`, () => {
      const source = (kind: string, ext: string) => ({ text: readFileSync(join(listDir!, `${volume}-${kind}.${ext}`), 'utf8'), file: `${kind}.${ext}` });
      const text = readLists({ persons: source('persons', 'txt'), terms: source('terms', 'txt') }).lists;
      const tei = readLists({ persons: source('persons', 'xml'), terms: source('terms', 'xml') }).lists;
      const key = (s: string): string => s.replace(/[\s,;.]+$/, '');
      expect(text.persons.map((p) => [key(p.name), p.surname, p.forenames])).toEqual(tei.persons.map((p) => [key(p.name), p.surname, p.forenames]));
      expect(text.terms.map((t) => t.term)).toEqual(tei.terms.map((t) => t.term));
    });
  }
});
