import { describe, expect, it } from 'vitest';
import { check as idsUnique } from '../../../src/validate/rules/ids-unique.js';
import { TEI, tree } from '../helpers.js';

describe('ids-unique', () => {
  it('accepts distinct ids', () => {
    expect(idsUnique(tree(`<TEI ${TEI}><p xml:id="a"/><p xml:id="b"/></TEI>`))).toEqual([]);
  });
  it('reports the second of two equal ids, pointing to the first', () => {
    const findings = idsUnique(tree(`<TEI ${TEI}><p xml:id="a"/><div><p xml:id="a"/></div></TEI>`));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('duplicate xml:id "a"');
    expect(findings[0]!.element.parent!.local).toBe('div');
    expect(findings[0]!.related!.element.parent!.local).toBe('TEI');
    expect(findings[0]!.related!.message).toBe('first occurrence of xml:id "a"');
  });
});
