/**
 * What a build removes from DIR: the outputs of a document that no longer builds or whose input is
 * gone, and index pages past the last. Nothing else in DIR is touched.
 */
import { opendirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from './inputs.js';
import { laterIndexPage, type Layout } from './layout.js';
import type { Manifest } from './manifest.js';

/** `search`: the document's search record, kept with the build's state (site-index.ts). */
type OutputKind = 'xml' | 'html' | 'text' | 'search';

export function removeOutputs(paths: Layout, name: string, kinds: readonly OutputKind[]): void {
  for (const kind of kinds) rmSync(paths[kind](name), { force: true });
}

/**
 * Documents in the manifest that are not among the inputs: when DIR was built from this same
 * input, their input is gone and so are their outputs; otherwise DIR held another input's
 * outputs, which are left alone but no longer tracked.
 */
export function forgetOthers(manifest: Manifest, files: readonly InputFile[], sameInput: boolean, paths: Layout): void {
  const current = new Set(files.map((f) => f.name));
  for (const name of [...manifest.names()]) {
    if (current.has(name)) continue;
    if (sameInput) removeOutputs(paths, name, ['xml', 'html', 'text']);
    removeOutputs(paths, name, ['search']);
    manifest.delete(name);
  }
}

/** Removes the index pages after page `last` (index-N.html, N > last) from DIR. */
export function removeIndexPagesAfter(paths: Layout, last: number): void {
  removeNumberedAfter(paths, laterIndexPage, last);
}

/**
 * Removes from DIR the files of a numbered series (index pages, search shards) after number `last`:
 * `numberOf` gives a file's number in the series, if it belongs to it. DIR is read, not a record of
 * what an earlier build made, which a forced build no longer has.
 */
export function removeNumberedAfter(paths: Layout, numberOf: (file: string) => number | undefined, last: number): void {
  const stale: string[] = [];
  const dir = opendirSync(paths.dir);
  try {
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
      const n = numberOf(entry.name);
      if (n !== undefined && n > last) stale.push(entry.name);
    }
  } finally {
    dir.closeSync();
  }
  for (const file of stale) rmSync(join(paths.dir, file), { force: true });
}
