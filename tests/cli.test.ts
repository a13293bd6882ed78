/**
 * The command-line contract later work and outside checks rely on: commands, outputs and exit codes
 * (0 success, 1 validation errors, 2 usage or input errors). Runs the built CLI as a user would,
 * on the dist/ the test run's global setup built.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  });

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
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ file: broken, line: at + 1, severity: 'error', rule: 'ids-unique' }));
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
    expect(missing.stderr).toContain('nope.txt: cannot read: no such file');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const r = run('encode', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}:1:1: error: the input has no text to encode [empty-input]`);
    expect(run('validate', join(dir, 'nope.xml')).code).toBe(2);
  });
});
