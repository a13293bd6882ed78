import { describe, expect, it } from 'vitest';
import { decodeText, type DecodeTextOptions } from '../../src/model/decode-text.js';
import { PositionedError } from '../../src/model/diagnostic.js';

function refusal(bytes: Uint8Array, options: DecodeTextOptions = {}): PositionedError {
  try {
    decodeText(bytes, 'in.txt', options);
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

describe('decodeText: what is not UTF-8 is named, and --encoding reads it', () => {
  // The seed's words in Windows-1252: ’ is 0x92, – is 0x96 (Node 20's own decoder reads them as C1 controls).
  const windows1252 = Buffer.from([
    ...Buffer.from('284. Telegram\n\nThe Secretary'), 0x92, ...Buffer.from('s talks, December 14'), 0x96, ...Buffer.from('19.\n'),
  ]);

  it('refuses Windows-1252 text, naming the encoding and the option, at the first byte that is not UTF-8', () => {
    const error = refusal(windows1252);
    expect(error.diagnostic).toMatchObject({ file: 'in.txt', line: 3, column: 14, rule: 'input-encoding' });
    expect(error.diagnostic.message).toBe(
      'not UTF-8 (byte 0x92 at offset 28); it decodes as windows-1252: use `--encoding windows-1252` or convert it to UTF-8',
    );
  });

  it('reads Windows-1252 with the encoding given, as the platform should (’ and –, not C1 controls)', () => {
    expect(decodeText(windows1252, 'in.txt', { encoding: 'windows-1252' })).toBe('284. Telegram\n\nThe Secretary’s talks, December 14–19.\n');
    expect(decodeText(windows1252, 'in.txt', { encoding: 'latin1' })).toContain('Secretary’s');
  });

  it('names another legacy encoding by what it is (Cyrillic as windows-1251)', () => {
    const russian = Buffer.from([...Buffer.from('1. '), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x2c, 0x20, 0xf2, 0xee, 0xe2, 0xe0, 0xf0, 0xe8, 0xf9, 0x20, 0xef, 0xee, 0xf1, 0xee, 0xeb, 0x2e, 0x0a]);
    expect(refusal(russian).diagnostic.message).toMatch(/it decodes as windows-1251: use `--encoding windows-1251`/);
    expect(decodeText(russian, 'in.txt', { encoding: 'windows-1251' })).toBe('1. Привет мир, товарищ посол.\n');
  });

  it('names UTF-16 saved without a byte-order mark', () => {
    const error = refusal(Buffer.from('284. Telegram From the Department of State\n', 'utf16le'));
    expect(error.diagnostic.message).toMatch(/^not UTF-8: it is UTF-16 \(little-endian\) without a byte-order mark: use `--encoding utf-16le`/);
    expect(decodeText(Buffer.from('284. Telegram\n', 'utf16le'), 'in.txt', { encoding: 'utf-16le' })).toBe('284. Telegram\n');
  });

  it('says a damaged byte in UTF-8 is one, instead of naming a legacy encoding', () => {
    const error = refusal(Buffer.concat([Buffer.from('Café, naïve\n'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(error.diagnostic).toMatchObject({ line: 2, column: 1 });
    expect(error.diagnostic.message).toMatch(/^not UTF-8: byte 0xe9 at offset 14 is not, though the other characters are/);
  });

  it('refuses control characters, which no TEI can hold, at their position', () => {
    expect(refusal(Buffer.from('one\ntwo\fthree\n')).diagnostic).toMatchObject({ line: 2, column: 4 });
    const error = refusal(Buffer.from('one\ntwo\fthree\n'));
    expect(error.diagnostic.message).toMatch(/^not a text document: byte 0x0c, a control character, at offset 7/);
    expect(() => decodeText('one\u0007', 'in.txt')).toThrow(/control character U\+0007/);
  });

  it('reports bytes that are no character of the encoding given at their position', () => {
    const error = refusal(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63]), { encoding: 'shift_jis' });
    expect(error.diagnostic).toMatchObject({ line: 2, column: 2 });
    expect(error.diagnostic.message).toBe('not shift_jis: these bytes are not a character of it');
  });

  it('refuses XML given as plain text, with the commands that take it', () => {
    for (const xml of ['<?xml version="1.0"?>\n<TEI/>', '\uFEFF<TEI xmlns="http://www.tei-c.org/ns/1.0">', '\n  <!-- a comment -->']) {
      const error = refusal(Buffer.from(xml));
      expect(error.diagnostic.rule).toBe('input-is-xml');
      expect(error.diagnostic.message).toMatch(/`tei-telegram validate`.*`tei-telegram publish`/);
    }
    expect(refusal(Buffer.from('\n\n  <TEI>')).diagnostic).toMatchObject({ line: 3, column: 3 });
    expect(() => decodeText('<TEI>', 'in.txt')).toThrow(/this is XML/);
    expect(decodeText('284. Telegram <sic> from\n', 'in.txt')).toBe('284. Telegram <sic> from\n');
  });
});
