/**
 * A worker of `validate FILE…` (worker.ts): a task without a file only prepares its validator (the
 * CLI sends one to each worker first, and gives it files once it is ready); a task with a file gives
 * the findings this thread's validator gives, so the output is the same whichever thread checked it.
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
      const checked = await run({ bytes, file: path, options });
      expect(checked).toEqual(here.check(bytes, path));
      findings += checked!.diagnostics.length;
    }
    expect(findings).toBeGreaterThan(0);
  });
});
