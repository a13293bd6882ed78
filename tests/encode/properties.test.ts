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

describe('encoder invariants', () => {
  it('loses no word of the input, writes well-formed XML, and is deterministic', () => {
    fc.assert(
      fc.property(documentText, (text) => {
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
        fc.property(documentText, (text) => {
          const { xml } = encode(text);
          expect(encode(editionOf(publisher, xml).text).xml).toBe(xml);
        }),
        runs(150),
      );
    });
  });

  it('encodes CRLF and LF line ends alike', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        expect(encode(text.replace(/\r\n/g, '\n')).xml).toBe(encode(text.replace(/\r?\n/g, '\r\n')).xml);
      }),
      runs(100),
    );
  });
});
