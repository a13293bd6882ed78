/**
 * What a build removes from DIR: the outputs of a document that no longer builds or whose input is
 * gone, and index pages past the last. Nothing else in DIR is touched.
 */
import { opendirSync, rmSync } from 'node:fs';
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
  const stale: number[] = [];
  const dir = opendirSync(paths.dir);
  try {
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
      const page = laterIndexPage(entry.name);
      if (page !== undefined && page > last) stale.push(page);
    }
  } finally {
    dir.closeSync();
  }
  for (const page of stale) rmSync(paths.index(page), { force: true });
}
