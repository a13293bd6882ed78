import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/build/decode-text.js';
import { PositionedError } from '../../src/model/diagnostic.js';

function refusal(bytes: Uint8Array): PositionedError {
  try {
    decodeText(bytes, 'in.txt');
  } catch (error) {
    if (error instanceof PositionedError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('decodeText', () => {
  it('decodes UTF-8, keeping a byte-order mark for the encoder to handle', () => {
    expect(decodeText(Buffer.from('\uFEFF284. Telegram — “x”\n'), 'in.txt')).toBe('\uFEFF284. Telegram — “x”\n');
  });

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    const text = '284. Telegram — x\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le, 'in.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'in.txt')).toBe(text);
  });

  it('refuses a binary file at its first NUL byte, positioned', () => {
    const error = refusal(Buffer.from('line one\nab\0cd'));
    expect(error.diagnostic).toMatchObject({ file: 'in.txt', line: 2, column: 3, severity: 'error', rule: 'input-encoding' });
    expect(error.diagnostic.message).toMatch(/NUL byte at offset 11/);
  });

  it('refuses bytes that are not UTF-8 (Latin-1), at the first bad byte', () => {
    const error = refusal(Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x74, 0xe9]));
    expect(error.diagnostic).toMatchObject({ line: 2, column: 2 });
    expect(error.diagnostic.message).toMatch(/byte 0xe9/);
  });

  it('counts columns on the first line from after a UTF-8 byte-order mark, as editors show them', () => {
    const error = refusal(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xe9]));
    expect(error.diagnostic).toMatchObject({ line: 1, column: 3 });
  });
});
