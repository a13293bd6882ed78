/**
 * The command-line contract later work and outside checks rely on: commands, outputs and exit codes
 * (0 success, 1 findings, 2 usage or input errors). Runs the built CLI as a user would, on the
 * dist/ the test run's global setup built.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/tei-telegram.js');
const seedText = join(root, 'tei/source/frus1977-80v26_d284.txt');
const seedTei = join(root, 'tei/frus1977-80v26_d284.xml');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tei-telegram-cli-'));
  }, 180_000);

  it('encodes to standard output, or to a file with -o', () => {
    const out = run('encode', seedText);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(readFileSync(seedTei, 'utf8'));
    const file = join(dir, 'd284.xml');
    expect(run('encode', seedText, '-o', file).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
  });

  it('validates: exit 0 when valid, 1 with findings as file:line:col, JSON on request', () => {
    expect(run('validate', seedTei).code).toBe(0);
    const broken = join(dir, 'broken.xml');
    const lines = readFileSync(seedTei, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('xml:id="pg_702"'));
    lines[at] = lines[at]!.replace('pg_702', 'pg_701');
    writeFileSync(broken, lines.join('\n'));
    const text = run('validate', broken);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${broken}:${at + 1}:`);
    expect(text.stdout).toMatch(/: error: .*\[ids-unique\]/);
    const json = run('validate', '--format', 'json', broken);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ file: broken, line: at + 1, severity: 'error', source: 'rules', ruleId: 'ids-unique' }));
  });

  it('publishes both editions', () => {
    const html = join(dir, 'd284.html');
    const txt = join(dir, 'd284.txt');
    expect(run('publish', seedTei, '--html', html, '--text', txt).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('id="pg_701"');
    expect(readFileSync(txt, 'utf8').replace(/\s+/g, ' ').trim()).toBe(readFileSync(seedText, 'utf8').replace(/\s+/g, ' ').trim());
  });

  it('answers --help on every command with exit 0', () => {
    for (const command of [[], ['encode'], ['validate'], ['publish'], ['build']]) {
      const r = run(...command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: tei-telegram');
    }
  });

  it('exits 2 on usage and input errors, with a message that says where', () => {
    expect(run().code).toBe(2);
    expect(run('bogus').code).toBe(2);
    expect(run('encode').code).toBe(2);
    expect(run('publish', seedTei).code).toBe(2);
    const missing = run('encode', join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt:1:1: error: cannot read: no such file [input-unreadable]');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const r = run('encode', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}:1:1: error: the input has no text to encode [empty-input]`);
    expect(run('validate', join(dir, 'nope.xml')).code).toBe(2);
  });
});

/** Issue 15's table, row by row: what a careful user did, and what must happen now. */
describe('nothing lost: bad input, outputs over inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tei-telegram-cli-safe-'));
  });

  const seed = (): string => readFileSync(seedText, 'utf8');
  const windows1252 = (text: string): Buffer => iconv.encode(text, 'windows-1252');

  it('encode copy.txt -o copy.txt: exit 2, and the text is kept, also through a symbolic or a hard link', () => {
    const copy = join(dir, 'copy.txt');
    copyFileSync(seedText, copy);
    symlinkSync(copy, join(dir, 'symbolic.xml'));
    linkSync(copy, join(dir, 'hard.xml'));
    for (const output of [copy, join(dir, 'symbolic.xml'), join(dir, 'hard.xml')]) {
      const r = run('encode', copy, '-o', output);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--output would overwrite the input/);
    }
    expect(readFileSync(copy, 'utf8')).toBe(seed());
  });

  it('publish c.xml --html c.xml: exit 2, and the TEI is kept; so are two editions into one file', () => {
    const tei = join(dir, 'c.xml');
    copyFileSync(seedTei, tei);
    const over = run('publish', tei, '--html', tei);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(`${tei}: --html would overwrite the input; choose another file\n`);
    const both = run('publish', tei, '--html', join(dir, 'c.out'), '--text', join(dir, 'c.out'));
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--html and --text name the same file/);
    expect(readFileSync(tei, 'utf8')).toBe(readFileSync(seedTei, 'utf8'));
    expect(existsSync(join(dir, 'c.out'))).toBe(false);
  });

  it('publish an XML file declared ISO-8859-1: café in both editions, as validate reads it', () => {
    const xml = readFileSync(seedTei, 'utf8')
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('held discussions in Washington', 'held discussions in a café in Washington')
      .replace(/[^\u0000-\u00ff]/g, (c) => `&#${c.codePointAt(0)};`);
    const latin1 = join(dir, 'latin1.xml');
    writeFileSync(latin1, Buffer.from(xml, 'latin1'));
    const [html, text] = [join(dir, 'latin1.html'), join(dir, 'latin1.txt')];
    expect(run('publish', latin1, '--html', html, '--text', text).code).toBe(0);
    expect(readFileSync(text, 'utf8')).toContain('held discussions in a café in Washington');
    expect(readFileSync(html, 'utf8')).toContain('held discussions in a café in Washington');
    expect(run('validate', latin1).code).toBe(0);
  });

  it('encode a document whose heading has no number: the number of a FRUS file name, else exit 1 with the findings', () => {
    const text = seed().replace(/^284\. /, '');
    const named = join(dir, 'frus1977-80v26_d284.txt');
    writeFileSync(named, text);
    const r = run('encode', named);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<div type="document" subtype="telegram" n="284" xml:id="d284">');
    expect(r.stderr).toMatch(/284, from the file name, is used \[heading-without-number\]/);
    const unnamed = join(dir, 'telegram.txt');
    writeFileSync(unnamed, text);
    const out = join(dir, 'telegram.xml');
    const findings = run('encode', unnamed, '-o', out);
    expect(findings.code).toBe(1);
    expect(findings.stderr).toContain(`${out}:`);
    // Reported once, by the layer that explains it best (one finding per fault).
    expect(findings.stderr).toMatch(/\.xml:\d+:\d+: error: .*\[(?:relaxng|json-schema)\]/);
    expect(run('validate', out).code).toBe(1);
  });

  it('encode a TEI .xml by mistake: exit 2, pointing to validate and publish, and no TEI', () => {
    const r = run('encode', seedTei);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${seedTei}:1:1: error: this is XML, not a plain-text document: \`tei-telegram validate\` checks TEI, \`tei-telegram publish\` makes its editions [input-is-xml]\n`);
  });

  it('a Windows-1252 text: named for what it is in encode and build, and read with --encoding', () => {
    const legacy = join(dir, 'legacy');
    mkdirSync(legacy);
    const input = join(legacy, 'frus1977-80v26_d284.txt');
    writeFileSync(input, windows1252(seed()));
    const refused = run('encode', input);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^.*frus1977-80v26_d284\.txt:\d+:\d+: error: not UTF-8 \(byte 0x96 at offset \d+\); it decodes as windows-1252: use `--encoding windows-1252` or convert it to UTF-8 \[input-encoding\]\n$/);
    const encoded = run('encode', input, '--encoding', 'windows-1252');
    expect(encoded.code).toBe(0);
    expect(encoded.stdout).toBe(readFileSync(seedTei, 'utf8'));
    const out = join(dir, 'legacy-out');
    const build = run('build', legacy, '--out', out, '--jobs', '1');
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/it decodes as windows-1252: use `--encoding windows-1252`/);
    expect(build.stderr).not.toMatch(/a binary file/);
    expect(run('build', legacy, '--out', out, '--jobs', '1', '--encoding', 'windows-1252').code).toBe(0);
    expect(readFileSync(join(out, 'frus1977-80v26_d284.xml'), 'utf8')).toBe(readFileSync(seedTei, 'utf8'));
    const unknown = run('encode', input, '--encoding', 'klingon');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown encoding "klingon"/);
  });

  it('issue 10: encode and publish read as build does: UTF-16 with a BOM encodes, Latin-1, UTF-16 without a BOM and binary are refused where they fail', () => {
    // Named as the seed is, so that the volume the file name gives is the committed TEI's too.
    mkdirSync(join(dir, 'utf16'), { recursive: true });
    const utf16 = join(dir, 'utf16', 'frus1977-80v26_d284.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(), 'utf16le')]));
    const encoded = run('encode', utf16);
    expect(encoded.code).toBe(0);
    expect(encoded.stdout).toBe(readFileSync(seedTei, 'utf8'));
    const cases: [string, Buffer, RegExp][] = [
      ['latin1.txt', Buffer.from('284. Telegram From the Embassy in France\n\nLe caf\u00e9.\n', 'latin1'), /latin1\.txt:3:7: error: not UTF-8 .*it decodes as windows-1252/],
      ['utf16-no-bom.txt', Buffer.from(seed(), 'utf16le'), /utf16-no-bom\.txt:1:1: error: not UTF-8: it is UTF-16 \(little-endian\) without a byte-order mark: use `--encoding utf-16le`/],
      ['random.txt', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff]), /random\.txt:1:1: error: not a text document: .* \(a binary file\?\) \[input-encoding\]/],
    ];
    for (const [name, bytes, message] of cases) {
      const input = join(dir, name);
      writeFileSync(input, bytes);
      const r = run('encode', input);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toMatch(message);
    }
    const binaryXml = join(dir, 'random.xml');
    writeFileSync(binaryXml, cases[2]![1]);
    const published = run('publish', binaryXml, '--text', join(dir, 'random.out'));
    expect(published.code).toBe(2);
    expect(published.stderr).toMatch(/random\.xml:1:1: error: .*\[encoding\]/);
  });

  it('a missing output folder is named as such: not the input, not a temporary file', () => {
    const folder = join(dir, 'no-such-folder');
    for (const args of [['encode', seedText, '-o'], ['publish', seedTei, '--text']]) {
      const out = join(folder, 'x.out');
      const r = run(...args, out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${out}: cannot write: the folder ${folder} does not exist\n`);
    }
    expect(readdirSync(dir).filter((f) => /\.\d+$/.test(f))).toEqual([]);
  });

  it('validate: a file that is not well-formed XML is an input error, exit 2, as for every command', () => {
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<TEI><p>x</TEI>');
    const r = run('validate', broken, seedTei);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/broken\.xml:1:15: error: .*\[well-formed\]/);
  });

  it('prints the one exit-code contract in every --help', () => {
    for (const command of [[], ['encode'], ['validate'], ['publish'], ['build']]) {
      const help = run(...command, '--help').stdout;
      expect(help).toContain('Exit codes (the same for every command):\n  0  done, with no errors');
      expect(help).toMatch(/\n  1  findings: .*\n(?:.*\n)*?  2  usage or input errors: /);
    }
  });
});
