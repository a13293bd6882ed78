import { describe, expect, it } from 'vitest';
import { TEI, validator } from './helpers.js';

const HEADER = '<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>';

describe('RelaxNG findings are placed where jing places them', () => {
  // Expected positions are jing's own output on the same snippets.
  it('start-tag and attribute errors just past the start tag, names as written', async () => {
    const xml = `<TEI ${TEI}>${HEADER}<text><body>\n  <p xml:id="1x" foo="b">x</p></body></text></TEI>`;
    const found = (await validator({ schema: 'tei_all' })).validate(xml, 'a.xml');
    expect(found.map((d) => [d.line, d.column, d.rule, d.message])).toEqual([
      [2, 26, 'relaxng', 'invalid attribute value: "xml:id"'],
      [2, 26, 'relaxng', 'attribute not allowed here: "foo"'],
    ]);
  });

  it('a text that is not allowed at the end of each of its lines, and a missing element once', async () => {
    const xml = `<TEI ${TEI}><text><body><list>stray\n more\n <item/></list></body></text></TEI>`;
    const found = (await validator({ schema: 'tei_all' })).validate(xml, 'b.xml');
    // jing 20220510 on this text: 1:48 (text before teiHeader), 1:65 and 2:6 (the two stray lines).
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [1, 48],
      [1, 65],
      [2, 6],
    ]);
    expect(found[0]!.message).toMatch(/tag not allowed here: "text"|teiHeader/);
  });
});
