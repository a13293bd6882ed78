/**
 * `tei-telegram build` as users run it (bin/tei-telegram.js on dist/), including a build killed
 * with SIGKILL halfway and run again.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveCopy, ARCHIVE, folderContents, ROOT, runCli, scratch, startCli } from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const lines = (path: string): number => {
  try {
    return readFileSync(path, 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
};

describe('tei-telegram build', () => {
  it('prints its usage with --help', async () => {
    const run = await runCli(['build', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/build \[options\] <in>/);
    expect(run.stdout).toMatch(/--out <dir>[^]*--jobs <n>[^]*--force[^]*--width <n>[^]*--from <kind>[^]*NAME\.xml[^]*Exit codes/);
  });

  it('exits 2 on usage errors: no --out, the output folder being the input folder, a bad --jobs', async () => {
    expect((await runCli(['build', ARCHIVE])).code).toBe(2);
    const same = await runCli(['build', ARCHIVE, '--out', ARCHIVE]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/is the input folder/);
    expect((await runCli(['build', ARCHIVE, '--out', scratch('o'), '--jobs', '0'])).code).toBe(2);
  });

  it('exits 1 when some documents failed, with a summary and their errors on stderr', async () => {
    const out = scratch('cli');
    const run = await runCli(['build', archiveCopy(), '--out', out, '--jobs', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/built 7 documents in [\d.]+ s \([\d.]+\/s, 2 jobs\): \d+ ok, \d+ with warnings, \d+ failed/);
    expect(run.stderr).toMatch(/empty\.txt:1:1: error: .* \[empty-input\]/);
    expect(run.stderr).toMatch(/binary\.txt:1:1: error: not a text document.* \[input-encoding\]/);
    // Not a terminal: plain progress lines, no bar.
    expect(run.stderr).toMatch(/^publish +7\/7 documents/m);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  });

  it('exits 0 when every document is built without errors', async () => {
    const run = await runCli(['build', join(ARCHIVE, 'frus1977-80v26_d284.txt'), '--out', scratch('one')]);
    expect(run.stderr).toMatch(/built 1 document .*: 1 ok, 0 with warnings, 0 failed/);
    expect(run.code).toBe(0);
  });

  it('builds TEI: our own (validated against our profile, exit 0) and --from, refusing a folder without that kind', async () => {
    const out = scratch('cli-tei');
    const tei = join(ROOT, 'tei/frus1977-80v26_d284.xml');
    const run = await runCli(['build', tei, '--out', out]);
    expect(run.stderr).toMatch(/built 1 document .*: 1 ok, 0 with warnings, 0 failed/);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'frus1977-80v26_d284.xml'))).toEqual(readFileSync(tei));
    const none = await runCli(['build', ARCHIVE, '--from', 'tei', '--out', scratch('o')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/holds no NAME\.xml documents/);
    expect((await runCli(['build', ARCHIVE, '--from', 'html', '--out', scratch('o')])).code).toBe(2);
    // The address the folder is published at must be an absolute http(s) URL.
    const relative = await runCli(['build', ARCHIVE, '--base-url', 'frus/', '--out', scratch('o')]);
    expect([relative.code, relative.stderr]).toEqual([2, expect.stringMatching(/not an absolute URL/)]);
    expect((await runCli(['build', ARCHIVE, '--base-url', 'file:///srv/frus/', '--out', scratch('o')])).code).toBe(2);
  });

  // Killed while encoding (journal lines appear) and while publishing (report entries appear).
  it.each([
    ['encoding', (out: string) => lines(join(out, '.tei-telegram/journal.jsonl')) >= 4],
    ['publishing', (out: string) => lines(join(out, 'report.json.part')) >= 9],
  ])('a build killed while %s and run again equals an uninterrupted build', async (_, halfway) => {
    const input = archiveCopy(10);
    const out = join(scratch('kill'), 'site');
    const args = ['build', input, '--out', out, '--jobs', '2'];
    expect((await runCli(args)).code).toBe(1);
    const reference = folderContents(out);
    renameSync(out, `${out}-reference`);

    const { child, done } = startCli(args);
    while (!halfway(out) && child.exitCode === null) await pause(5);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.code, 'killed before it finished').toBeNull();
    expect(existsSync(join(out, 'report.json'))).toBe(false);

    expect((await runCli(args)).code).toBe(1);
    expect(folderContents(out)).toEqual(reference);
    // It went on from where it was killed: the documents encoded before the kill were not encoded again.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { files: { timings: object }[] };
    expect(report.files.filter((f) => !('encode' in f.timings)).length).toBeGreaterThanOrEqual(3);
  });
});
