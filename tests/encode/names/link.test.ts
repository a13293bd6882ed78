/**
 * The linker: what it links and to which entry, what it leaves and says so, and that the names
 * markup changes no character of the text (text edition and fixed point as without lists).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode, readDocument, writeTei } from '../../../src/encode/index.js';
import { linkMentions, readLists } from '../../../src/encode/names/index.js';
import { formatDiagnostic } from '../../../src/model/diagnostic.js';
import type { Inline, TeiDocument } from '../../../src/model/document.js';
import type { NameLists } from '../../../src/model/names.js';
import { createPublisher, type Publisher } from '../../../src/publish/index.js';
import { createValidator } from '../../../src/validate/index.js';
import { editionOf } from '../../publish/edition.js';
import { root } from '../helpers.js';

const fixtures = join(root, 'tests/fixtures/encode-names');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

function listsOf(persons: string, terms: string): NameLists {
  return readLists({ persons: { text: `Persons\n${persons}`, file: 'persons.txt' }, terms: { text: `Terms\n${terms}`, file: 'terms.txt' } }).lists;
}

/** The (mention, id) pairs of a one-paragraph document. */
function links(paragraph: string, lists: NameLists): [string, string][] {
  const { xml } = encode(`7. Memorandum for the Record\n\nWashington, May 4, 1978.\n\n${paragraph}\n`, { lists });
  const body = xml.slice(xml.indexOf('<text>'));
  return [...body.matchAll(/<(?:persName corresp|gloss target)="#([^"]+)">([^<]*)</g)].map((m) => [m[2]!, m[1]!]);
}

const persons = [
  'Brown, George S., General, USAF, Chairman, Joint Chiefs of Staff, from July 1974 until June 1978',
  'Brown, Harold, Secretary of Defense',
  'Carter, James Earl, “Jimmy,” President of the United States',
  'Carter, William Hodding, III, Assistant Secretary of State for Public Affairs',
  'Dulles, Allen W., Director of Central Intelligence',
  'Dulles, John Foster, Secretary of State',
  'George, Walter F., Senator from Georgia',
  'Jones, David C., General, USAF, Chairman of the Joint Chiefs of Staff',
  'Jones, David T., staff member, Office of Southern European Affairs, Department of State',
  'Kirkpatrick, Sir Ivone A., British Permanent Under Secretary',
  'Jackson, C.D., Special Assistant to the President',
  'Spain, James W., Ambassador to Turkey',
  'Tresize, Philip H., Office of the Assistant Secretary of State for Policy Planning',
  'Vance, Cyrus R., Secretary of State',
  'Young, Andrew J., Ambassador to the United Nations',
].join('\n');
const terms = ['C, Confidential', 'NATO, North Atlantic Treaty Organization', 'reftel, reference telegram', 'UN, United Nations', 'U.S., United States'].join('\n');

describe('linking persons', () => {
  const lists = listsOf(persons, terms);

  it('links surnames, leaving titles and possessives outside and taking forenames in', () => {
    expect(links('Secretary Vance met Cyrus Vance; Vance’s aides and VANCE stayed.', lists)).toEqual([
      ['Vance', 'p_VCR_1'], ['Cyrus Vance', 'p_VCR_1'], ['Vance', 'p_VCR_1'],
    ]);
    expect(links('C.D. Jackson and C. D. Jackson wrote.', lists)).toEqual([['C.D. Jackson', 'p_JCD_1'], ['C. D. Jackson', 'p_JCD_1']]);
  });

  it('decides between namesakes by forenames, by title, across a list of names, and by the office', () => {
    expect(links('Harold Brown and General Brown met.', lists)).toEqual([['Harold Brown', 'p_BH_1'], ['Brown', 'p_BGS_1']]);
    expect(links('Generals Jones, Rogers and Allen arrived.', lists)).toEqual([['Jones', 'p_JDC_1']]);
    expect(links('Secretary Dulles and Allen Dulles spoke.', lists)).toEqual([['Dulles', 'p_DJF_1'], ['Allen Dulles', 'p_DAW_1']]);
  });

  it('takes a surname spelt otherwise only with the full forenames before it', () => {
    expect(links('Philip H. Trezise wrote; Trezise and Paul H. Trezise did not.', lists)).toEqual([['Philip H. Trezise', 'p_TPH_1']]);
  });

  it('uses the other mentions of the document for a bare surname', () => {
    expect(links('Hodding Carter spoke. Later Carter left.', lists)).toEqual([['Hodding Carter', 'p_CWH_1'], ['Carter', 'p_CWH_1']]);
  });

  it('takes a bare surname for the namesake in a principal office, and says so', () => {
    const { xml, diagnostics } = encode('7. Memorandum for the Record\n\nThe Carter administration agreed.\n', { lists, file: 'm.txt' });
    expect(xml).toContain('<persName corresp="#p_CJE_1">Carter</persName> administration');
    const bare = encode('7. Memorandum for the Record\n\nCarter left.\n', { lists, file: 'm.txt' });
    expect(bare.xml).toContain('<persName corresp="#p_CJE_1">Carter</persName> left');
    expect(bare.diagnostics.map(formatDiagnostic)).toEqual([
      'm.txt:3:1: info: “Carter” is taken for Carter, James Earl, “Jimmy,” (President of the United States), not Carter, William Hodding, III: nothing else in the document decides [name-presumed]',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('leaves a mention that nothing decides unlinked, with an info diagnostic', () => {
    const { xml, diagnostics } = encode('7. Memorandum for the Record\n\nMr. Jones left.\n', { lists, file: 'm.txt' });
    expect(xml).not.toContain('corresp');
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([[3, 'info', 'name-ambiguous']]);
  });

  it('does not link someone else of the name, an institution, a place, a forename or a word', () => {
    expect(links('S.C. Kirkpatrick wrote from the Carter Library in Spain to George W. Edman.', lists)).toEqual([]);
    expect(links('Young people met. Ambassador Young and the young officer left.', lists)).toEqual([['Young', 'p_YAJ_1']]);
  });
});

describe('linking terms', () => {
  const lists = listsOf(persons, terms);

  it('links terms, dotted forms and plurals (the s outside), never one letter', () => {
    expect(links('1. (C) The UN and the U.N. and NATO’s reftels and U.S.-Soviet talks.', lists)).toEqual([
      ['UN', 't_UN_1'], ['U.N.', 't_UN_1'], ['NATO', 't_NATO_1'], ['reftel', 't_reftel_1'], ['U.S.', 't_US_1'],
    ]);
  });
});

describe('the fixture', () => {
  let publisher: Publisher;
  const lists = readLists({ persons: { text: read('persons.txt'), file: 'persons.txt' }, terms: { text: read('terms.txt'), file: 'terms.txt' } }).lists;
  const input = read('mentions.txt');
  beforeAll(() => {
    publisher = createPublisher();
  });

  it('encodes to the expected TEI and diagnostics', () => {
    const result = encode(input, { file: 'mentions.txt', lists });
    expect(result.xml).toBe(read('mentions.xml'));
    const expected = existsSync(join(fixtures, 'mentions.diagnostics')) ? read('mentions.diagnostics') : '';
    expect(result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('')).toBe(expected);
  });

  it('has the same text edition as without lists, and is a fixed point', () => {
    const { xml } = encode(input, { lists });
    const text = editionOf(publisher, xml).text;
    expect(text).toBe(editionOf(publisher, encode(input).xml).text);
    expect(encode(text, { lists }).xml).toBe(xml);
  });

  it('links each person in the HTML edition to its entry in the page, and gives each term its expansion', () => {
    const { xml } = encode(input, { lists });
    const { html } = editionOf(publisher, xml);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const personLinks = [...html.matchAll(/<a class="persName person" href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(personLinks.length).toBe([...xml.matchAll(/<persName corresp="#[^"]+"/g)].length);
    expect(personLinks.filter((id) => !ids.has(id))).toEqual([]);
    expect(html).toContain('<h2 id="persons-heading">Persons in this document</h2>');
    const terms = [...html.matchAll(/<abbr class="term"( title="[^"]+")?>/g)];
    expect(terms.length).toBe([...xml.matchAll(/<gloss target="#[^"]+"/g)].length);
    expect(terms.every((m) => m[1])).toBe(true);
  });

  it('is valid against our profile and tei_all, every pointer resolving in the file', async () => {
    const { xml } = encode(input, { lists });
    for (const schema of [undefined, 'tei_all']) {
      const validator = await createValidator({ schema });
      expect(validator.validate(xml, 'mentions.xml').filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });

  it('is refused where a link points nowhere in the file, or not into it', async () => {
    const { xml } = encode(input, { lists });
    const validator = await createValidator();
    const rules = (tei: string): string[] => validator.validate(tei, 'mentions.xml').filter((d) => d.severity === 'error').map((d) => d.rule);
    expect(rules(xml.replace('<person xml:id="p_EB_1">', '<person xml:id="p_EB_9">'))).toContain('refs-resolve');
    expect(rules(xml.replace('corresp="#p_EB_1"', 'corresp="persons.xml#p_EB_1"'))).toContain('json-schema');
    expect(rules(xml.replace('target="#t_TGS_1"', 'target="t_TGS_1"'))).toContain('json-schema');
  });
});

describe('names markup and the text', () => {
  let publisher: Publisher;
  beforeAll(() => {
    publisher = createPublisher();
  });
  const lists = listsOf(persons, terms);
  const word = fc.constantFrom('Vance', 'Carter', 'Jones', 'Brown', 'Harold', 'General', 'Secretary', 'said', 'the', 'UN', 'U.S.', 'NATO’s', 'reftels', '(C)', 'Young', 'young', 'in', 'Spain', 'Library', 'and', ',', '.');
  const documentText = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`), { minLength: 1, maxLength: 6 })
    .map((ps) => `12. Telegram From the Embassy in Turkey to the Department of State\n\n${ps.join('\n\n')}\n`);

  it('changes no character: the text edition is the one without lists, and encoding it again gives the same TEI', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const { xml } = encode(text, { lists });
        const edition = editionOf(publisher, xml).text;
        expect(edition).toBe(editionOf(publisher, encode(text).xml).text);
        expect(encode(edition, { lists }).xml).toBe(xml);
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });
});

/** Freezes a value and everything it reaches: an assignment into it then throws (modules are strict). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const inner of Object.values(value)) deepFreeze(inner, seen);
    Object.freeze(value);
  }
  return value;
}

/** How many notes a generated document prints (`  1. …` lines). */
const notesOf = (source: string): number => source.match(/^ {2}\d+\. /gm)?.length ?? 0;

/** TEI without the line naming the tool that wrote it. */
const unstamped = (xml: string): string => xml.replace(/<change>Encoded by [^<]*<\/change>/, '');

/** Every note marker's note in the document's inline content, in the order a walk meets them. */
function markedNotes(doc: TeiDocument): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as Inline;
      if (node.kind === 'note') found.push(node.note);
      else Object.entries(value).forEach(([key, inner]) => key !== 'notes' && visit(inner));
    }
  };
  visit(doc);
  return found;
}

describe('the linker is a pure pass', () => {
  const lists = readLists({ persons: { text: read('persons.txt'), file: 'persons.txt' }, terms: { text: read('terms.txt'), file: 'terms.txt' } }).lists;
  const input = read('mentions.txt');

  it('returns a new document with the links and leaves the one it is given deeply unchanged', () => {
    const { document } = readDocument(input, { file: 'mentions.txt' });
    const before = structuredClone(document);
    // Frozen: an assignment anywhere into the input fails loudly.
    const linked = linkMentions(deepFreeze(document), lists, { file: 'mentions.txt' });
    expect(document).toStrictEqual(before);
    expect(document.entries).toBeUndefined();
    expect(linked.document).not.toBe(document);
    expect(linked.document.entries?.persons.length).toBeGreaterThan(0);
    // What encode writes is the linked document's TEI.
    const xml = writeTei(linked.document, { generator: 'test' });
    expect(xml).toContain('<persName corresp="#');
    expect(writeTei(document, { generator: 'test' })).not.toContain('<persName corresp="#');
    expect(unstamped(xml)).toBe(unstamped(encode(input, { file: 'mentions.txt', lists }).xml));
  });

  it('gives a placed note one new note, at its marker and among the notes', () => {
    const { document } = readDocument(input, { file: 'mentions.txt' });
    const { document: linked } = linkMentions(document, lists, { file: 'mentions.txt' });
    const marked = markedNotes(linked);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((note) => linked.notes.includes(note as TeiDocument['notes'][number]))).toBe(true);
    expect(marked.some((note) => document.notes.includes(note as TeiDocument['notes'][number]))).toBe(false);
  });

  it('changes no generated document it is given (seeded)', () => {
    const personLists = listsOf(persons, terms);
    const word = fc.constantFrom('Vance', 'Carter', 'Jones', 'Brown', 'Harold', 'General', 'Secretary', 'said', 'the', 'UN', 'U.S.', 'NATO’s', 'Young', 'young', 'Spain', 'and', ',', '1', '2');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
    const text = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.array(paragraph, { maxLength: 2 }))
      // Notes as printed: the first marked at the heading, the second at the end of the first paragraph.
      .map(([ps, notes]) => `12. Telegram From the Embassy in Turkey to the Department of State${notes.length ? '1' : ''}\n\nAnkara, May 4, 1978.\n\n${
        ps.map((p, i) => (i === 0 && notes.length > 1 ? `${p}2` : p)).join('\n\n')}\n\nVance\n${notes.map((n, i) => `\n  ${i + 1}. ${n}\n`).join('')}`);
    fc.assert(
      fc.property(text, (source) => {
        const { document } = readDocument(source, { file: 'generated.txt' });
        expect(document.notes.length).toBe(notesOf(source));
        const before = structuredClone(document);
        const linked = linkMentions(deepFreeze(document), personLists, { file: 'generated.txt' });
        expect(document).toStrictEqual(before);
        expect(unstamped(writeTei(linked.document, { generator: 'test' }))).toBe(unstamped(encode(source, { file: 'generated.txt', lists: personLists }).xml));
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });
});
