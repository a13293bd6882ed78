import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { excerpt, formatHuman, formatJson } from '../../src/validate/report.js';

const diags: Diagnostic[] = [
  { file: 'b.xml', line: 2, column: 5, severity: 'warning', rule: 'pages-ascending', message: 'page n="3" does not ascend' },
  { file: 'a.xml', line: 1, column: 4, severity: 'error', rule: 'relaxng', message: 'element not allowed here: "x"' },
];
const sources: Record<string, string> = { 'a.xml': '<a><x/></a>\n', 'b.xml': '<r>\n\t<pb n="3"/>\n</r>' };
const lineOf = (file: string, line: number): string | undefined => sources[file]?.split('\n')[line - 1];

describe('formatJson', () => {
  it('writes one object per finding: place, severity, source, ruleId, message', () => {
    const parsed = JSON.parse(formatJson(diags)) as unknown[];
    expect(parsed).toEqual(diags.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, ruleId: d.rule, message: d.message })));
    expect(Object.keys(parsed[0] as object)).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'message']);
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });

  it('keeps the range, the layer and related places as data', () => {
    const d: Diagnostic = {
      file: 'a.xml', line: 3, column: 20, severity: 'error', rule: 'ids-unique', source: 'rules', message: 'duplicate xml:id "x"',
      range: { start: { line: 3, column: 4 }, end: { line: 3, column: 12 } },
      related: [{ file: 'a.xml', line: 1, column: 9, message: 'first occurrence of xml:id "x"' }],
    };
    expect(JSON.parse(formatJson([d]))).toEqual([
      { file: 'a.xml', line: 3, column: 20, range: d.range, severity: 'error', source: 'rules', ruleId: 'ids-unique', message: d.message, related: d.related },
    ]);
  });
});

describe('formatHuman', () => {
  it('groups by file in the order given, shows the line and a caret under the column (tabs kept), and sums up', () => {
    const out = formatHuman(diags, lineOf, { color: false });
    expect(out).toBe(
      [
        'b.xml:2:5: warning: page n="3" does not ascend [pages-ascending]',
        '    \t<pb n="3"/>',
        '    \t   ^',
        '',
        'a.xml:1:4: error: element not allowed here: "x" [relaxng]',
        '    <a><x/></a>',
        '       ^',
        '',
        '✖ 1 error, 1 warning in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('colors only when asked, and still prints findings whose source is unknown', () => {
    const plain = formatHuman(diags, () => undefined, { color: false });
    expect(plain).not.toContain('\u001b[');
    expect(plain).toContain('a.xml:1:4: error: element not allowed here');
    const colored = formatHuman(diags, lineOf, { color: true });
    expect(colored).toContain('\u001b[31merror\u001b[39m');
    expect(formatHuman([], () => undefined, { color: false })).toBe('✔ no problems\n');
  });

  it('says how many files were validated and against which schemas; notes do not count as problems', () => {
    const files = [{ file: 'a.xml', schema: 'tei_all' }, { file: 'b.xml', schema: 'tei_all' }, { file: 'c.xml', schema: 'tei-telegram' }];
    expect(formatHuman(diags, lineOf, { color: false, files }).split('\n').at(-2)).toBe('✖ 1 error, 1 warning in 2 of 3 files against tei_all: 2, tei-telegram: 1');
    const note: Diagnostic = { file: 'c.xml', line: 1, column: 1, severity: 'info', rule: 'schema-choice', message: 'a note' };
    const out = formatHuman([note], () => undefined, { color: false, files: files.slice(0, 2) });
    expect(out).toBe('c.xml:1:1: info: a note [schema-choice]\n\n✔ no problems in 2 files against tei_all; 1 note\n');
  });

  it('shows related places under the finding', () => {
    const d: Diagnostic = { file: 'a.xml', line: 1, column: 4, severity: 'error', rule: 'ids-unique', message: 'duplicate', related: [{ file: 'a.xml', line: 1, column: 2, message: 'first occurrence' }] };
    expect(formatHuman([d], lineOf, { color: false })).toContain('       ^\n    a.xml:1:2: first occurrence\n');
  });

  it('cuts a very long line to a window around the column', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const shown = excerpt(line, 5001);
    expect(shown.text.length).toBeLessThanOrEqual(102);
    expect(shown.text[shown.column - 1]).toBe('X');
  });
});
