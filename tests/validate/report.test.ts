import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { excerpt, formatHuman, formatJson } from '../../src/validate/report.js';

const diags: Diagnostic[] = [
  { file: 'b.xml', line: 2, column: 5, severity: 'warning', rule: 'pages-ascending', message: 'page n="3" does not ascend' },
  { file: 'a.xml', line: 1, column: 4, severity: 'error', rule: 'relaxng', message: 'element not allowed here: "x"' },
];
const sources: Record<string, string> = { 'a.xml': '<a><x/></a>\n', 'b.xml': '<r>\n\t<pb n="3"/>\n</r>' };

describe('formatJson', () => {
  it('writes one object per finding with file, line, column, severity, rule and message', () => {
    const parsed = JSON.parse(formatJson(diags)) as unknown[];
    expect(parsed).toEqual(diags.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message })));
    expect(Object.keys(parsed[0] as object)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });
});

describe('formatHuman', () => {
  it('groups by file, shows the line and a caret under the column (tabs kept), and sums up', () => {
    const out = formatHuman(diags, (f) => sources[f], { color: false });
    expect(out).toBe(
      [
        'a.xml:1:4: error: element not allowed here: "x" [relaxng]',
        '    <a><x/></a>',
        '       ^',
        '',
        'b.xml:2:5: warning: page n="3" does not ascend [pages-ascending]',
        '    \t<pb n="3"/>',
        '    \t   ^',
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
    const colored = formatHuman(diags, (f) => sources[f], { color: true });
    expect(colored).toContain('\u001b[31merror\u001b[39m');
    expect(formatHuman([], () => undefined, { color: false })).toBe('✔ no problems\n');
  });

  it('cuts a very long line to a window around the column', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const shown = excerpt(line, 5001);
    expect(shown.text.length).toBeLessThanOrEqual(102);
    expect(shown.text[shown.column - 1]).toBe('X');
  });
});
