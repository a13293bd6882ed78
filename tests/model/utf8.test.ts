import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/model/utf8.js';

describe('firstInvalidUtf8', () => {
  it.each([
    ['ascii', [0x61, 0x62], 2],
    ['two-byte é', [0xc3, 0xa9, 0x61], 3],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], 4],
    ['overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['truncated sequence', [0x61, 0xe2, 0x80], 1],
    ['lone continuation byte', [0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_, bytes, expected) => {
    const input = Uint8Array.from(bytes);
    expect(firstInvalidUtf8(input, input.length)).toBe(expected);
  });

  it('agrees with the platform decoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let round = 0; round < 2000; round++) {
      const bytes = Uint8Array.from({ length: 1 + (round % 7) }, (_, i) => (round * 37 + i * 101) % 256);
      const valid = firstInvalidUtf8(bytes, bytes.length) === bytes.length;
      let decodes = true;
      try {
        decoder.decode(bytes);
      } catch {
        decodes = false;
      }
      expect(valid, `bytes ${Buffer.from(bytes).toString('hex')}`).toBe(decodes);
    }
  });
});
