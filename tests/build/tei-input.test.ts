/**
 * A build from TEI (issue #14: anyone's TEI folder, the FRUS editors' own): each NAME.xml validated
 * as `validate` would and copied unchanged, then the pages, the index by volume, the search and the
 * persons index as for our own TEI. The FRUS editors' TEI comes from ../shared/corpus/dev.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, BuildInputError, type FileReport } from '../../src/build/index.js';
import { goldDir, hasGold } from '../publish/helpers.js';
import { scratch } from './helpers.js';

/** Two volumes; in v08, 97 comes before 100 (numbers compare as numbers). */
const GOLD = ['frus1955-57v02_d69', 'frus1955-57v02_d78', 'frus1955-57v08_d97', 'frus1955-57v08_d100'];

interface Report {
  files: FileReport[];
  summary: { documents: number; ok: number; warnings: number; failed: number };
}

const readReport = (out: string): Report => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
const byName = (report: Report) => Object.fromEntries(report.files.map((f) => [f.name, f]));

function teiFolder(withText = false): string {
  const dir = scratch('tei-in');
  for (const name of GOLD) {
    copyFileSync(join(goldDir, `${name}.xml`), join(dir, `${name}.xml`));
    if (withText) copyFileSync(join(goldDir, `${name}.txt`), join(dir, `${name}.txt`));
  }
  return dir;
}

describe.skipIf(!hasGold)('build a folder of the FRUS editors’ TEI', () => {
  // Made in beforeAll: a describe's body runs even when it is skipped.
  let input: string;
  const out = join(scratch('tei-out'), 'site');
  const read = (file: string) => readFileSync(join(out, file), 'utf8');

  beforeAll(async () => {
    input = teiFolder();
    // Not well-formed: the tag is never closed.
    writeFileSync(join(input, 'broken.xml'), '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n<div n="3"><p>open</div></body></text></TEI>\n');
    await build({ input, out, jobs: 2 });
  });

  it('copies each TEI byte for byte, validated against tei_all (the files name no schema), and makes its pages', () => {
    const files = byName(readReport(out));
    for (const name of GOLD) {
      expect(readFileSync(join(out, `${name}.xml`))).toEqual(readFileSync(join(input, `${name}.xml`)));
      expect(files[name]?.outputs).toEqual([`${name}.xml`, `${name}.html`, `${name}.txt`]);
      expect(files[name]?.timings.encode).toBeUndefined();
      // The editors' files have no teiHeader: tei_all says so, at the input, and the pages are still made.
      expect(files[name]?.diagnostics).toContainEqual(expect.objectContaining({ file: join(input, `${name}.xml`), rule: 'relaxng', severity: 'error' }));
      expect(read(`${name}.html`)).toMatch(/<link rel="stylesheet" href="edition.css"/);
    }
    expect(read('frus1955-57v02_d69.txt')).toContain('Telegram From the Acting Secretary of State');
  });

  it('fails a file that is not well-formed alone, at its position, writing nothing for it', () => {
    const report = readReport(out);
    const broken = byName(report)['broken'];
    expect(broken?.status).toBe('failed');
    expect(broken?.outputs).toEqual([]);
    expect(broken?.diagnostics).toMatchObject([{ rule: 'well-formed', severity: 'error', line: 3 }]);
    expect(existsSync(join(out, 'broken.xml'))).toBe(false);
    expect(report.summary.documents).toBe(5);
  });

  it('orders by volume and number, labels the links with number and heading, lists volumes in the index', () => {
    expect(readReport(out).files.map((f) => f.name)).toEqual([...GOLD, 'broken']);
    expect(read('frus1955-57v02_d69.html')).toContain('<a href="frus1955-57v02_d78.html" rel="next"><span class="nav-says">Next document: </span>78. Telegram From the Acting Secretary of State to the Embassy in the Republic of China</a>');
    expect(read('frus1955-57v08_d97.html')).toMatch(/<a href="frus1955-57v08_d100.html" rel="next">/);
    // Never across volumes.
    expect(read('frus1955-57v02_d78.html')).not.toMatch(/rel="next"/);
    const index = read('index.html');
    const at = (text: string) => index.indexOf(text);
    expect(at('id="volume-frus1955-57v02-heading"')).toBeGreaterThan(-1);
    expect(at('id="volume-frus1955-57v08-heading"')).toBeGreaterThan(at('id="volume-frus1955-57v02-heading"'));
    const hrefs = [...index.matchAll(/href="(frus[^"#]+\.html)"/g)].map((m) => m[1]);
    expect([...new Set(hrefs)]).toEqual(GOLD.map((n) => `${n}.html`));
  });

  it('finds a word of a document in the search, and writes the persons index', () => {
    type Shard = { documents: { href: string }[]; index: Parameters<typeof MiniSearch.loadJS>[0] };
    const window: { teiTelegramSearch?: { options: ConstructorParameters<typeof MiniSearch>[0]; shards: Shard[] } } = {};
    runInNewContext(read('search-index.js'), { window });
    const { options, shards } = window.teiTelegramSearch!;
    expect(shards).toHaveLength(1);
    const data = shards[0]!;
    const search = MiniSearch.loadJS(data.index, options);
    const found = search.search('Goodpaster', { fuzzy: 0, prefix: false }).map((hit) => data.documents[hit.d as number]!.href);
    expect(new Set(found)).toEqual(new Set(['frus1955-57v02_d69.html']));
    const persons = read('persons.html');
    expect(persons).toContain('<dt>Goodpaster</dt>');
    expect(persons).toContain('href="frus1955-57v02_d69.html');
    // A mention inside a note (the source note) still names its person.
    expect(persons).not.toContain('<dt></dt>');
  });

  it('re-run: reuses every copied document', async () => {
    const result = await build({ input, out, jobs: 1 });
    expect(result.timings.reused).toBe(GOLD.length);
  });
});

describe.skipIf(!hasGold)('which files of a folder are built', () => {
  it('a folder with NAME.txt and NAME.xml: its NAME.txt by default, its NAME.xml with from: tei', async () => {
    const input = teiFolder(true);
    const out = scratch('both-out');
    await build({ input, out, jobs: 1 });
    const name = GOLD[0]!;
    expect(byName(readReport(out))[name]?.input).toBe(join(input, `${name}.txt`));
    expect(readFileSync(join(out, `${name}.xml`))).not.toEqual(readFileSync(join(input, `${name}.xml`)));
    // Into the same folder: the TEI is not taken for the encoded one of the same name.
    await build({ input, out, jobs: 1, from: 'tei' });
    expect(byName(readReport(out))[name]?.input).toBe(join(input, `${name}.xml`));
    expect(readReport(out).files).toHaveLength(GOLD.length);
    expect(readFileSync(join(out, `${name}.xml`))).toEqual(readFileSync(join(input, `${name}.xml`)));
  });

  it('a single NAME.xml: copied, its pages made, no index', async () => {
    const out = scratch('tei-single');
    const file = join(goldDir, `${GOLD[2]}.xml`);
    const result = await build({ input: file, out, jobs: 1 });
    expect(result.index).toBeUndefined();
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(readFileSync(join(out, `${GOLD[2]}.xml`))).toEqual(readFileSync(file));
    expect(readFileSync(join(out, `${GOLD[2]}.html`), 'utf8')).toContain('97.');
  });

  it('refuses a folder holding none of the kind asked for, and a file of another kind', async () => {
    const input = scratch('only-tei');
    copyFileSync(join(goldDir, `${GOLD[0]}.xml`), join(input, `${GOLD[0]}.xml`));
    await expect(build({ input, out: scratch('o'), from: 'text' })).rejects.toThrow(/holds no NAME\.txt documents/);
    await expect(build({ input: join(input, `${GOLD[0]}.xml`), out: scratch('o'), from: 'text' })).rejects.toThrow(BuildInputError);
  });
});
