import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/encode/dateline.js';

describe('datelines in every printed form', () => {
  const cases: [string, string | undefined, Record<string, string>][] = [
    ['Washington, January 30, 1955—4:18 p.m.', 'Washington', { when: '1955-01-30T16:18:00' }],
    ['Moscow, January 31, 1955—6 p.m.', 'Moscow', { when: '1955-01-31T18:00:00' }],
    ['New York, October 5, 1977, 12:10 p.m.', 'New York', { when: '1977-10-05T12:10:00' }],
    ['December 30, 1977, 0105Z.', undefined, { when: '1977-12-30T01:05:00Z' }],
    ['Ankara, November 24, 1979, 1006Z', 'Ankara', { when: '1979-11-24T10:06:00Z' }],
    ['London, October 27, 1956—noon.', 'London', { when: '1956-10-27T12:00:00' }],
    ['Washington, October 24, 1956.', 'Washington', { when: '1956-10-24' }],
    ['Washington, January 2, 1980', 'Washington', { when: '1980-01-02' }],
    ['Washington, October 3, 1980, 4:30–4:50 p.m.', 'Washington', { from: '1980-10-03T16:30:00', to: '1980-10-03T16:50:00' }],
    ['Washington, May 22, 1979, 11:45–12:17 p.m.', 'Washington', { from: '1979-05-22T11:45:00', to: '1979-05-22T12:17:00' }],
    ['Camp David, Maryland, September 6, 1978, 10 a.m.', 'Camp David, Maryland', { when: '1978-09-06T10:00:00' }],
    ['Washington, December 14–19, 1977.', 'Washington', { from: '1977-12-14', to: '1977-12-19' }],
    ['Washington, February 1977.', 'Washington', { when: '1977-02' }],
    ['Washington, undated.', 'Washington', {}],
    ['Moscow, January 31, 1955—6 p.m. [Received January 31—2:15 p.m.]', 'Moscow', { when: '1955-01-31T18:00:00' }],
    ['Bonn, March 4, 1955—Noon.', 'Bonn', { when: '1955-03-04T12:00:00' }],
    ['[Washington,] January 5, 1961.', 'Washington', { when: '1961-01-05' }],
    ['Saigon, Sept. 9, 1963, 3 p.m.', 'Saigon', { when: '1963-09-09T15:00:00' }],
    ['BeirutJuly 15, 1958—6 p.m.', 'Beirut', { when: '1958-07-15T18:00:00' }],
    ['Washington, May 22, 1979, 10:30 a.m.–12:15 p.m.', 'Washington', { from: '1979-05-22T10:30:00', to: '1979-05-22T12:15:00' }],
  ];
  for (const [text, place, expected] of cases) {
    it(text, () => {
      const parsed = parseDateline(text)!;
      expect(parsed).toBeDefined();
      expect(parsed.place ? text.slice(parsed.place.start, parsed.place.end) : undefined).toBe(place);
      expect({ when: parsed.when, from: parsed.from, to: parsed.to }).toEqual({ when: undefined, from: undefined, to: undefined, ...expected });
    });
  }

  it('gives no time it cannot pin (midnight), but keeps the date', () => {
    expect(parseDateline('Washington, June 1, 1977—midnight.')?.when).toBe('1977-06-01');
  });

  it('rejects impossible dates and running text', () => {
    expect(parseDateline('Washington, February 30, 1955.')).toBeUndefined();
    expect(parseDateline('The meeting of January 30, 1955 was postponed.')).toBeUndefined();
    expect(parseDateline('1. Washington, January 30, 1955.')).toBeUndefined();
  });
});
