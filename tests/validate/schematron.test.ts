import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('Schematron roles and a broken Schematron file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-sch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const SCHEMA = (rules: string) => `<schema xmlns="http://purl.oclc.org/dsdl/schematron">\n  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>\n  <pattern>\n${rules}\n  </pattern>\n</schema>\n`;

  it('role="info" gives an info finding, "warning" a warning, none an error', async () => {
    const sch = write('roles.sch', SCHEMA(`    <rule context="tei:TEI">
      <report test="true()" role="info">an info</report>
      <report test="true()" role="warning">a warning</report>
      <report test="true()">an error</report>
    </rule>`));
    const found = (await validator({ schematron: sch })).validate(ours, 'ours.xml').filter((d) => d.rule === 'schematron');
    expect(found.map((d) => [d.severity, d.message, d.source])).toEqual([
      ['info', 'an info', 'schematron'],
      ['warning', 'a warning', 'schematron'],
      ['error', 'an error', 'schematron'],
    ]);
  });

  it('a Schematron that is not well-formed is reported at its own file:line:col', async () => {
    const sch = write('broken.sch', SCHEMA('    <rule context="tei:TEI">\n      <assert test="true()">unclosed\n    </rule>'));
    await expect(validator({ schematron: sch })).rejects.toThrow(new RegExp(`^${sch}:6:11: error: .*\\(in the Schematron file\\) \\[schematron\\]`));
  });

  it('an XPath that does not compile is reported at its element in the Schematron file', async () => {
    const sch = write('xpath.sch', SCHEMA('    <rule context="tei:TEI">\n      <assert test="@x = ">half an expression</assert>\n    </rule>'));
    await expect(validator({ schematron: sch })).rejects.toThrow(new RegExp(`^${sch}:5:28: error: sch:assert/@test "@x = " is not a valid XPath: .*\\[XPST0003\\]`));
  });

  it('an unknown prefix in a rule context is the Schematron\'s fault too', async () => {
    const sch = write('prefix.sch', SCHEMA('    <rule context="foo:TEI">\n      <assert test="true()">x</assert>\n    </rule>'));
    await expect(validator({ schematron: sch })).rejects.toThrow(/prefix\.sch:4:29: error: sch:rule\/@context "foo:TEI" is not a valid XPath: .*\[XPST0081\]/);
  });
});
