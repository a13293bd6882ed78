/**
 * Pass 1: every input read, encoded and validated (NAME.xml), or its TEI reused when its key is
 * unchanged; a record per document, in input order.
 */
import { join } from 'node:path';
import { diagnostic } from '../model/diagnostic.js';
import { MAX_TEXT_BYTES, readInputFile } from '../model/input.js';
import { removeOutputs } from './cleanup.js';
import type { BuildContext } from './context.js';
import { addOutcome, documentRecord, failedOutcome, reuse, type DocumentRecord, type StageOutcome } from './document.js';
import { isReservedName, type InputFile } from './inputs.js';
import { runOrdered } from './ordered.js';
import { reusableSource, sourceKey } from './reuse.js';
import { crash, failure } from './tasks.js';

export async function encodeAll(files: readonly InputFile[], context: BuildContext): Promise<DocumentRecord[]> {
  const { emit, options } = context;
  const docs: DocumentRecord[] = [];
  emit({ type: 'phase', phase: 'encode', total: files.length });
  await runOrdered(
    files,
    (file) => encodeDocument(file, context),
    (doc) => {
      docs.push(doc);
      const reused = doc.stages.source!.reused;
      emit({ type: 'document', phase: 'encode', name: doc.name, done: docs.length, total: files.length, reused });
    },
    { limit: context.limit, signal: options.signal },
  );
  return docs;
}

/** The document's record with its source stage added, and recorded in the manifest (or its outputs removed). */
async function encodeDocument(file: InputFile, context: BuildContext): Promise<DocumentRecord> {
  const { options, paths, manifest, run, tool } = context;
  const doc = documentRecord(file.name, file.path, join(options.out, `${file.name}.xml`));
  const settle = (key: string, outcome: StageOutcome<'source'>): DocumentRecord => {
    addOutcome(doc, 'source', key, outcome);
    if (outcome.written) manifest.record(doc.name, 'source', { key, data: outcome.data, diagnostics: outcome.diagnostics });
    else {
      manifest.delete(doc.name);
      removeOutputs(paths, doc.name, ['xml', 'html', 'text']);
    }
    return doc;
  };
  if (isReservedName(file.name)) {
    const message = `the output ${file.name}.html has a name the folder's index pages take (index.html, index-N.html); rename the document`;
    return settle('', failedOutcome(diagnostic(doc.labels.input, { line: 1, column: 1 }, 'error', 'name-reserved', message)));
  }
  let bytes;
  try {
    bytes = await readInputFile(file.path, doc.labels.input, MAX_TEXT_BYTES);
  } catch (error) {
    return settle('', failedOutcome(failure(error, doc.labels.input)));
  }
  const key = sourceKey(doc, bytes, tool, options.encoding);
  const known = reusableSource(manifest, paths, doc.name, key);
  if (known) {
    reuse(doc, 'source', known);
    return doc;
  }
  let outcome: StageOutcome<'source'>;
  try {
    outcome = await run({ kind: 'source', name: doc.name, bytes, encoding: options.encoding, labels: doc.labels });
  } catch (error) {
    outcome = failedOutcome(crash(doc.labels.input, error));
  }
  return settle(key, outcome);
}
