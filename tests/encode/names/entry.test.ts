/** The printed forms of list entries, parsed as the two list readers share them. */
import { describe, expect, it } from 'vitest';
import { IdMinter, parsePersonLine, parseTermLine, personIdBase, termIdBase } from '../../../src/encode/names/entry.js';
import { offices, officesAt } from '../../../src/encode/names/offices.js';

describe('a person line', () => {
  it('splits surname, forenames and description', () => {
    expect(parsePersonLine('Ecevit, Bülent, Turkish Prime Minister from June 1977 until July 1977')).toMatchObject({
      name: 'Ecevit, Bülent', surname: 'Ecevit', forenames: 'Bülent', description: 'Turkish Prime Minister from June 1977 until July 1977',
    });
  });

  it('keeps suffixes, nicknames in quotation marks and a parenthesised alias in the name', () => {
    expect(parsePersonLine('Carter, James Earl, “Jimmy,” President of the United States')).toMatchObject({
      name: 'Carter, James Earl, “Jimmy,”', forenames: 'James Earl', nicknames: ['Jimmy'], description: 'President of the United States',
    });
    expect(parsePersonLine('Atherton, Alfred L., Jr. (Roy), Assistant Secretary of State')).toMatchObject({
      name: 'Atherton, Alfred L., Jr. (Roy)', suffix: 'Jr.', nicknames: ['Roy'], description: 'Assistant Secretary of State',
    });
    expect(parsePersonLine('Carrington, Lord (Peter Alexander Carrington), British Secretary of State')).toMatchObject({
      name: 'Carrington, Lord (Peter Alexander Carrington)', titles: ['Lord'], nicknames: ['Peter Alexander Carrington'],
    });
    expect(parsePersonLine('Allen, Lucius, Jr., General, USAF; Director, National Security Agency')).toMatchObject({
      name: 'Allen, Lucius, Jr.', suffix: 'Jr.', description: 'General, USAF; Director, National Security Agency',
    });
  });

  it('leaves a parenthesis with dates to the description, and a rank to the titles', () => {
    expect(parsePersonLine('Goodpaster, Colonel Andrew J. (Brigadier General from January 1957), Staff Secretary')).toMatchObject({
      name: 'Goodpaster, Colonel Andrew J.', titles: ['Colonel'], forenames: 'Andrew J.', description: '(Brigadier General from January 1957), Staff Secretary',
    });
  });

  it('reads single names and cross-references', () => {
    expect(parsePersonLine('Makarios III, President of Cyprus until August 1977')).toMatchObject({ name: 'Makarios III', surname: 'Makarios', suffix: 'III', forenames: '' });
    expect(parsePersonLine('Paul VI, Pope')).toMatchObject({ name: 'Paul VI', surname: 'Paul', forenames: '', description: 'Pope' });
    expect(parsePersonLine('Iakovos, Archbishop')).toMatchObject({ name: 'Iakovos', forenames: '', description: 'Archbishop' });
    expect(parsePersonLine('Hussein bin Talal, King of Jordan')).toMatchObject({ name: 'Hussein bin Talal', surname: 'Hussein bin Talal', forenames: '' });
    expect(parsePersonLine('Caramanlis, Constantine, see Karamanlis, Konstantine')).toMatchObject({
      name: 'Caramanlis, Constantine', see: 'Karamanlis, Konstantine', description: 'see Karamanlis, Konstantine',
    });
  });

  it('is not a line that does not begin with a name', () => {
    expect(parsePersonLine('Editor’s Note: The identification of the persons in this list is limited, as follows.')).toBeUndefined();
  });
});

describe('a term line', () => {
  it('splits term and expansion, also around a stray comma', () => {
    expect(parseTermLine('IMF, International Monetary Fund')).toEqual({ term: 'IMF', expansion: 'International Monetary Fund' });
    expect(parseTermLine('H, ,Bureau of Congressional Relations')).toEqual({ term: 'H', expansion: 'Bureau of Congressional Relations' });
    expect(parseTermLine('Abbreviations and Terms')).toBeUndefined();
  });
});

describe('ids minted for a text list', () => {
  it('follow the FRUS pattern and number namesakes in list order', () => {
    const minter = new IdMinter();
    const base = (line: string): string => personIdBase(parsePersonLine(line)!);
    expect(minter.mint(base('Ecevit, Bülent, Prime Minister'))).toBe('p_EB_1');
    expect(minter.mint(base('Bazargan, Mehdi, Prime Minister of Iran'))).toBe('p_BM_1');
    expect(minter.mint(base('Begin, Menachem, Prime Minister of Israel'))).toBe('p_BM_2');
    expect(minter.mint(base('Makarios III, President of Cyprus'))).toBe('p_M3_1');
    expect(minter.mint(base('al-Assad, Hafiz, President of Syria'))).toBe('p_AH_1');
    expect(minter.mint(termIdBase('S/S–O'))).toBe('t_SSO_1');
  });
});

describe('offices and their dates', () => {
  const description = 'Ambassador to Poland, April 1955-July 1957; thereafter Ambassador to Italy; Consultant until 1954';
  it('reads ranges, until and thereafter', () => {
    expect(offices(description)).toEqual([
      { text: 'Ambassador to Poland, April 1955-July 1957', from: '1955-04', to: '1957-07' },
      { text: 'thereafter Ambassador to Italy', from: '1957-07' },
      { text: 'Consultant until 1954', to: '1954-12' },
    ]);
  });

  it('gives the offices held at a date', () => {
    expect(officesAt(description, '1956-02-01')).toEqual(['Ambassador to Poland, April 1955-July 1957']);
    expect(officesAt(description, '1958-01-01')).toEqual(['thereafter Ambassador to Italy']);
  });
});
