import { describe, expect, it } from 'vitest';
import { decodeXml } from '../../src/model/decode-xml.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>café — ’</p></TEI>';

function declared(encoding: string, body = TEI): string {
  return `<?xml version="1.0" encoding="${encoding}"?>\n${body}`;
}

function text(bytes: Uint8Array): string {
  const decoded = decodeXml(bytes, 'in.xml');
  if ('error' in decoded) throw new Error(decoded.error.message);
  return decoded.text;
}

function error(bytes: Uint8Array): Diagnostic {
  const decoded = decodeXml(bytes, 'in.xml');
  if ('text' in decoded) throw new Error('decoded');
  return decoded.error;
}

const bom16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('decodeXml: XML is read as XML says', () => {
  it('decodes what the declaration names: ISO-8859-1, Windows-1252 (’ as ’, on every Node), Shift_JIS', () => {
    expect(text(Buffer.from(declared('ISO-8859-1', '<p>café</p>'), 'latin1'))).toContain('<p>café</p>');
    const cp1252 = Buffer.from([...Buffer.from(declared('windows-1252', '<p>caf')), 0xe9, 0x20, 0x96, 0x20, 0x92, ...Buffer.from('</p>')]);
    expect(text(cp1252)).toContain('<p>café – ’</p>');
    // 日本 in Shift_JIS.
    const sjis = Buffer.from([...Buffer.from(declared('Shift_JIS', '<p>')), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p>')]);
    expect(text(sjis)).toContain('<p>日本</p>');
  });

  it('decodes UTF-16 by its byte-order mark, whose declaration may say UTF-16', () => {
    expect(text(bom16le(declared('UTF-16')))).toContain('café — ’');
    expect(text(bom16le(TEI))).toBe(TEI);
  });

  it('refuses a declaration that contradicts the byte-order mark, at the declaration', () => {
    expect(error(bom16le(declared('UTF-8')))).toMatchObject({
      line: 1, column: 31, rule: 'encoding',
      message: 'the XML declaration says encoding="UTF-8", but the file is UTF-16 (its byte-order mark says so)',
    });
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(declared('ISO-8859-1'), 'latin1')]);
    expect(error(utf8Bom)).toMatchObject({ line: 1, column: 31, message: expect.stringMatching(/begins with a UTF-8 byte-order mark$/) });
    expect(error(Buffer.from(declared('UTF-16')))).toMatchObject({ line: 1, column: 31, message: expect.stringMatching(/no UTF-16 byte order mark$/) });
  });

  it('refuses a single-byte declaration over UTF-8 bytes, at the first character it would misread', () => {
    expect(error(Buffer.from(declared('ISO-8859-1', '<TEI>\n<p>café</p></TEI>')))).toMatchObject({
      line: 3, column: 7,
      message: 'the XML declaration says encoding="ISO-8859-1" (at 1:31), but the file is UTF-8: declare encoding="UTF-8", or none',
    });
  });

  it('names the encoding of a file that is not the UTF-8 it says (or defaults to)', () => {
    const latin = (head: string) => Buffer.from(`${head}<TEI>\n<p>caf\u00e9 \u00e0 la cr\u00e8me</p></TEI>`, 'latin1');
    expect(error(latin(''))).toMatchObject({
      line: 2, column: 7,
      message: 'invalid UTF-8: byte 0xE9 does not start a valid sequence; no XML declaration names an encoding, and the file decodes as windows-1252: declare encoding="windows-1252", or convert the file to UTF-8',
    });
    expect(error(latin('<?xml version="1.0" encoding="utf-8"?>\n')).message).toMatch(/; the XML declaration \(at 1:31\) says UTF-8, and the file decodes as windows-1252/);
  });

  it('refuses bytes that are no character of the declared encoding, where they stand', () => {
    const bad = Buffer.from([...Buffer.from(declared('Shift_JIS', '<TEI>\n<p>ab')), 0xff, ...Buffer.from('</p></TEI>')]);
    expect(error(bad)).toMatchObject({ line: 3, column: 6, message: expect.stringMatching(/says encoding="Shift_JIS" \(at 1:31\), but these bytes are not shift_jis$/) });
  });

  it('refuses an encoding it cannot decode at the declaration, and UTF-16 without a byte-order mark', () => {
    expect(error(Buffer.from(declared('X-NO-SUCH')))).toMatchObject({ line: 1, column: 31, message: 'unsupported encoding "x-no-such" in the XML declaration; use UTF-8' });
    expect(error(Buffer.from(TEI, 'utf16le')).message).toMatch(/^UTF-16 \(utf-16le\) without a byte-order mark/);
  });
});
