/**
 * Trust, measured: our verdicts against tei_all equal jing's on real FRUS files, other projects'
 * TEI and mutated copies of our own output; first error lines agree; on the 3.2 MB Don Quijote the
 * lines with errors are jing's, all of them.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { HAS_JING, HAS_SHARED, OUR_OUTPUT, SHARED, TEI_ALL_REFERENCE, jing, missingForJing, notice, validator } from './helpers.js';
import { writeMutations } from './mutate.js';

const runnable = HAS_JING && HAS_SHARED;
if (!runnable) notice(`${missingForJing()} missing: agreement with jing not measured`);

interface Verdict {
  valid: boolean;
  firstLine: number | undefined;
  lines: Set<number>;
}

/** jing's verdict per file: its first reported error (document order), and all error lines. */
function jingVerdicts(files: string[]): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>(files.map((f) => [f, { valid: true, firstLine: undefined, lines: new Set() }]));
  for (const line of jing(TEI_ALL_REFERENCE, files)) {
    const m = /^(.*?):(\d+):\d+: (?:error|fatal): (.*)$/.exec(line);
    if (!m) continue;
    const verdict = verdicts.get(m[1]!)!;
    const n = Number(m[2]);
    verdict.lines.add(n);
    // jing prints "first occurrence of ID" after the duplicate: it is context, not the first error.
    if (verdict.valid && !m[3]!.startsWith('first occurrence')) verdict.firstLine = n;
    verdict.valid = false;
  }
  return verdicts;
}

function ourVerdict(found: Diagnostic[]): Verdict {
  const errors = found.filter((d) => d.severity === 'error');
  return { valid: errors.length === 0, firstLine: errors[0]?.line, lines: new Set(errors.map((d) => d.line)) };
}

async function compare(files: string[]): Promise<{ file: string; ours: Verdict; theirs: Verdict }[]> {
  const v = await validator({ schema: 'tei_all' });
  const theirs = jingVerdicts(files);
  return files.map((file) => ({ file, ours: ourVerdict(v.validate(readFileSync(file), file)), theirs: theirs.get(file)! }));
}

function summary(rows: { file: string; ours: Verdict; theirs: Verdict }[]) {
  return rows.map((r) => ({ file: r.file.split('/').pop(), valid: r.ours.valid, firstLine: r.ours.firstLine }));
}
function expected(rows: { file: string; ours: Verdict; theirs: Verdict }[]) {
  return rows.map((r) => ({ file: r.file.split('/').pop(), valid: r.theirs.valid, firstLine: r.theirs.firstLine }));
}

describe.skipIf(!runnable)('agreement with jing against tei_all', () => {
  it('on the dev corpus (FRUS editors\' TEI): same verdict and first error line', async () => {
    const dir = `${SHARED}corpus/dev/`;
    const rows = await compare(readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => dir + f));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(summary(rows)).toEqual(expected(rows));
  });

  it('on other projects\' TEI (CWRC, QuiXoTEI): same verdict and first error line; the Quijote\'s error lines are jing\'s', async () => {
    const dir = `${SHARED}corpus/thirdparty/`;
    const rows = await compare(readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => dir + f));
    expect(rows.length).toBeGreaterThanOrEqual(34);
    expect(rows.some((r) => r.theirs.valid) && rows.some((r) => !r.theirs.valid)).toBe(true);
    expect(summary(rows)).toEqual(expected(rows));
    const quijote = rows.find((r) => r.file.endsWith('quixotei.xml'))!;
    expect(quijote.theirs.lines.size).toBeGreaterThan(300);
    expect([...quijote.ours.lines].sort((a, b) => a - b)).toEqual([...quijote.theirs.lines].sort((a, b) => a - b));
  });

  describe('on mutated copies of our output', () => {
    const { dir, files } = writeMutations(readFileSync(OUR_OUTPUT, 'utf8'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('jing judges each mutation as intended (the mutations are meaningful)', () => {
      const theirs = jingVerdicts(files.map((f) => f.path));
      expect(files.map((f) => [f.mutation.name, theirs.get(f.path)!.valid])).toEqual(
        files.map((f) => [f.mutation.name, f.mutation.staysValid]),
      );
    });

    it('our verdict and first error line equal jing\'s for every mutation', async () => {
      const rows = await compare(files.map((f) => f.path));
      expect(summary(rows)).toEqual(expected(rows));
    });

    it('our profile rejects every mutation jing rejects against tei_all', async () => {
      const v = await validator();
      for (const { mutation, path } of files) {
        const errors = v.validate(readFileSync(path), path).filter((d) => d.severity === 'error');
        expect([mutation.name, errors.length > 0]).toEqual([mutation.name, !mutation.staysValid]);
      }
    });
  });
});
