/**
 * A pool worker: loads the stages once (saxon-js, the compiled stylesheets, the prepared schema
 * take about a second) and then runs one task at a time. Compiled to dist/build/worker.js, which is
 * what the pool starts, whether the coordinator runs from dist/ or from src/ under the tests.
 */
import { workerData } from 'piscina';
import { encode } from '../encode/index.js';
import { createPublisher } from '../publish/index.js';
import { AUTO, createValidator, type Validator } from '../validate/index.js';
import { layout } from './layout.js';
import { runPublish, runSite, runSource, type Task, type TaskResult, type WorkerContext, type WorkerData } from './tasks.js';

const data = workerData as WorkerData;

const stages: Promise<WorkerContext> = createValidator().then((validator) => ({
  encode,
  lists: data.lists,
  validator,
  publisher: createPublisher(),
  paths: layout(data.out),
  width: data.width,
}));

/** Prepared for the first TEI input only: a build of plain text never loads tei_all. */
let teiValidator: Promise<Validator> | undefined;

export default async function run<T extends Task>(task: T): Promise<TaskResult<T>> {
  const ready = await stages;
  switch (task.kind) {
    case 'source':
      if (task.documents.some((d) => d.kind === 'tei')) ready.teiValidator ??= await (teiValidator ??= createValidator({ schema: AUTO }));
      return runSource(task, ready) as TaskResult<T>;
    case 'publish':
      return runPublish(task, ready) as TaskResult<T>;
    case 'site':
      return runSite(task, ready) as TaskResult<T>;
  }
  throw new Error(`unknown task ${(task as Task).kind}`);
}
