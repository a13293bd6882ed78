import { describe, expect, it } from 'vitest';
import { check as numberedDivisionsSequence } from '../../../src/validate/rules/numbered-divisions-sequence.js';
import { TEI, tree } from '../helpers.js';

describe('numbered-divisions-sequence', () => {
  it('accepts numbers and nested letters in sequence', () => {
    const xml = `<div ${TEI} type="document" n="284"><div type="paragraph" n="1"/><pb n="2"/><div type="paragraph" n="2"><div type="paragraph" n="a"/><div type="paragraph" n="b"/></div><div type="paragraph" n="3"/></div>`;
    expect(numberedDivisionsSequence(tree(xml))).toEqual([]);
  });
  it('reports a skipped number and a repeated letter', () => {
    const xml = `<div ${TEI} type="document" n="284"><div type="paragraph" n="1"/><div type="paragraph" n="3"><div type="paragraph" n="a"/><div type="paragraph" n="a"/></div></div>`;
    expect(numberedDivisionsSequence(tree(xml)).map((f) => f.message)).toEqual([
      'division n="3" is out of sequence: expected the one after n="1"',
      'division n="a" is out of sequence: expected the one after n="a"',
    ]);
  });
  it('leaves divisions of other types alone: an edition may skip chapters or documents', () => {
    const xml = `<body ${TEI}><div type="parrafo" n="1"/><div type="parrafo" n="5"/><div type="document" n="7"/><div type="document" n="9"/></body>`;
    expect(numberedDivisionsSequence(tree(xml))).toEqual([]);
    const untyped = `<body ${TEI}><div n="1"/><div n="3"/></body>`;
    expect(numberedDivisionsSequence(tree(untyped)).map((f) => f.message)).toEqual(['division n="3" is out of sequence: expected the one after n="1"']);
  });
});
