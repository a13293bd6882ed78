import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PositionedError } from '../../src/model/diagnostic.js';
import { anchorIds, validateHtml } from './html-checks.js';
import { edition, publisher, readFixture, root, seedTei } from './helpers.js';

describe('HTML edition of the seed', () => {
  const html = edition(seedTei).html;
  const ids = anchorIds(html);

  it('has the two page markers as linkable anchors', () => {
    for (const page of ['701', '702']) {
      expect(html).toContain(`<span class="pb" id="pg_${page}"><a href="#pg_${page}">[Page ${page}]</a></span>`);
    }
  });

  it('has five numbered paragraphs with anchors and their printed numbers', () => {
    const numbered = [...html.matchAll(/<div class="numbered" id="p(\d+)">(?:<[^>]+>)*?<a class="paragraph-number" href="#p(\d+)">(\d+)\.<\/a>/g)];
    expect(numbered.map((m) => [m[1], m[2], m[3]])).toEqual(['1', '2', '3', '4', '5'].map((n) => [n, n, n]));
  });

  it('links the source note both ways', () => {
    expect(html).toMatch(/<h1>.*<sup class="noteref"><a id="d284fn1-ref" href="#d284fn1">.*1<\/a><\/sup><\/h1>/s);
    expect(html).toMatch(/<li id="d284fn1" class="note source">.*Source: .*<a class="backref" href="#d284fn1-ref">/s);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target!)).toBe(true);
  });

  it('restores the dashes of the talking points and nests the guidelines', () => {
    expect(html.match(/<span class="dash" aria-hidden="true">—<\/span>/g)).toHaveLength(17);
    expect(html).toMatch(/mutual approach:<ul class="list dash"><li>/);
  });

  it("shows the opener's caption and the header's facts in a panel", () => {
    expect(html).toContain('<span class="caption-label">Subject:</span> U.S.-Soviet Talks');
    const panel = html.slice(html.indexOf('<section class="facts"'), html.indexOf('</section>'));
    for (const fact of ['Embassy in Belgium', 'Embassy in Italy', 'Moscow', 'National Archives', 'D780001–0958', 'Secret', 'Exdis', 'Robert Mantel (PM/SS)', '308915']) {
      expect(panel).toContain(`<dd>${fact}</dd>`);
    }
  });

  it('has a citation line naming the series and volume, with a stable anchor', () => {
    expect(html).toMatch(/<section class="cite" id="cite"[^>]*>.*Foreign Relations of the United States, 1977–80, Volume XXVI, Document 284, “Telegram From the Department of State.*<a href="#cite">/s);
  });

  it('gives the address the page is published at, when it is known, in the citation and as the canonical link', () => {
    const url = 'https://example.org/frus/frus1977-80v26_d284.html';
    const [outcome] = publisher.editions([{ tei: seedTei, file: 'd284.xml', url }]);
    const published = 'editions' in outcome! ? outcome.editions.html : '';
    expect(published).toContain(`<link rel="canonical" href="${url}">`);
    expect(published).toMatch(new RegExp(`<section class="cite"[^]*? Available at <a href="${url}">${url}</a>\\. <a href="#cite">Link to this citation</a>`));
    // Unknown, it is named nowhere: the link is to the citation's own anchor.
    expect(html).not.toContain('Available at');
    expect(html).not.toContain('rel="canonical"');
  });

  it('names a volume as a reader cites it, from its FRUS identifier', () => {
    const cite = (volume: string) => {
      const tei = seedTei.replace(/<idno type="volume">[^<]*<\/idno>/, `<idno type="volume">${volume}</idno>`);
      return /<section class="cite"[^]*?<p>([^“]*)Document 284/.exec(edition(tei).html)?.[1];
    };
    expect(cite('frus1969-76v12p1')).toBe('Foreign Relations of the United States, 1969–76, Volume XII, Part 1, ');
    expect(cite('frus1919Parisv01')).toBe('Foreign Relations of the United States, 1919, Paris, Volume I, ');
    expect(cite('frus1917Supp02v02')).toBe('Foreign Relations of the United States, 1917, Supplement 2, Volume II, ');
    expect(cite('frus1870')).toBe('Foreign Relations of the United States, 1870, ');
  });

  it('is valid HTML with a language and landmarks, needing no script', async () => {
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(html).toContain('<main id="main">');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(await validateHtml(html)).toEqual([]);
  });

  it('links to the previous and next documents and to the index', async () => {
    const page = edition(seedTei, {
      prev: { href: 'd283.html', label: '283. Telegram <A & B>' },
      next: { href: 'd285.html', label: '285. Letter' },
      up: { href: 'index.html', label: 'Index' },
      stylesheetHref: 'edition.css',
    }).html;
    expect(page).toContain('<a href="d283.html" rel="prev"><span class="nav-says">Previous document: </span>283. Telegram &lt;A &amp; B&gt;</a>');
    expect(page).toContain('<a href="d285.html" rel="next">');
    expect(page).toContain('<a href="index.html">');
    expect(page).toContain('<link rel="stylesheet" href="edition.css">');
    expect(page).not.toContain('<style>');
    expect(await validateHtml(page)).toEqual([]);
  });
});

describe('every structure', () => {
  it('prints as the committed page: numbers, lists, labels, pages, notes linked both ways, navigation', () => {
    const page = edition(readFixture('structures.xml'), {
      prev: { href: 'd11.html', label: '11. Telegram' },
      next: { href: 'd13.html', label: '13. Letter <A & B>' },
      up: { href: 'index.html', label: 'Documents' },
      stylesheetHref: 'edition.css',
    }).html;
    expect(page).toBe(readFixture('structures.html'));
  });
});

describe('a long paragraph', () => {
  // One text node of some 150,000 characters: saxon-js's translate() overflowed the stack on it.
  const words = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ').replace(/(word5) /g, '$1\n');
  const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Long</title></titleStmt>
<publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="document" n="1"><head>Telegram</head><p>${words}<note n="1">A note.</note> end.</p></div></body></text></TEI>`;

  it('publishes in both editions, every word in one block', () => {
    const { html, text } = edition(tei, { width: 72 });
    expect(html).toContain(`<p class="p" id="b1">${words.replace(/\n/g, ' ')}<sup class="noteref">`);
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.replace(/\s+/g, ' ')).toBe(`${words.replace(/\n/g, ' ')}1 end.`);
    expect(Math.max(...blocks[1]!.split('\n').map((line) => line.length))).toBeLessThanOrEqual(72);
  });
});

describe("anyone's TEI", () => {
  const html = edition(readFixture('anyones.xml')).html;

  it('is headed by its title where the text has no head, with no empty panel of facts', async () => {
    expect(html).toContain('<header class="document-header"><h1>Letters and Verse</h1></header>');
    expect(html).not.toContain('About this document');
    expect(await validateHtml(html)).toEqual([]);
  });

  it('keeps names written side by side apart, and numbers notes by their place', () => {
    expect(html).toContain('<span class="persName">Bertrand Russell</span> <span class="persName">Patricia Spence</span> <span class="date">1935</span>');
    expect(html).toContain('<li id="fn2" class="note"><span class="note-number">2.</span> The second note.');
  });
});

describe('escaping', () => {
  it('shows markup and ampersands from the TEI as characters in both editions', () => {
    const { html, text } = edition(readFixture('escaping.xml'));
    expect(html).toContain('<title>7. Memorandum on &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co.</title>');
    expect(html).toContain('AT&amp;T said "&lt;b&gt;bold&lt;/b&gt;" &amp; left.');
    expect(html).toContain('<dd>Archive &amp; "Records" &lt;Annex&gt;</dd>');
    expect(html).not.toMatch(/<script|<b>bold|<i>files/);
    expect(text).toContain('Source: A & B <i>files</i>.');
  });
});

describe('facts for the index', () => {
  it("reads number, heading, date and kind from our encoding and from anyone's TEI", () => {
    expect(edition(seedTei).facts).toEqual({
      number: '284',
      heading: expect.stringMatching(/^Telegram From the Department of State to .* and Italy$/),
      kind: 'telegram',
      volume: 'frus1977-80v26',
      'volume-title': 'Foreign Relations of the United States, 1977–80, Volume XXVI',
    });
    expect(edition(readFixture('structures.xml')).facts).toEqual({
      number: '12',
      heading: 'Telegram From the Embassy in Turkey to the Department of State',
      date: 'November 24, 1979, 1006Z',
      when: '1979-11-24T10:06:00Z',
      kind: 'telegram',
    });
  });

  it('come with both editions, from one transform', () => {
    const editions = edition(seedTei, { width: 72 });
    expect(editions.facts.number).toBe('284');
    expect(Math.max(...editions.text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(72);
    expect(editions.html).toContain('id="pg_702"');
  });
});

describe('index page', () => {
  const entries = [
    { href: 'd2.html', number: '2', heading: 'Letter <from> A & B', date: 'May 1, 1977', kind: 'letter' },
    { href: 'd10.html', number: '10', heading: 'Memorandum of Conversation', kind: 'memorandum-of-conversation' },
  ];
  const html = publisher.index(entries, { title: 'FRUS 1977–80, v. 26' });

  it('lists every document in the order given, with links, number, date and kind', () => {
    const rows = [...html.matchAll(/<tr data-order="\d+"(?: data-when="[^"]*")?(?: data-kind="[^"]*")?><td class="index-number">(\d+)<\/td><td><a href="([^"]+)">([^<]*)<\/a><\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)];
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['2', 'd2.html', 'Letter &lt;from&gt; A &amp; B', 'May 1, 1977', 'letter'],
      ['10', 'd10.html', 'Memorandum of Conversation', '', 'memorandum of conversation'],
    ]);
    expect(html).toContain('<h1>FRUS 1977–80, v. 26</h1>');
  });

  it('is valid HTML', async () => {
    expect(await validateHtml(html)).toEqual([]);
  });

  it('is one page without paging, or with a single page', () => {
    expect(html).toContain('<p class="index-count">2 documents.</p>');
    expect(html).not.toContain('<nav');
    const single = { hrefs: ['index.html'], page: 1, first: 1, last: 2, total: 2 };
    expect(publisher.index(entries, { title: 'FRUS 1977–80, v. 26', paging: single })).toBe(html);
  });
});

describe('a page of an index in several pages', () => {
  const entries = [{ href: 'd1001.html', number: '1001', heading: 'Telegram' }];
  const hrefs = ['index.html', 'index-2.html', 'index-3.html'];
  const page = (number: number, first: number, last: number) =>
    publisher.index(entries, { title: 'Documents', paging: { hrefs, page: number, first, last, total: 2_500 } });
  const middle = page(2, 1_001, 2_000);
  const nav = (html: string) => /<nav class="index-pages" aria-label="Index pages">(.*?)<\/nav>/.exec(html)?.[1] ?? '';

  it('says which documents it lists, of how many, and which page it is', () => {
    expect(middle).toContain('<p class="index-count">Documents 1,001–2,000 of 2,500.</p>');
    expect(middle).toContain('<title>Documents, page 2 of 3</title>');
    expect(middle).toContain('<h1>Documents</h1>');
    expect(middle).toContain('<a href="d1001.html">Telegram</a>');
    expect(page(3, 2_500, 2_500)).toContain('<p class="index-count">Document 2,500 of 2,500.</p>');
  });

  it('links to the previous and next pages and to every page, marking this one', () => {
    const links = [...nav(middle).matchAll(/<a href="([^"]+)"([^>]*)>(.*?)<\/a>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(links).toEqual([
      ['index.html', ' rel="prev"', 'Previous page'],
      ['index.html', '', '<span class="visually-hidden">Page </span>1'],
      ['index-2.html', ' aria-current="page"', '<span class="visually-hidden">Page </span>2'],
      ['index-3.html', '', '<span class="visually-hidden">Page </span>3'],
      ['index-3.html', ' rel="next"', 'Next page'],
    ]);
    expect(nav(page(1, 1, 1_000))).not.toContain('rel="prev"');
    expect(nav(page(3, 2_001, 2_500))).not.toContain('rel="next"');
  });

  it('is valid HTML', async () => {
    for (const html of [middle, page(1, 1, 1_000), page(3, 2_001, 2_500)]) expect(await validateHtml(html)).toEqual([]);
  });
});

describe('errors', () => {
  it('reports an undefined entity where it stands, 1-based', () => {
    const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n<p>Caf&eacute;</p></body></text></TEI>';
    let error: unknown;
    try {
      edition(tei, { file: 'cafe.xml' }).html;
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PositionedError);
    const { diagnostic } = error as PositionedError;
    expect(diagnostic).toMatchObject({ file: 'cafe.xml', line: 3, severity: 'error', rule: 'publish-xml' });
    expect(diagnostic.column).toBeGreaterThanOrEqual(7);
    expect(diagnostic.message).toMatch(/eacute.*numeric reference/);
  });

  it('reports XML that is not TEI', () => {
    expect(() => edition('<doc>nothing</doc>', { file: 'x.xml' }).text).toThrow(
      /x\.xml:1:1: error: .*No TEI document here.* \[publish-transform\]/,
    );
  });
});

describe('editions: many documents in one transform', () => {
  const sources = [
    { tei: seedTei, file: 'd284.xml', next: { href: 'b.html', label: 'B' }, up: { href: 'index.html', label: 'Index' } },
    { tei: readFixture('structures.xml'), file: 'b.xml', prev: { href: 'd284.html', label: '284. Telegram' } },
    { tei: readFixture('escaping.xml'), file: 'c.xml' },
  ];

  it('gives each document what it gets in a batch of its own, with its own navigation', () => {
    const options = { stylesheetHref: 'edition.css', width: 60 };
    const outcomes = publisher.editions(sources, options);
    expect(outcomes).toHaveLength(sources.length);
    sources.forEach((source, i) => {
      expect(outcomes[i]).toEqual({ editions: edition(source.tei, { ...source, ...options }) });
    });
    // Navigation is the document's own: not the first document's, nor carried over.
    const pages = outcomes.map((o) => ('editions' in o ? o.editions.html : ''));
    expect(pages[0]).toContain('href="b.html"');
    expect(pages[1]).toContain('href="d284.html"');
    expect(pages[1]).not.toContain('href="b.html"');
    expect(pages[2]).not.toContain('<nav');
  });

  it('fails a document that is not well-formed or not TEI alone, at its own position', () => {
    const outcomes = publisher.editions([
      sources[0]!,
      { tei: '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>open</body></text></TEI>', file: 'broken.xml' },
      { tei: '<doc>nothing</doc>', file: 'other.xml' },
      sources[2]!,
    ]);
    expect(outcomes.map((o) => ('editions' in o ? 'ok' : String(o.error.message)))).toEqual([
      'ok',
      expect.stringMatching(/^broken\.xml:2:\d+: error: not well-formed XML.*\[publish-xml\]$/),
      expect.stringMatching(/^other\.xml:1:1: error: .*No TEI document here.*\[publish-transform\]$/),
      'ok',
    ]);
    expect(outcomes[3]).toEqual({ editions: edition(sources[2]!.tei) });
  });
});

describe('a note whose marker the encoder could not find', () => {
  it('is listed among the notes, with no reference to it in the text and no link back', () => {
    const tei = readFileSync(join(root, 'tests/fixtures/encode/unplaced-note.xml'), 'utf8');
    const html = edition(tei).html;
    expect(html).toContain('id="d20fn2"');
    expect(html).not.toContain('href="#d20fn2"');
    expect(html).not.toContain('href="#d20fn2-ref"');
    expect(html).toContain('href="#d20fn1"');
  });
});
