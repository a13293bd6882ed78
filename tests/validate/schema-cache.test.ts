import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator } from '../../src/validate/index.js';
import { cacheKey, compileSchema, loadGrammar } from '../../src/validate/schema-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RNG = (extra: string) => `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="doc"><attribute name="when"><data type="date"/></attribute>${extra}<include-me/></element></start>
</grammar>`;

describe('prepared schemas are cached on disk, keyed by content and engine', () => {
  it('prepares a user schema once, then reads the prepared form', async () => {
    const schema = join(dir, 'custom.rng');
    writeFileSync(schema, RNG('<text/>').replace('<include-me/>', ''));
    const cache = join(dir, 'cache');
    await loadGrammar(schema, { cacheDirs: [cache] });
    expect(readdirSync(cache)).toEqual([cacheKey(RNG('<text/>').replace('<include-me/>', ''))]);
    const v = await createValidator({ schema, cacheDirs: [cache] });
    expect(v.profile).toBe(false);
    expect(v.validate('<doc when="1977-12-30">x</doc>', 'ok.xml')).toEqual([]);
    const found = v.validate('<doc when="soon">x</doc>', 'bad.xml');
    // One fault, one finding: the schema's error; our date rule (a warning under another schema) adds nothing.
    expect(found.map((d) => [d.line, d.column, d.rule, d.severity])).toEqual([[1, 18, 'relaxng', 'error']]);
  });

  it('loads a prepared grammar once per process: a second validator shares it', async () => {
    const schema = join(dir, 'shared.rng');
    writeFileSync(schema, RNG('<text/>').replace('<include-me/>', '').replace('doc', 'shared'));
    const cache = join(dir, 'cache5');
    const first = await loadGrammar(schema, { cacheDirs: [cache] });
    rmSync(cache, { recursive: true });
    expect(await loadGrammar(schema, { cacheDirs: [cache] })).toBe(first);
  });

  it('prepares again an entry of an older form (salve\'s own JSON form, before grammars were shared)', async () => {
    const schema = join(dir, 'old-form.rng');
    writeFileSync(schema, RNG('<text/>').replace('<include-me/>', '').replace('doc', 'old'));
    const cache = join(dir, 'cache6');
    const path = await compileSchema(schema, cache);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { grammar: unknown };
    writeFileSync(path, JSON.stringify({ ...entry, grammar: { v: 3, o: 1, d: [15] } }));
    const v = await createValidator({ schema, cacheDirs: [cache] });
    expect(v.validate('<old when="soon">x</old>', 'x.xml').map((d) => d.rule)).toEqual(['relaxng']);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { grammar: { format?: string } }).grammar.format).toBe('shared-1');
  });

  it('gives a changed schema a new entry', async () => {
    const schema = join(dir, 'changing.rng');
    const cache = join(dir, 'cache2');
    writeFileSync(schema, RNG('<text/>').replace('<include-me/>', ''));
    await compileSchema(schema, cache);
    writeFileSync(schema, RNG('<empty/>').replace('<include-me/>', ''));
    const v = await createValidator({ schema, cacheDirs: [cache] });
    expect(readdirSync(cache)).toHaveLength(2);
    expect(v.validate('<doc when="1977-12-30">x</doc>', 'x.xml').map((d) => d.message)).toEqual(['text not allowed here']);
  });

  it('follows includes (a customisation of a shipped schema), and an edited include invalidates the entry', async () => {
    const base = join(dir, 'base.rng');
    const custom = join(dir, 'custom.rng');
    const cache = join(dir, 'cache4');
    writeFileSync(base, RNG('<text/>').replace('<include-me/>', ''));
    writeFileSync(custom, `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="base.rng"/></grammar>`);
    const before = await createValidator({ schema: custom, cacheDirs: [cache] });
    expect(before.validate('<doc when="1977-12-30">x</doc>', 'x.xml')).toEqual([]);
    writeFileSync(base, RNG('<empty/>').replace('<include-me/>', ''));
    const after = await createValidator({ schema: custom, cacheDirs: [cache] });
    expect(after.validate('<doc when="1977-12-30">x</doc>', 'x.xml').map((d) => d.rule)).toEqual(['relaxng']);
  });

  it('never fetches: a schema including an http: URL is refused', async () => {
    const schema = join(dir, 'remote.rng');
    writeFileSync(schema, `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="http://example.org/x.rng"/><start><element name="a"><empty/></element></start></grammar>`);
    await expect(loadGrammar(schema, { cacheDirs: [join(dir, 'cache3')] })).rejects.toThrow(/not a local file; no network access/);
  });
});
