import { describe, expect, it } from 'vitest';
import { isoDateProblem } from '../../../src/model/iso-date.js';
import { check as datesIso } from '../../../src/validate/rules/dates-iso.js';
import { TEI, tree } from '../helpers.js';

describe('dates-iso', () => {
  it('accepts years, months, days, leap days and date-times', () => {
    for (const value of ['1977', '1977-12', '1977-12-30', '1976-02-29', '1977-12-30T01:05:00Z', '1977-12-30T01:05', '14:30']) {
      expect(isoDateProblem(value), value).toBeUndefined();
    }
    expect(datesIso(tree(`<p ${TEI}><date when="1977-12-30">x</date><date notBefore="1977" notAfter="1978-01">y</date></p>`))).toEqual([]);
  });
  it('reports days that do not exist and values that are not ISO dates', () => {
    const xml = `<p ${TEI}><date when="1977-02-29">a</date><date when="12/30/1977">b</date><date from="1977-13">c</date></p>`;
    expect(datesIso(tree(xml)).map((f) => f.message)).toEqual([
      'date/@when "1977-02-29" is not a real day: 1977-02 has 28 days',
      'date/@when "12/30/1977" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)',
      'date/@from "1977-13" has no month 13',
    ]);
  });
});
