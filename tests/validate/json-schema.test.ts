import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/model/diagnostic.js';
import { PROFILE_JSON_SCHEMA } from '../../src/validate/index.js';
import { JsonSchemaLayer, locate, orderedParser } from '../../src/validate/json-schema.js';
import { parse } from '../../src/validate/parse.js';
import { OUR_OUTPUT, TEI } from './helpers.js';

const layer = new JsonSchemaLayer(PROFILE_JSON_SCHEMA);
const ours = readFileSync(OUR_OUTPUT, 'utf8');

function check(xml: string) {
  const parsed = parse(xml, 'doc.xml');
  if ('error' in parsed) throw new Error(parsed.error.message);
  return layer.validate(parsed.document, 'doc.xml', new LineIndex(xml));
}

function lineOf(xml: string, needle: string): number {
  return xml.slice(0, xml.indexOf(needle)).split('\n').length;
}

describe('JSON Schema of our profile', () => {
  it('accepts our output', () => {
    expect(check(ours)).toEqual([]);
  });

  it('reports a document div id that is not FRUS\'s, at the div', () => {
    const xml = ours.replace(/(<div type="document"[^>]*xml:id=")d(\d+)"/, '$1doc$2"');
    const found = check(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'json-schema', line: lineOf(xml, '<div type="document"') });
    expect(found[0]!.message).toMatch(/^div\/@xml:id: expected FRUS's document id: d followed by the number, found "doc\d+"$/);
  });

  it('reports a page number that is not one, and a paragraph division without n', () => {
    const xml = ours.replace(/<pb n="(\d+)"/, '<pb n="p.$1"').replace(/<div type="paragraph" n="\d+"/, '<div type="paragraph"');
    const messages = check(xml).map((d) => `${d.line} ${d.message}`);
    expect(messages).toContain(`${lineOf(xml, '<pb n="p.')} pb/@n: expected a page number: digits or roman numerals, found "p.${/<pb n="p\.(\d+)"/.exec(xml)![1]}"`);
    expect(messages).toContain(`${lineOf(xml, '<div type="paragraph">')} div: missing required attribute n`);
  });

  it('requires the header facts: a TEI root with xml:lang', () => {
    const xml = ours.replace(/(<TEI[^>]*?) xml:lang="en"/, '$1');
    expect(check(xml).map((d) => d.message)).toEqual(['TEI: expected a TEI root element with xml:lang and a teiHeader']);
  });

  it('requires the header facts: a non-empty title', () => {
    const xml = ours.replace(/(<titleStmt>\s*<title)[^>]*>[\s\S]*?<\/title>/, '$1></title>');
    const found = check(xml);
    expect(found.map((d) => d.message)).toEqual(['title: expected some non-blank text']);
    expect(found[0]!.line).toBe(lineOf(xml, '<title></title>'));
  });

  it('maps instance paths to elements, skipping text, comments and processing instructions', () => {
    const xml = `<?xml version="1.0"?>\n<TEI ${TEI}>\n<!-- c --><a/>text<?pi x?><b><c/><d/></b></TEI>`;
    const parsed = parse(xml, 'x.xml');
    if ('error' in parsed) throw new Error('not well-formed');
    const ordered = orderedParser.parse(xml) as unknown[];
    const teiIndex = ordered.findIndex((n) => typeof n === 'object' && n !== null && 'TEI' in n);
    const tei = (ordered[teiIndex] as { TEI: unknown[] }).TEI;
    const bIndex = tei.findIndex((n) => typeof n === 'object' && n !== null && 'b' in n);
    const at = locate(ordered, parsed.document.root, `/${teiIndex}/TEI/${bIndex}/b/1/:@/@_n`);
    expect(at.element.local).toBe('d');
    expect(at.attribute).toBe('n');
  });
});
