/**
 * Invariants over generated documents: whatever the mix of paragraphs, numbers, lists, page markers
 * and notes, no word of the input is lost, the TEI is well-formed, encoding is deterministic, and the
 * text edition encodes to the same TEI.
 */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/encode/index.js';
import { createPublisher, type Publisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { missingWords } from './helpers.js';

/**
 * Seeded, so that CI runs are reproducible; `FC_SEED=<n>` explores other documents (and a failure
 * prints the seed and path that reproduce it).
 */
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: Number(process.env.FC_SEED ?? 20261128) });

const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,9}$/),
  fc.stringMatching(/^[A-Z][a-z]{1,8}[.,;:]?$/),
  fc.stringMatching(/^[0-9]{1,4}[.,]?$/),
  fc.constantFrom('“quoted”', 'U.S.', '—', '&', '<b>', 'Ça', 'Şükrü', '[point]', '(S)', 'a’s', '[Page 7]', 'Italy2', 'Deptel 742', 'F4’s', 'Subject:', 'Ref:'),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
const block = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: sentence.map((s) => `—${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }).map((n) => `[Page ${n}]`) },
  { weight: 1, arbitrary: fc.constantFrom('SUBJECT', 'PARTICIPANTS', 'Sincerely,', 'Vance', 'Washington, June 3, 1977.') },
);

const documentText = fc
  .record({
    n: fc.integer({ min: 1, max: 9999 }),
    blocks: fc.array(block, { minLength: 0, maxLength: 12 }),
    numbered: fc.boolean(),
    notes: fc.array(sentence, { maxLength: 4 }),
    crlf: fc.boolean(),
  })
  .map(({ n, blocks, numbered, notes, crlf }) => {
    const body = blocks.map((b, i) => (numbered && !b.startsWith('[') ? `${i + 1}. ${b}` : b));
    const heading = `${n}. Telegram From the Embassy in Poland to the Department of State${notes.length ? '1' : ''}`;
    const noteLines = notes.map((t, i) => `  ${i + 1}. ${i === 0 ? `Source: ${t}` : t}`);
    const text = [heading, ...body].join('\n\n') + (noteLines.length ? `\n\n${noteLines.join('\n')}` : '') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/**
 * The forms of the older volumes (1861–1949): a heading without a kind, the file line under it, a
 * despatch number and a form line, a dateline with its receipt (on its own line or in parentheses),
 * a complimentary close, a signature with a stop, in capitals or with its title lines, an enclosure
 * after it, and notes numbered across a chapter or by letter.
 */
const olderDocumentText = fc
  .record({
    n: fc.integer({ min: 1, max: 999 }),
    heading: fc.constantFrom('Mr. Adams to Mr. Seward.', 'The Minister in Chile (Bowers) to the Secretary of State', 'Mr. E. B. Washburne to Mr. Fish.', 'The British Embassy to the Department of State'),
    fileLine: fc.option(fc.constantFrom('No. 12.', '711.00/123: Telegram', '840.51 Frozen Credits/77', '861b.6363/112'), { nil: undefined }),
    openers: fc.subarray(['No. 254.]', '[Telegram.]', '[Paraphrase]']),
    dateline: fc.constantFrom(
      'Legation of the United States, Paris, August 12, 1870. (Received August 23.)',
      'Montevideo, April 14, 1941—10 p.m.\n[Received April 15—2:39 a.m.]',
      'Department of State,\nWashington, January 7, 1901.',
    ),
    blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
    close: fc.option(fc.constantFrom('I have, &c.,', 'I am, sir, your obedient servant,', 'Respectfully yours,'), { nil: undefined }),
    signature: fc.constantFrom('JOHN HAY.', 'Hull', 'David J. Hill,\nActing Secretary.', 'A. E. Buck.'),
    enclosure: fc.option(fc.array(sentence, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    firstNote: fc.constantFrom('1', '17', '54', 'a'),
    notes: fc.array(sentence, { maxLength: 3 }),
    crlf: fc.boolean(),
  })
  .map((d) => {
    const next = (k: number): string => (/^\d+$/.test(d.firstNote) ? String(Number(d.firstNote) + k) : String.fromCharCode(97 + k));
    // The first note's marker ends the first paragraph; the others are printed without one.
    const body = d.blocks.map((b, i) => (i === 0 && d.notes.length && /[.]$/.test(b) ? `${b}${next(0)}` : b));
    const parts = [
      `${d.n}. ${d.heading}`,
      ...(d.fileLine ? [d.fileLine] : []),
      ...d.openers,
      d.dateline,
      `Sir: ${body[0]}`,
      ...body.slice(1),
      ...(d.close ? [d.close] : []),
      d.signature,
      ...(d.enclosure ? ['[Inclosure.]', 'Mr. Komura to Mr. Griscom.', ...d.enclosure, 'Komura.'] : []),
    ];
    const noteLines = d.notes.map((t, i) => `  ${next(i)}. ${t}`);
    const text = parts.join('\n\n') + (noteLines.length ? `\n\n${noteLines.join('\n')}` : '') + '\n';
    return d.crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const anyPeriod = fc.oneof(documentText, olderDocumentText);

describe('encoder invariants', () => {
  it('loses no word of the input, writes well-formed XML, and is deterministic', () => {
    fc.assert(
      fc.property(anyPeriod, (text) => {
        const first = encode(text);
        expect(missingWords(text, first.xml)).toEqual([]);
        expect(XMLValidator.validate(first.xml)).toBe(true);
        expect(encode(text).xml).toBe(first.xml);
      }),
      runs(300),
    );
  });

  describe('with the text edition', () => {
    let publisher: Publisher;
    beforeAll(() => {
      publisher = createPublisher();
    });

    it('encode(text edition) equals the encoding', () => {
      fc.assert(
        fc.property(anyPeriod, (text) => {
          const { xml } = encode(text);
          expect(encode(editionOf(publisher, xml).text).xml).toBe(xml);
        }),
        runs(150),
      );
    });
  });

  it('encodes CRLF and LF line ends alike', () => {
    fc.assert(
      fc.property(anyPeriod, (text) => {
        expect(encode(text.replace(/\r\n/g, '\n')).xml).toBe(encode(text.replace(/\r?\n/g, '\r\n')).xml);
      }),
      runs(100),
    );
  });
});
