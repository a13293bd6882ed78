import { describe, expect, it } from 'vitest';
import { check as notesAscending } from '../../../src/validate/rules/notes-ascending.js';
import { TEI, tree } from '../helpers.js';

describe('notes-ascending', () => {
  it('accepts numbering that restarts in each document div', () => {
    const xml = `<body ${TEI}><div type="document"><note n="1"/><p><note n="2"/></p></div><div type="document"><note n="1"/><note n="*"/><note n="2"/></div></body>`;
    expect(notesAscending(tree(xml))).toEqual([]);
  });
  it('reports a note that does not ascend within its document', () => {
    const xml = `<body ${TEI}><div type="document"><note n="1"/><note n="3"/><p><note n="2"/></p></div></body>`;
    expect(notesAscending(tree(xml)).map((f) => f.message)).toEqual(['note n="2" does not ascend: it follows note n="3"']);
  });
});
