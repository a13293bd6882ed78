/**
 * One fault, one finding: a fault that RelaxNG, the JSON Schema and a rule all see is reported
 * once, with its layer (`source`) and `ruleId` from the one registry, its range, and related places
 * as data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/validate/rules/index.js';
import { OUR_OUTPUT, validator } from './helpers.js';

const ours = readFileSync(OUR_OUTPUT, 'utf8');
const withDate = (when: string): string => ours.replace(/<p>/, `<p><date when="${when}">then</date> `);
const lineOf = (xml: string, needle: string): number => xml.slice(0, xml.indexOf(needle)).split('\n').length;

describe('one fault, one finding', () => {
  it('a month 13 against our profile: one error, from the rule that says why, and no echo on the text after it', async () => {
    const xml = withDate('1977-13-01');
    const found = (await validator()).validate(xml, 'm.xml');
    const line = lineOf(xml, '1977-13-01');
    expect(found.map((d) => [d.line, d.severity, d.source, d.rule, d.message])).toEqual([
      [line, 'error', 'rules', 'dates-iso', 'date/@when "1977-13-01" has no month 13'],
    ]);
    const column = xml.split('\n')[line - 1]!.indexOf('when=') + 1;
    expect(found[0]!.range).toEqual({ start: { line, column }, end: { line, column: column + 'when="1977-13-01"'.length } });
  });

  it('against tei_all: one error, RelaxNG\'s (our date rule, a warning there, merges into it)', async () => {
    const xml = withDate('1977-13-01');
    const found = (await validator({ schema: 'tei_all' })).validate(xml, 'm.xml');
    expect(found.map((d) => [d.severity, d.source, d.rule])).toEqual([['error', 'relaxng', 'relaxng']]);
  });

  it('a day that does not exist, which only our one ISO definition knows, is one finding too', async () => {
    const found = (await validator()).validate(withDate('1977-02-29'), 'm.xml');
    expect(found.map((d) => [d.source, d.rule, d.message])).toEqual([['rules', 'dates-iso', 'date/@when "1977-02-29" is not a real day: 1977-02 has 28 days']]);
  });

  it('different faults at one place stay separate findings', async () => {
    const xml = ours.replace(/<p>/, '<p><date when="1977-13-01" to="soon">then</date> ');
    const found = (await validator()).validate(xml, 'm.xml');
    expect(found.map((d) => d.message)).toEqual(['date/@when "1977-13-01" has no month 13', 'date/@to "soon" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)']);
  });

  it('a duplicate id keeps the first occurrence as related data, not in the message', async () => {
    const first = /xml:id="(pg_\d+)"/.exec(ours)!;
    const second = /xml:id="(pg_\d+)"/g;
    second.lastIndex = first.index + 1;
    const other = second.exec(ours)!;
    const xml = ours.slice(0, other.index) + ours.slice(other.index).replace(other[1]!, first[1]!);
    const found = (await validator()).validate(xml, 'dup.xml').filter((d) => d.rule === 'ids-unique');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(`duplicate xml:id "${first[1]}"`);
    expect(found[0]!.related).toEqual([{ file: 'dup.xml', line: lineOf(xml, first[0]), column: expect.any(Number), message: `first occurrence of xml:id "${first[1]}"` }]);
  });
});

describe('the rule registry', () => {
  it('each rule module exports its id, its severities and its documentation URL', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity.profile);
      expect(['error', 'warning', 'info']).toContain(rule.severity.otherSchemas);
      expect(rule.docs).toBe(`https://github.com/tei-telegram/tei-telegram#rule-${rule.id}`);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('every finding names its layer and a rule id from the registry', async () => {
    const xml = withDate('1977-13-01').replace(/<pb n="(\d+)"/, '<pb n="p$1"').replace('</body>', '<ref target="#nowhere">x</ref></body>');
    const known = new Set<string>([...rules.map((r) => r.id), 'relaxng', 'json-schema', 'schematron', 'well-formed', 'encoding', 'schema-choice']);
    const found = (await validator()).validate(xml, 'x.xml');
    expect(found.length).toBeGreaterThan(2);
    for (const d of found) {
      expect(known.has(d.rule), d.rule).toBe(true);
      expect(d.source, d.message).toMatch(/^(relaxng|json-schema|rules|schematron|schema-choice)$/);
    }
  });
});
