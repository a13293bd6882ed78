/**
 * Pass 2, in document order: the editions of every encoded document (NAME.html, NAME.txt), linked
 * to its neighbours, or its pages reused when their key is unchanged; then each document's entry
 * in the report. A few consecutive documents make one task, whose pages share one transform.
 */
import { removeOutputs } from './cleanup.js';
import type { BuildContext } from './context.js';
import { addOutcome, failedOutcome, reportEntry, reuse, whollyReused, type DocumentRecord, type StageOutcome } from './document.js';
import { batches, runBatch } from './batch.js';
import { pageUrl } from './layout.js';
import type { Navigation } from './navigation.js';
import { runOrdered } from './ordered.js';
import type { BuildCounts, ReportWriter } from './report.js';
import { pageKey, reusablePage } from './reuse.js';
import type { Listed } from './site.js';
import { crash, type PageTask } from './tasks.js';

/**
 * The most documents one publish task makes pages for. saxon-js prepares the stylesheet afresh for
 * every transform (some 5 to 13 ms: it walks the whole compiled stylesheet), which 8 a transform
 * still paid at about 1.6 ms a document; 32 pay 0.4, and an interrupted build loses no more than the
 * batches in flight. The benches time the editions in batches of this size.
 */
export const PUBLISH_BATCH = 32;

export interface PagePass {
  counts: BuildCounts;
  /** Documents whose every output was reused. */
  reused: number;
  /** The documents whose pages were written, in document order: what the index lists. */
  listed: Listed[];
}

/** Undefined when the build was stopped. */
export async function publishAll(
  ordered: readonly DocumentRecord[],
  navigation: Navigation,
  report: ReportWriter,
  context: BuildContext,
): Promise<PagePass | undefined> {
  const { emit, options } = context;
  const counts: BuildCounts = { documents: ordered.length, ok: 0, warnings: 0, failed: 0 };
  const listed: Listed[] = [];
  let reused = 0;
  let done = 0;
  emit({ type: 'phase', phase: 'publish', total: ordered.length });
  await runOrdered(
    // Consecutive documents, whose pages share one transform (see Publisher.editions); the pages do not
    // depend on how the documents are batched.
    batches(ordered, PUBLISH_BATCH, context.limit),
    (batch) => publishBatch(batch, navigation, context),
    (_, batch) => {
      for (const doc of batch) {
        const entry = reportEntry(doc);
        counts[entry.status]++;
        const wholly = whollyReused(doc);
        if (wholly) reused++;
        const facts = doc.stages.page?.written ? doc.data.page?.facts : undefined;
        const position = navigation.positionOf(doc);
        if (facts && position !== undefined) listed.push({ name: doc.name, position, facts, key: doc.stages.page!.key });
        report.add(entry);
        emit({ type: 'document', phase: 'publish', name: doc.name, done: ++done, total: ordered.length, reused: wholly, report: entry });
      }
    },
    { limit: context.limit, signal: options.signal },
  );
  return options.signal?.aborted ? undefined : { counts, reused, listed };
}

/** Adds the page stage to each encoded document of the batch; the pages to redo are made by one task. */
async function publishBatch(batch: readonly DocumentRecord[], navigation: Navigation, context: BuildContext): Promise<void> {
  const { paths, manifest, run, options } = context;
  const redo: { doc: DocumentRecord; key: string; page: PageTask }[] = [];
  for (const doc of batch) {
    // A document that was not encoded has no pages (its outputs were removed in pass 1).
    if (!doc.stages.source?.written) continue;
    const links = navigation.linksOf(doc);
    const url = options.baseUrl === undefined ? undefined : pageUrl(options.baseUrl, doc.name);
    const key = pageKey(doc.stages.source.key, links, options.width, url);
    const known = reusablePage(manifest, paths, doc.name, key);
    if (known) reuse(doc, 'page', known);
    else redo.push({ doc, key, page: { name: doc.name, xmlLabel: doc.labels.xml, links, ...(url ? { url } : {}) } });
  }
  if (!redo.length) return;
  const outcomes = await runBatch(
    redo.map((r) => r.page),
    (pages: PageTask[]) => run({ kind: 'publish', pages }),
    (page, error): StageOutcome<'page'> => ({ ...failedOutcome(crash(page.xmlLabel, error)), timings: { publish: 0 } }),
  );
  redo.forEach(({ doc, key }, i) => {
    const outcome = outcomes[i]!;
    addOutcome(doc, 'page', key, outcome);
    if (outcome.written) manifest.record(doc.name, 'page', { key, data: outcome.data, diagnostics: outcome.diagnostics });
    else removeOutputs(paths, doc.name, ['html', 'text', 'search']);
  });
}
