import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/model/diagnostic.js';
import { PROFILE_JSON_SCHEMA } from '../../src/validate/index.js';
import { toDiagnostic } from '../../src/validate/finding.js';
import { JsonSchemaLayer, derive, locate } from '../../src/validate/json-schema.js';
import { parse } from '../../src/validate/parse.js';
import { OUR_OUTPUT, TEI } from './helpers.js';

const layer = new JsonSchemaLayer(PROFILE_JSON_SCHEMA);
const ours = readFileSync(OUR_OUTPUT, 'utf8');

function check(xml: string) {
  const parsed = parse(xml, 'doc.xml');
  if ('error' in parsed) throw new Error(parsed.error.message);
  const lines = new LineIndex(xml);
  return layer.validate(parsed.document).map((f) => toDiagnostic(f, parsed.document, 'doc.xml', lines));
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
    expect(check(xml).map((d) => d.message)).toEqual(['TEI: missing required attribute xml:lang']);
  });

  it('requires the header facts: a teiHeader with a fileDesc holding a titleStmt and a sourceDesc', () => {
    expect(check(ours.replace(/<sourceDesc>[\s\S]*<\/sourceDesc>/, '')).map((d) => d.message)).toEqual(['fileDesc: expected a sourceDesc']);
    expect(check(ours.replace(/<titleStmt>[\s\S]*?<\/titleStmt>/, '')).map((d) => d.message)).toEqual(['fileDesc: expected a titleStmt']);
  });

  it('requires the header facts: a non-empty title', () => {
    const xml = ours.replace(/(<titleStmt>\s*<title)[^>]*>[\s\S]*?<\/title>/, '$1></title>');
    const found = check(xml);
    expect(found.map((d) => d.message)).toEqual(['title: expected some non-blank text, found ""']);
    expect(found[0]!.line).toBe(lineOf(xml, '<title></title>'));
  });

  it('reads the shared tree: an instance path leads to its element, text, comments and processing instructions aside', () => {
    const xml = `<?xml version="1.0"?>\n<TEI ${TEI}>\n<!-- c --><a/>text<?pi x?><b><c/><d n="1"/></b></TEI>`;
    const parsed = parse(xml, 'x.xml');
    if ('error' in parsed) throw new Error('not well-formed');
    const { json, elementOf } = derive(parsed.document.root);
    expect(json.children.map((c) => c.name)).toEqual(['a', 'b']);
    expect(json.text).toBe('\ntext');
    const at = locate(json, elementOf, '/children/1/children/1/attributes/n');
    expect(at.element).toBe(parsed.document.root.children.filter((c) => c.kind === 'element')[1]!.children[1]);
    expect(at.attribute).toBe('n');
  });

  it('checks dates with the one ISO date definition (a format, not a pattern of its own)', () => {
    const xml = ours.replace(/<p>/, '<p><date when="1977-02-29">then</date> ');
    expect(check(xml).map((d) => d.message)).toEqual(['date/@when: expected an ISO 8601 date, found "1977-02-29"']);
    expect(check(ours.replace(/<p>/, '<p><date when="1976-02-29">then</date> '))).toEqual([]);
  });
});
