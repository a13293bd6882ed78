import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../src/build/layout.js';
import { runPublish, type PageTask, type WorkerContext } from '../../src/build/tasks.js';
import { encode } from '../../src/encode/index.js';
import { createPublisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { createValidator } from '../../src/validate/index.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-tasks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const worker: WorkerContext = { encode, validator: await createValidator(), publisher: createPublisher(), paths: layout(dir) };
mkdirSync(worker.paths.tmpDir, { recursive: true });
mkdirSync(worker.paths.searchDir, { recursive: true });
const seed = readFileSync(join(ROOT, 'tei/frus1977-80v26_d284.xml'), 'utf8');

function page(name: string, tei?: string): PageTask {
  if (tei !== undefined) writeFileSync(join(dir, `${name}.xml`), tei);
  return { name, xmlLabel: `out/${name}.xml`, links: {} };
}

describe('runPublish: the pages of a batch', () => {
  it('fails an unreadable or unpublishable document alone and writes the pages of the others', () => {
    const pages = [page('a', seed), page('gone'), page('not-tei', '<doc/>'), page('b', seed)];
    const results = runPublish({ kind: 'publish', pages }, worker);
    expect(results.map((r) => r.diagnostics.map((d) => `${d.file} ${d.rule}`))).toEqual([
      [], ['out/gone.xml internal-error'], ['out/not-tei.xml publish-transform'], [],
    ]);
    expect(results.map((r) => r.data.facts?.number)).toEqual(['284', undefined, undefined, '284']);
    expect(results.map((r) => r.written)).toEqual([true, false, false, true]);
    expect(['a', 'b'].every((n) => existsSync(join(dir, `${n}.html`)) && existsSync(join(dir, `${n}.txt`)))).toBe(true);
    expect(['gone', 'not-tei'].some((n) => existsSync(join(dir, `${n}.html`)) || existsSync(join(dir, `${n}.txt`)))).toBe(false);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(editionOf(worker.publisher, seed).text);
    // Each published page's search units, read from the page just written.
    expect(JSON.parse(readFileSync(worker.paths.search('a'), 'utf8'))).toContainEqual({ anchor: 'p4', kind: 'paragraph', text: expect.stringMatching(/^For capitals:/) });
    expect(existsSync(worker.paths.search('gone')) || existsSync(worker.paths.search('not-tei'))).toBe(false);
    for (const r of results) expect(r.timings.publish).toBeGreaterThan(0);
  });
});
