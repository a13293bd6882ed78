// A document's search units, read from its HTML edition: anchors the page has, text without apparatus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { fuzzyOf, miniSearchOptions, opening, processTerm, searchData, searchIndexScript, searchRecord, type SearchDocument } from '../../src/publish/search.js';
import { edition, goldDir, goldNames, hasGold, readFixture } from './helpers.js';
import { anchorIds } from './html-checks.js';

describe('search units of a page', () => {
  const page = readFixture('structures.html');
  const { units } = searchRecord(page);

  it('has the heading, each numbered and unnumbered paragraph and each note, by the anchors of the page', () => {
    expect(units.map((u) => [u.anchor, u.kind])).toEqual([
      ['d12', 'heading'], ['p1', 'paragraph'], ['p2', 'paragraph'], ['p2.a', 'paragraph'], ['p3', 'paragraph'],
      ['b5', 'paragraph'], ['d12fn1', 'note'], ['d12fn2', 'note'], ['d12fn3', 'note'],
    ]);
    const ids = anchorIds(page);
    for (const unit of units) expect(ids.has(unit.anchor)).toBe(true);
  });

  it('reads the text without note markers, page markers, printed numbers or panels', () => {
    const text = Object.fromEntries(units.map((u) => [u.anchor, u.text]));
    expect(text['d12']).toBe('12. Telegram From the Embassy in Turkey to the Department of State Ankara, November 24, 1979, 1006Z');
    expect(text['p1']).toBe('First point: see Deptel 74 and the page turning here.');
    // A nested numbered paragraph is a unit of its own; the list before it stays with its paragraph.
    expect(text['p2']).toBe('Items follow: —one; —two, with parts: —alpha; —beta.');
    expect(text['p2.a']).toBe('Lettered part.');
    // Blocks after the last anchored one (the signature) read with it.
    expect(text['b5']).toBe('Tail paragraph. Spiers Ambassador');
    expect(units.find((u) => u.anchor === 'd12fn2')).toEqual({ anchor: 'd12fn2', kind: 'note', label: 'note 2', text: 'Not printed.' });
    expect(units.map((u) => u.text).join(' ')).not.toMatch(/About this document|Cite this document|Page 4|Note 2|↩/);
  });

  it('says which places mention each linked person, and makes a unit of each person of the panel', () => {
    const html = `<!DOCTYPE html><html><body><main><article class="document" id="d5"><header class="document-header"><h1>5. Memo</h1></header>
      <div class="text"><p class="p" id="b1">Met <a class="persName person" href="#p_EB_1">Ecevit</a> and <a class="persName person" href="#p_EB_1">him</a>.</p>
      <ul><li>Then <a class="persName person" href="#p_VC_1">Vance</a>.</li></ul></div>
      <section class="persons" aria-labelledby="persons-heading"><h2 id="persons-heading">Persons in this document</h2><dl>
      <div class="person-entry" id="p_EB_1"><dt>Ecevit, Bülent</dt><dd>Turkish Prime Minister</dd></div></dl></section></article></main></body></html>`;
    const record = searchRecord(html);
    expect(record.mentions).toEqual({ p_EB_1: ['b1'], p_VC_1: ['b1'] });
    expect(record.units.at(-1)).toEqual({ anchor: 'p_EB_1', kind: 'person', label: 'Ecevit, Bülent', text: 'Ecevit, Bülent Turkish Prime Minister' });
    expect(record.units.map((u) => u.text).join(' ')).not.toContain('Persons in this document');
  });

  it.skipIf(!hasGold)("links only to ids of the page, for the FRUS editors' TEI too", () => {
    for (const name of goldNames.slice(0, 10)) {
      const { html } = edition(readFileSync(join(goldDir, `${name}.xml`), 'utf8'), { file: `${name}.xml` });
      const ids = anchorIds(html);
      const { units } = searchRecord(html);
      expect(units.length).toBeGreaterThan(1);
      for (const unit of units) expect(ids.has(unit.anchor)).toBe(true);
    }
  });
});

describe('the index of many documents', () => {
  const documents: SearchDocument[] = [
    { href: 'a.html', number: '284', heading: 'Telegram', units: [{ anchor: 'd284', kind: 'heading', text: '284. Telegram on arms' }, { anchor: 'p4', kind: 'paragraph', text: 'Talking points follow for Özal.' }] },
    { href: 'b.html', number: '12', heading: 'Memorandum', units: [{ anchor: 'd12', kind: 'heading', text: '12. Memorandum' }, { anchor: 'b3', kind: 'paragraph', text: 'The talks on document 284 failed.' }] },
  ];
  const data = searchData(documents);
  const search = MiniSearch.loadJS(data.index, miniSearchOptions());

  it('finds a document by its number first, then the places that cite it', () => {
    const hits = search.search('284');
    expect(hits.map((h) => [data.documents[h.d as number]!.href, h.a])).toEqual([['a.html', 'd284'], ['b.html', 'b3']]);
  });

  it('finds names with or without diacritics, and by a word begun', () => {
    expect(search.search('Ozal').map((h) => h.a)).toEqual(['p4']);
    expect(search.search('talk').map((h) => h.a).sort()).toEqual(['b3', 'p4']);
  });

  it('folds case and diacritics and leaves out the commonest words', () => {
    expect(['Özal', 'THE', 'Of', 'Ecevit'].map(processTerm)).toEqual(['ozal', null, null, 'ecevit']);
  });

  it('forgives a slip in a long word, never in a short one', () => {
    expect(search.search('Memorandom').map((h) => h.a)).toEqual(['d12']);
    expect(search.search('Ozak')).toEqual([]);
    expect([fuzzyOf('Evren'), fuzzyOf('Makarios')]).toEqual([false, 0.2]);
  });

  it('ships the same options to the page: the functions as their source', () => {
    const window: { teiTelegramSearch?: { options: { processTerm(t: string): string | null; searchOptions: { fuzzy(t: string): unknown } } } } = {};
    new Function('window', searchIndexScript(data))(window);
    const shipped = window.teiTelegramSearch!.options;
    expect(['Özal', 'the'].map(shipped.processTerm)).toEqual(['ozal', null]);
    expect(shipped.searchOptions.fuzzy('Makarios')).toBe(0.2);
  });
});

describe('what a result shows of a place', () => {
  it('is the opening words, cut at a word', () => {
    expect(opening('Short.')).toBe('Short.');
    const long = 'The Ambassador said that Cyprus must apprise the UN that the problem on the island remains.';
    expect(opening(long)).toBe('The Ambassador said that Cyprus must apprise the UN that the problem…');
  });
});
