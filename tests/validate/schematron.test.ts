import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, OUR_OUTPUT, validator } from './helpers.js';

const SCH = `${FIXTURES}frus-rules.sch`;
const ours = readFileSync(OUR_OUTPUT, 'utf8');

function lineOf(xml: string, needle: string): number {
  return xml.slice(0, xml.indexOf(needle)).split('\n').length;
}

describe('--schematron: a user\'s ISO Schematron rules (XPath by saxon-js)', () => {
  it('passes our output, except a report that fires as a warning at its node', async () => {
    const v = await validator({ schematron: SCH });
    const found = v.validate(ours, 'ours.xml').filter((d) => d.rule === 'schematron');
    const pb702 = /<pb n="702"/.test(ours);
    expect(found).toEqual(
      pb702 ? [expect.objectContaining({ severity: 'warning', line: lineOf(ours, '<pb n="702"'), message: 'the pb for page 702 is worth a look' })] : [],
    );
  });

  it('reports each failed assert at its node, with value-of and let in the message', async () => {
    const xml = ours.replace(/xml:id="pg_(\d+)"/, 'xml:id="page$1"').replace(/(<note[^>]*?n="1"[^>]*?xml:id=")[^"]*"/, '$1wrong"');
    const v = await validator({ schematron: SCH });
    const found = v.validate(xml, 'broken.xml').filter((d) => d.rule === 'schematron' && d.severity === 'error');
    const docId = /<div type="document"[^>]*xml:id="([^"]+)"/.exec(xml)![1];
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [lineOf(xml, 'xml:id="wrong"'), `note 1 should have xml:id "${docId}fn1", not "wrong"`],
      [lineOf(xml, 'xml:id="page'), 'page break ids are pg_ and the page number'],
    ]);
  });

  it('matches a node by the first fitting rule of a pattern only', async () => {
    const xml = ours.replace(/<div type="paragraph" n="2"/, '<div type="paragraph" n="0"');
    const found = (await validator({ schematron: SCH })).validate(xml, 'x.xml').filter((d) => d.rule === 'schematron' && d.severity === 'error');
    expect(found.map((d) => d.message)).toEqual(['only paragraph 1 may be numbered 1 or less']);
  });
});
