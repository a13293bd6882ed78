import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPublish, type PageTask, type Stages } from '../../src/build/tasks.js';
import { encode } from '../../src/encode/index.js';
import { createPublisher } from '../../src/publish/index.js';
import { editionOf } from '../publish/edition.js';
import { createValidator } from '../../src/validate/index.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-tasks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stages: Stages = { encode, validator: await createValidator(), publisher: createPublisher() };
const seed = readFileSync(join(ROOT, 'tei/frus1977-80v26_d284.xml'), 'utf8');

function page(name: string, tei?: string): PageTask {
  const xmlPath = join(dir, `${name}.xml`);
  if (tei !== undefined) writeFileSync(xmlPath, tei);
  return { xmlPath, xmlLabel: `out/${name}.xml`, htmlPath: join(dir, `${name}.html`), textPath: join(dir, `${name}.txt`), searchPath: join(dir, `${name}.search.json`) };
}

describe('runPublish: the pages of a batch', () => {
  it('fails an unreadable or unpublishable document alone and writes the pages of the others', () => {
    const pages = [page('a', seed), page('gone'), page('not-tei', '<doc/>'), page('b', seed)];
    const results = runPublish({ kind: 'publish', pages, tmpDir: dir, stylesheetHref: 'edition.css' }, stages);
    expect(results.map((r) => r.diagnostics.map((d) => `${d.file} ${d.rule}`))).toEqual([
      [], ['out/gone.xml internal-error'], ['out/not-tei.xml publish-transform'], [],
    ]);
    expect(results.map((r) => r.facts?.number)).toEqual(['284', undefined, undefined, '284']);
    expect(['a', 'b'].every((n) => existsSync(join(dir, `${n}.html`)) && existsSync(join(dir, `${n}.txt`)))).toBe(true);
    expect(['gone', 'not-tei'].some((n) => existsSync(join(dir, `${n}.html`)) || existsSync(join(dir, `${n}.txt`)))).toBe(false);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(editionOf(stages.publisher, seed).text);
    // Each published page's search units, read from the page just written.
    expect(JSON.parse(readFileSync(join(dir, 'a.search.json'), 'utf8'))).toContainEqual({ anchor: 'p4', kind: 'paragraph', text: expect.stringMatching(/^For capitals:/) });
    expect(existsSync(join(dir, 'gone.search.json')) || existsSync(join(dir, 'not-tei.search.json'))).toBe(false);
    for (const r of results) expect(r.timings.publish).toBeGreaterThan(0);
  });
});
