import { describe, expect, it } from 'vitest';
import { encode } from '../../src/encode/index.js';

/** The TEI body of a small telegram whose second block and notes are given. */
function body(paragraph: string, notes: string[]): { xml: string; warnings: string[] } {
  const text = `1. Telegram From the Embassy in Poland to the Department of State1\n\n${paragraph}\n\n  1. Source: Department of State, Central Files. Secret.\n${notes.map((n, i) => `  ${i + 2}. ${n}\n`).join('')}`;
  const r = encode(text, { file: 't.txt' });
  const p = /<p>(.*?)<\/p>/s.exec(r.xml.slice(r.xml.indexOf('<text>')))?.[1] ?? '';
  return { xml: p.replace(/<note n="(\d+)"[^>]*>.*?<\/note>/g, '[$1]'), warnings: r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`) };
}

describe('footnote markers', () => {
  it('glued to a word, to punctuation, to a closing quote', () => {
    expect(body('Chiang2 said “no.”3 Then, he left.4', ['a', 'b', 'c']).xml).toBe('Chiang[2] said “no.”[3] Then, he left.[4]');
  });

  it('glued to a number the note cites (Deptel 74 + 2 prints Deptel 742)', () => {
    expect(body('Deptel 742 instructs.', ['Telegram 74 to Warsaw.']).xml).toBe('Deptel 74[2] instructs.');
  });

  it('not after a number whose word before it is lowercase (found by the property test)', () => {
    expect(body('a 002 Italy2 Aa.', ['“quoted”.']).xml).toBe('a 002 Italy[2] Aa.');
    expect(body('Karachi 12462 and more.', ['x']).xml).toBe('Karachi 1246[2] and more.');
  });

  it('not inside a number the note cites whole', () => {
    expect(body('Since our 432,2 approved.', ['Telegram 432 to Taipei.']).xml).toBe('Since our 432,[2] approved.');
  });

  it('not in designations, decimals, times or page markers', () => {
    expect(body('F4’s and 1.5 at 10:20 [Page 12] text.2', ['x']).xml).toBe('F4’s and 1.5 at 10:20 <pb n="12" xml:id="pg_12"/>text.[2]');
  });

  it('in order: marker k is the first plausible place after marker k−1', () => {
    expect(body('Alpha.3 Beta.2 Gamma.3', ['two', 'three']).xml).toBe('Alpha.3 Beta.[2] Gamma.[3]');
  });

  it('warns when two places are equally plausible, naming both', () => {
    const r = body('Alpha.2 Beta.2 Gamma.3', ['two', 'three']);
    expect(r.xml).toBe('Alpha.[2] Beta.2 Gamma.[3]');
    expect(r.warnings).toEqual(['marker-ambiguous 3:7']);
    expect(r.warnings.join()).not.toContain('marker-not-found');
  });

  it('as a last resort, glued to a designation or a one-digit number, when order allows', () => {
    expect(body('The memorandum at Tab B2 suggests it.', ['x']).xml).toBe('The memorandum at Tab B[2] suggests it.');
    expect(body('He sees Lloyd at 52 and then leaves.', ['x']).xml).toBe('He sees Lloyd at 5[2] and then leaves.');
    // Not when the next marker has a plausible place first: order is kept.
    const r = body('Alpha.3 then Tab B2 here.', ['two', 'three']);
    expect(r.xml).toBe('Alpha.[3] then Tab B2 here.');
    expect(r.warnings).toEqual(['marker-not-found 6:6']);
  });

  it('never takes a block’s printed number for a marker, and never loses a note', () => {
    // Found by the property test: `12.` was read as `1.` + marker 2, and the note was lost.
    const text = '1. Telegram From the Embassy in Poland to the Department of State1\n\n12. a.\n\n  1. Source: 0.\n  2. A 0.\n';
    const r = encode(text);
    expect(r.xml).toContain('<idno type="telegram">12</idno>. a.');
    expect(r.xml).toContain('rend="unanchored">A 0.</note>');
  });

  it('keeps a note whose marker is not printed, with a warning', () => {
    const r = body('No marker here.', ['lost']);
    // The position is that of the note's text, the thing that could not be placed.
    expect(r.warnings).toEqual(['marker-not-found 6:6']);
  });
});
