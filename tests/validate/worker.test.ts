/**
 * A worker of `validate FILE…` (worker.ts): a task without a file only prepares its validator (the
 * CLI sends one to each worker first, and gives it files once it is ready); a task with a file reads
 * it and gives the findings this thread's validator gives, so the output is the same whichever
 * thread checked it; a file it cannot read comes back as the diagnostic this thread would print.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import run from '../../src/validate/worker.js';
import { PRECOMPILED_DIR } from '../../src/validate/schema-cache.js';
import { OUR_OUTPUT, validator } from './helpers.js';
import { writeMutations } from './mutate.js';

describe('a validate worker', () => {
  const options = { schema: 'auto', cacheDirs: [PRECOMPILED_DIR] };
  const { dir, files } = writeMutations(readFileSync(OUR_OUTPUT, 'utf8'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prepares without a file, then checks files as this thread does', async () => {
    expect(await run({ options })).toBeUndefined();
    const here = await validator(options);
    let findings = 0;
    for (const path of [OUR_OUTPUT, ...files.map((f) => f.path)]) {
      const bytes = readFileSync(path);
      const result = await run({ file: path, options });
      expect(result).toEqual({ checked: here.check(bytes, path) });
      findings += result && 'checked' in result ? result.checked.diagnostics.length : 0;
    }
    expect(findings).toBeGreaterThan(0);
  });

  it('gives back why a file cannot be read, positioned', async () => {
    const missing = `${dir}/missing.xml`;
    expect(await run({ file: missing, options })).toEqual({
      unreadable: expect.objectContaining({ file: missing, line: 1, column: 1, severity: 'error', rule: 'input-unreadable' }),
    });
  });
});
