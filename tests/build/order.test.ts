import { describe, expect, it } from 'vitest';
import { byDocumentOrder, type Ordered } from '../../src/build/order.js';
import { volumeOfFileName as volumeOf } from '../../src/model/file-name.js';

const names = (docs: Ordered[]): string[] => [...docs].sort(byDocumentOrder).map((d) => d.name);

describe('byDocumentOrder', () => {
  it('orders by printed number as a number, not as text', () => {
    expect(names([{ name: 'c', number: '100' }, { name: 'a', number: '9' }, { name: 'b', number: '10' }])).toEqual(['a', 'b', 'c']);
  });

  it('puts a lettered number after its plain one, and before the next', () => {
    expect(names([{ name: 'x', number: '285' }, { name: 'y', number: '284a' }, { name: 'z', number: '284' }])).toEqual(['z', 'y', 'x']);
  });

  it('orders by volume first (the FRUS file name before _dN), files of no volume last', () => {
    expect(names([
      { name: 'frus1977-80v21_d100', number: '100' },
      { name: 'notes', number: '1' },
      { name: 'frus1955-57v08_d101', number: '101' },
      { name: 'frus1955-57v08_d100', number: '100' },
    ])).toEqual(['frus1955-57v08_d100', 'frus1955-57v08_d101', 'frus1977-80v21_d100', 'notes']);
    expect([volumeOf('frus1955-57v08_d100'), volumeOf('frus1870_d61'), volumeOf('d284'), volumeOf('copy1000')]).toEqual(['frus1955-57v08', 'frus1870', undefined, undefined]);
  });

  it('breaks ties by file name, and puts documents without a number (or a numeral) last', () => {
    expect(
      names([
        { name: 'no-number' },
        { name: 'roman', number: 'IV' },
        { name: 'b', number: '7' },
        { name: 'a', number: '7' },
        { name: 'another' },
      ]),
    ).toEqual(['a', 'b', 'roman', 'another', 'no-number']);
  });
});
