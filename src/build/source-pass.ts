/**
 * Pass 1: every input read, encoded (or, when it is TEI, copied) and validated (NAME.xml), or its TEI reused when its key is
 * unchanged; a record per document, in input order. A few consecutive documents make one task:
 * fewer messages between the threads, and a worker that has the next documents at hand.
 */
import { join } from 'node:path';
import { diagnostic } from '../model/diagnostic.js';
import { DEFAULT_MAX_BYTES } from '../model/decode-xml.js';
import { MAX_TEXT_BYTES, readInputFile } from '../model/input.js';
import { batches, runBatch } from './batch.js';
import { removeOutputs } from './cleanup.js';
import type { BuildContext } from './context.js';
import { addOutcome, documentRecord, failedOutcome, reuse, type DocumentRecord, type StageOutcome } from './document.js';
import { isReservedName, type InputFile } from './inputs.js';
import { runOrdered } from './ordered.js';
import { reusableSource, sourceKey } from './reuse.js';
import { crash, failure, type SourceDocument } from './tasks.js';

/** The most documents one source task encodes: each takes a few milliseconds, a message between threads some tenths. */
const SOURCE_BATCH = 4;

export async function encodeAll(files: readonly InputFile[], context: BuildContext): Promise<DocumentRecord[]> {
  const { emit, options } = context;
  const docs: DocumentRecord[] = [];
  emit({ type: 'phase', phase: 'encode', total: files.length });
  await runOrdered(
    batches(files, SOURCE_BATCH, context.limit),
    (batch) => encodeBatch(batch, context),
    (batchDocs) => {
      for (const doc of batchDocs) {
        docs.push(doc);
        emit({ type: 'document', phase: 'encode', name: doc.name, done: docs.length, total: files.length, reused: doc.stages.source!.reused });
      }
    },
    { limit: context.limit, signal: options.signal },
  );
  return docs;
}

/** The records of the batch's documents with their source stage added, each recorded in the manifest (or its outputs removed). */
async function encodeBatch(files: readonly InputFile[], context: BuildContext): Promise<DocumentRecord[]> {
  const { options, paths, manifest, run, tool } = context;
  const settle = (doc: DocumentRecord, key: string, outcome: StageOutcome<'source'>): void => {
    addOutcome(doc, 'source', key, outcome);
    if (outcome.written) manifest.record(doc.name, 'source', { key, data: outcome.data, diagnostics: outcome.diagnostics });
    else {
      manifest.delete(doc.name);
      removeOutputs(paths, doc.name, ['xml', 'html', 'text', 'search']);
    }
  };
  const redo: { doc: DocumentRecord; key: string; task: SourceDocument }[] = [];
  const docs = await Promise.all(files.map(async (file) => {
    const doc = documentRecord(file.name, file.path, join(options.out, `${file.name}.xml`));
    if (isReservedName(file.name)) {
      const message = `the output ${file.name}.html has a name the folder's index pages take (index.html, index-N.html); rename the document`;
      settle(doc, '', failedOutcome(diagnostic(doc.labels.input, { line: 1, column: 1 }, 'error', 'name-reserved', message)));
      return doc;
    }
    let bytes;
    try {
      bytes = await readInputFile(file.path, doc.labels.input, file.kind === 'tei' ? DEFAULT_MAX_BYTES : MAX_TEXT_BYTES);
    } catch (error) {
      settle(doc, '', failedOutcome(failure(error, doc.labels.input)));
      return doc;
    }
    const encoding = file.kind === 'text' ? options.encoding : undefined;
    const key = sourceKey(doc, bytes, tool, file.kind, encoding);
    const known = reusableSource(manifest, paths, doc.name, key);
    if (known) reuse(doc, 'source', known);
    else redo.push({ doc, key, task: { name: doc.name, kind: file.kind, bytes, labels: doc.labels } });
    return doc;
  }));
  if (redo.length) {
    const outcomes = await runBatch(
      redo.map((r) => r.task),
      (documents: SourceDocument[]) => run({ kind: 'source', documents, encoding: options.encoding }),
      (document, error) => failedOutcome<'source'>(crash(document.labels.input, error)),
    );
    redo.forEach(({ doc, key }, i) => settle(doc, key, outcomes[i]!));
  }
  return docs;
}
