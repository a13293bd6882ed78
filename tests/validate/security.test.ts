import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEI, validator } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-security-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findings(source: string | Uint8Array) {
  return (await validator({ schema: 'tei_all' })).validate(source, 'untrusted.xml');
}

describe('untrusted input gets one clear error', () => {
  it('never resolves an external entity (no file read)', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CONTENT');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<TEI ${TEI}><text><body><p>&xxe;</p></body></text></TEI>`;
    const found = await findings(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 1, severity: 'error', rule: 'well-formed' });
    expect(found[0]!.message).toMatch(/entities are never expanded/);
    expect(JSON.stringify(found)).not.toContain('TOP-SECRET');
  });

  it('fails fast on "billion laughs" with bounded memory', async () => {
    const levels = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const xml = `<!DOCTYPE lolz [${levels}]><lolz>&lol9;</lolz>`;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const found = await findings(xml);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/DOCTYPE declares entities/);
  });

  it('refuses a 200 MB file before reading it into a tree', async () => {
    const big = join(dir, 'big.xml');
    const fd = openSync(big, 'w');
    const chunk = Buffer.from(`<p>${'x'.repeat(1024 * 1024 - 7)}</p>`);
    writeSync(fd, `<TEI ${TEI}><text><body>`);
    for (let i = 0; i < 200; i++) writeSync(fd, chunk);
    writeSync(fd, '</body></text></TEI>');
    closeSync(fd);
    const found = await findings(readFileSync(big));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^file too large: 200\.0 MB exceeds the limit of 64\.0 MB$/);
  });

  it('reports a binary file once', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const found = await findings(bytes);
    expect(found).toEqual([expect.objectContaining({ line: 1, column: 1, rule: 'encoding' })]);
    expect(found[0]!.message).toMatch(/^binary file/);
  });

  it('reports an empty file once', async () => {
    for (const empty of [new Uint8Array(0), '', '  \n']) {
      const found = await findings(empty);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toBe('empty document: expected an XML document');
    }
  });

  it('reports invalid UTF-8 at its line and column', async () => {
    const head = Buffer.from(`<TEI ${TEI}>\n<p>café `);
    const bytes = Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('</p></TEI>')]);
    const found = await findings(bytes);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 9, rule: 'encoding' });
    expect(found[0]!.message).toBe('invalid UTF-8: byte 0xC3 does not start a valid sequence');
  });

  it('reports a control character at its position', async () => {
    const found = await findings(`<TEI ${TEI}>\n  <p>a\u0007b</p></TEI>`);
    expect(found).toEqual([expect.objectContaining({ line: 2, column: 7, rule: 'encoding', message: 'control character U+0007 is not allowed in XML 1.0' })]);
  });

  it('accepts a UTF-8 BOM and decodes UTF-16 with a BOM', async () => {
    const xml = `<TEI ${TEI}><teiHeader/></TEI>`;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]);
    expect((await findings(bom)).filter((d) => d.rule !== 'relaxng')).toEqual([]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect((await findings(utf16)).filter((d) => d.rule !== 'relaxng')).toEqual([]);
  });

  it('reports the first well-formedness error at the parser position and stops', async () => {
    const found = await findings(`<TEI ${TEI}>\n<p>one</q>\n<p>two</TEI>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, rule: 'well-formed' });
    expect(found[0]!.message).toMatch(/unexpected close tag/);
  });
});

describe('declared encodings', () => {
  it('decodes a declared single-byte encoding and refuses one it cannot decode', async () => {
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<TEI ${TEI}><p>caf\u00e9</p></TEI>`, 'latin1');
    expect((await findings(latin1)).filter((d) => d.rule === 'encoding' || d.rule === 'well-formed')).toEqual([]);
    const unknown = Buffer.from(`<?xml version="1.0" encoding="X-NO-SUCH"?>\n<TEI ${TEI}/>`);
    expect((await findings(unknown)).map((d) => d.message)).toEqual(['unsupported encoding "x-no-such" in the XML declaration; use UTF-8']);
  });
});
