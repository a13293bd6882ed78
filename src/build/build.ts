/**
 * Builds an archive: every `NAME.txt` of IN to `NAME.xml` (TEI), or every `NAME.xml` (anyone's
 * TEI) validated and copied to `NAME.xml`, then `NAME.html` and `NAME.txt` (editions) in DIR, with `report.json`, `edition.css` and, for a folder, the index pages
 * (`index.html`, then `index-2.html`, … for more than INDEX_PAGE_SIZE documents).
 *
 * The work runs on a pool of worker threads in two passes over the documents, because each page
 * links to its neighbours in document order, which is known only when every document has been
 * read: (1) encode and validate (source-pass.ts), (2) publish (page-pass.ts), between them the
 * document order and the links (navigation.ts), after them the folder's own pages (site.ts). Each
 * document is one record (document.ts) that the passes add to. This thread only schedules, keeps
 * the records, and writes the report, manifest and journal. A re-run reuses every output whose
 * inputs (content hashes, see reuse.ts) have not changed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { resetTmpDir } from './atomic.js';
import { forgetOthers } from './cleanup.js';
import type { BuildContext } from './context.js';
import { listInputs } from './inputs.js';
import { acquireLock } from './lock.js';
import { INDEX_PAGE_SIZE, layout } from './layout.js';
import { Manifest } from './manifest.js';
import { inDocumentOrder, navigation } from './navigation.js';
import type { BuildOptions, BuildResult } from './options.js';
import { publishAll } from './page-pass.js';
import { createPool, defaultJobs } from './pool.js';
import { ReportWriter, type RunTimings } from './report.js';
import { buildToolKey } from './reuse.js';
import { indexPages, writeSite } from './site.js';
import { encodeAll } from './source-pass.js';

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const inputs = listInputs(options.input, options.out, options.from);
  const folder = inputs.kind === 'folder';
  const paths = layout(options.out);
  mkdirSync(paths.searchDir, { recursive: true });
  const unlock = acquireLock(paths.lock);
  // No more workers than documents: each costs about a second to start.
  const jobs = Math.min(options.jobs ?? defaultJobs(), inputs.files.length);
  const pool = createPool(jobs, { lists: options.lists, out: options.out, width: options.width });
  let report: ReportWriter | undefined;
  try {
    resetTmpDir(paths.tmpDir);
    report = new ReportWriter(paths, { input: options.input, out: options.out });
    if (options.force) rmSync(paths.journal, { force: true });
    const context: BuildContext = {
      options,
      paths,
      manifest: options.force ? Manifest.empty(paths) : Manifest.load(paths),
      run: (task) => pool.run(task),
      tool: buildToolKey(options.lists),
      emit: options.onEvent ?? (() => {}),
      limit: jobs * 4,
    };
    const { manifest } = context;
    const inputKey = resolve(options.input);
    const docs = await encodeAll(inputs.files, context);
    const ordered = inDocumentOrder(docs);
    const links = navigation(ordered, folder, options.indexPageSize ?? INDEX_PAGE_SIZE);
    const published = options.signal?.aborted ? undefined : await publishAll(ordered, links, report, context);
    if (!published) {
      manifest.save(manifest.input ?? inputKey);
      report.abandon();
      const timings = { elapsed: performance.now() - started, reused: 0, jobs };
      return { counts: { documents: 0, ok: 0, warnings: 0, failed: 0 }, timings, report: paths.report, site: [], interrupted: true };
    }
    const site = await writeSite(folder ? indexPages(published.listed, links) : undefined, context);
    forgetOthers(manifest, inputs.files, manifest.input === inputKey, paths);
    manifest.save(inputKey);
    const timings: RunTimings = { elapsed: performance.now() - started, reused: published.reused, jobs };
    report.finish(published.counts, timings);
    return { counts: published.counts, timings, report: paths.report, index: folder ? paths.index(1) : undefined, site, interrupted: false };
  } catch (error) {
    report?.abandon();
    throw error;
  } finally {
    await pool.close();
    unlock();
  }
}
