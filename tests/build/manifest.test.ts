import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/build/layout.js';
import { Manifest } from '../../src/build/manifest.js';
import { scratch } from './helpers.js';

function fresh() {
  const paths = layout(scratch('manifest'));
  mkdirSync(paths.tmpDir, { recursive: true });
  return paths;
}

const facts = { number: '1', heading: 'Telegram' };

describe('Manifest', () => {
  it('keeps what a killed build journaled, skipping the torn last line', () => {
    const paths = fresh();
    const first = Manifest.load(paths);
    first.record('a', 'source', { key: 'ka', data: { number: '1' }, diagnostics: [] });
    first.record('a', 'page', { key: 'pa', data: { facts }, diagnostics: [] });
    first.record('b', 'source', { key: 'kb', data: {}, diagnostics: [] });
    appendFileSync(paths.journal, '{"name":"c","source":{"key":'); // the line being written at the kill
    expect(existsSync(paths.manifest)).toBe(false);

    const again = Manifest.load(paths);
    expect(again.get('a')).toEqual({ source: { key: 'ka', data: { number: '1' }, diagnostics: [] }, page: { key: 'pa', data: { facts }, diagnostics: [] } });
    expect(again.get('b')?.page).toBeUndefined();
    expect(again.get('c')).toBeUndefined();
  });

  it('forgets a page when its source is redone, and saves entries by name, dropping the journal', () => {
    const paths = fresh();
    const manifest = Manifest.load(paths);
    manifest.record('b', 'source', { key: 'k1', data: {}, diagnostics: [] });
    manifest.record('b', 'page', { key: 'p1', data: { facts }, diagnostics: [] });
    manifest.record('a', 'source', { key: 'k2', data: {}, diagnostics: [] });
    manifest.record('b', 'source', { key: 'k3', data: { title: 'T' }, diagnostics: [] });
    manifest.site = { 'edition.css': 'css-key', 'index.html': 'index-key' };
    manifest.save('/in');
    expect(existsSync(paths.journal)).toBe(false);
    expect(readFileSync(paths.manifest, 'utf8').trim().split('\n')).toEqual([
      '{"format":3,"input":"/in","site":{"edition.css":"css-key","index.html":"index-key"}}',
      '{"name":"a","source":{"key":"k2","data":{},"diagnostics":[]}}',
      '{"name":"b","source":{"key":"k3","data":{"title":"T"},"diagnostics":[]}}',
    ]);
    const loaded = Manifest.load(paths);
    expect(loaded.input).toBe('/in');
    expect(loaded.site).toEqual({ 'edition.css': 'css-key', 'index.html': 'index-key' });
    expect([...loaded.names()]).toEqual(['a', 'b']);
  });

  it('reads nothing from a manifest of another format', () => {
    const paths = fresh();
    appendFileSync(paths.manifest, '{"format":99}\n{"name":"a","source":{"key":"k","diagnostics":[]}}\n');
    expect([...Manifest.load(paths).names()]).toEqual([]);
  });
});
