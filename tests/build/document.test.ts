import { describe, expect, it } from 'vitest';
import { addOutcome, documentRecord, failedOutcome, reportEntry, reuse, whollyReused } from '../../src/build/document.js';
import { diagnostic } from '../../src/model/diagnostic.js';

const warning = diagnostic('in/a.txt', { line: 3, column: 1 }, 'warning', 'heading-without-number', 'no number');
const invalid = diagnostic('out/a.xml', { line: 9, column: 4 }, 'error', 'relaxng', 'element not allowed');
const facts = { number: '1', heading: 'Telegram' };

describe('the document record', () => {
  it('gathers each stage\'s findings, facts and times, and the report entry says what was written', () => {
    const doc = documentRecord('a', 'in/a.txt', 'out/a.xml');
    addOutcome(doc, 'source', 'k1', { written: true, data: { number: '1', title: 'T' }, diagnostics: [warning], timings: { encode: 2, validate: 1 } });
    addOutcome(doc, 'page', 'p1', { written: true, data: { facts }, diagnostics: [], timings: { publish: 5 } });
    expect(doc.data).toEqual({ source: { number: '1', title: 'T' }, page: { facts } });
    expect(reportEntry(doc)).toEqual({
      name: 'a', input: 'in/a.txt', status: 'warnings', outputs: ['a.xml', 'a.html', 'a.txt'], diagnostics: [warning], timings: { encode: 2, validate: 1, publish: 5 },
    });
    expect(whollyReused(doc)).toBe(false);
  });

  it('a page that failed leaves the TEI listed alone, and fails the document', () => {
    const doc = documentRecord('a', 'in/a.txt', 'out/a.xml');
    addOutcome(doc, 'source', 'k1', { written: true, data: {}, diagnostics: [], timings: { encode: 2, validate: 1 } });
    addOutcome(doc, 'page', 'p1', failedOutcome(invalid));
    expect(reportEntry(doc)).toMatchObject({ status: 'failed', outputs: ['a.xml'], diagnostics: [invalid] });
  });

  it('a document whose stages are reused has their findings and facts, and no times', () => {
    const doc = documentRecord('a', 'in/a.txt', 'out/a.xml');
    reuse(doc, 'source', { key: 'k1', data: { number: '1' }, diagnostics: [warning] });
    reuse(doc, 'page', { key: 'p1', data: { facts }, diagnostics: [] });
    expect(reportEntry(doc)).toMatchObject({ status: 'warnings', outputs: ['a.xml', 'a.html', 'a.txt'], diagnostics: [warning], timings: {} });
    expect(doc.stages).toEqual({ source: { key: 'k1', written: true, reused: true }, page: { key: 'p1', written: true, reused: true } });
    expect(whollyReused(doc)).toBe(true);
  });
});
