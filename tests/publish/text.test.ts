import { describe, expect, it } from 'vitest';
import { edition, readFixture, seedPath, seedSource, seedTei, squash } from './helpers.js';

describe('text edition', () => {
  it(`reproduces the seed's plain text up to whitespace (${seedPath.replace(/.*\/(tests|tei)\//, '$1/')})`, () => {
    expect(squash(edition(seedTei).text)).toBe(squash(seedSource));
  });

  it('prints every structure in the input format: numbers, dashes, labels, pages, glued markers, notes last', () => {
    const text = edition(readFixture('structures.xml')).text;
    expect(text).toBe(readFixture('structures.txt'));
    expect(text).toContain('\n\n1. First point: see Deptel 742 and the page [Page 41] turning here.\n\n');
    expect(text).toContain('\n\na. Lettered part.\n\n');
    expect(text).toContain('\n\n3. A. Labelled item.\n\n');
    expect(text).toContain('\n\n—two, with parts:\n\n—alpha;\n\n');
    expect(text).toMatch(/\n\n {2}1\. Source: Files\. Secret\.\n {2}2\. Not printed\.\n {2}3\. A note between blocks\.\n$/);
  });

  it("prints anyone's TEI: verse one line a line, names side by side as words, notes numbered by place", () => {
    const text = edition(readFixture('anyones.xml')).text;
    expect(text).toBe(readFixture('anyones.txt'));
    expect(text).toContain('\n\nAgainst the blue of spruce, and the gray\nOf bare-boughed poplar, suddenly\n\n');
    expect(text).toContain('From Bertrand Russell Patricia Spence 1935, a letter.1');
  });

  it('shows markup-like text as text', () => {
    const text = edition(readFixture('escaping.xml')).text;
    expect(text).toContain('7. Memorandum on <script>alert(1)</script> & Co.1');
    expect(text).toContain('AT&T said "<b>bold</b>" & left.');
  });

  describe('width', () => {
    const wrapped = edition(seedTei, { width: 60 }).text;

    it('wraps paragraphs and notes at the given width, words intact', () => {
      const lines = wrapped.split('\n');
      for (const line of lines) {
        if (line.length > 60) expect(line.trim()).not.toContain(' ');
      }
      expect(lines.filter((line) => line.length > 40).length).toBeGreaterThan(20);
      expect(squash(wrapped)).toBe(squash(edition(seedTei).text));
    });

    it('indents a wrapped note under its text', () => {
      const note = wrapped.slice(wrapped.indexOf('\n  1. Source:') + 1).split('\n');
      expect(note[0]).toMatch(/^ {2}1\. Source:/);
      expect(note.length).toBeGreaterThan(3);
      for (const line of note.slice(1).filter(Boolean)) expect(line).toMatch(/^ {5}\S/);
    });

    it('does not wrap by default', () => {
      const longest = Math.max(...edition(seedTei).text.split('\n').map((line) => line.length));
      expect(longest).toBeGreaterThan(200);
    });
  });
});
