/**
 * `validate FILE…` from the command line (the built CLI, as a user runs it): many files over
 * worker threads with the same output whatever the number of workers, the summary, and bad
 * --schema values said for people.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, HAS_SHARED, OUR_OUTPUT, SHARED } from './helpers.js';
import { writeMutations } from './mutate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/tei-telegram.js');

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('tei-telegram validate FILE…', () => {
  let dir: string;
  let files: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tei-telegram-validate-cli-'));
    const mutations = writeMutations(readFileSync(OUR_OUTPUT, 'utf8'));
    files = [OUR_OUTPUT, ...mutations.files.map((f) => f.path)];
    if (HAS_SHARED) {
      const thirdparty = `${SHARED}corpus/thirdparty/`;
      files.push(...readdirSync(thirdparty).filter((f) => f.startsWith('cwrc-')).slice(0, 6).map((f) => thirdparty + f));
    }
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>');
    files.splice(3, 0, broken);
    afterAll(() => rmSync(mutations.dir, { recursive: true, force: true }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the same findings in the same order with 1, 2 or 3 workers (text and JSON), in the order the files were given', () => {
    const one = run('validate', '--jobs', '1', ...files);
    const three = run('validate', '--jobs', '3', ...files);
    // One file is not well-formed: an input error (exit 2), and the others are still validated.
    expect(one.code).toBe(2);
    expect(three).toEqual(one);
    const json = [1, 2].map((jobs) => run('validate', '--format', 'json', '--jobs', String(jobs), ...files).stdout);
    expect(json[1]).toBe(json[0]);
    const order = [...new Set((JSON.parse(json[0]!) as { file: string }[]).map((d) => d.file))];
    expect(order.length).toBeGreaterThan(3);
    expect(order).toEqual(files.filter((f) => order.includes(f)));
    const printed = [...new Set(one.stdout.split('\n').map((l) => /^(\/.*?\.xml):\d+:\d+: /.exec(l)?.[1]).filter((f) => f !== undefined))];
    expect(printed).toEqual(order);
  });

  it('sums up how many files were validated and against which schemas', () => {
    const out = run('validate', '--jobs', '2', ...files).stdout.trimEnd().split('\n').at(-1)!;
    const against = HAS_SHARED ? 'tei-telegram: \\d+, tei_all: \\d+|tei_all: \\d+, tei-telegram: \\d+' : 'tei-telegram';
    expect(out).toMatch(new RegExp(`^✖ \\d+ errors?, \\d+ warnings? in \\d+ of ${files.length} files against (${against})`));
    expect(run('validate', OUR_OUTPUT).stdout).toBe('✔ no problems in 1 file against tei-telegram\n');
  });

  it('a misspelt schema name, or a Schematron given as the schema: exit 2 and what to do', () => {
    const typo = run('validate', '--schema', 'tei-all', OUR_OUTPUT);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^unknown schema "tei-all": did you mean tei_all\?/);
    expect(typo.stderr).not.toMatch(/ENOENT|\/schemas\//);
    const sch = `${FIXTURES}frus-rules.sch`;
    const wrong = run('validate', '--schema', sch, OUR_OUTPUT);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`${sch} is an ISO Schematron schema, not RelaxNG: pass it with --schematron ${sch}\n`);
  });
});
