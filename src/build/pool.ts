/** Worker-thread pools: one worker per job, each with its own loaded stages. */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Task, TaskResult, WorkerData } from './tasks.js';

/**
 * Workers run compiled code: a module under dist/ (`build/worker.js`), found from src/build (tests)
 * as from dist/build.
 */
function compiledModule(path: string): URL {
  return new URL(import.meta.url.endsWith('.ts') ? `../../dist/${path}` : `../${path}`, import.meta.url);
}

/**
 * A build worker's old-generation heap. Without a cap V8 lets each worker's heap grow lazily (about
 * 250 MB a worker after 1,000 documents); with it, garbage is collected sooner at no measured cost
 * in speed. A document that needs more fails alone (the worker is replaced).
 */
const WORKER_HEAP_MB = 192;

/**
 * A build worker's young generation, where a transform's short-lived nodes live. V8's default for these
 * workers is about 40 MB each; 16 MB keeps a build's peak some 50 MB lower (what brings 50,000
 * documents under 500 MB), for about 5 % of speed with two workers (more, smaller collections).
 */
const WORKER_YOUNG_MB = 16;

export interface WorkerPool<T, R> {
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

export interface Pool {
  run<T extends Task>(task: T): Promise<TaskResult<T>>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export interface WorkerPoolOptions {
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number };
  /** Given to each worker once, as it starts (piscina's workerData). */
  workerData?: unknown;
  /** Tasks handed to a worker at once; it runs them one after another (default 1). */
  tasksPerWorker?: number;
}

/**
 * A pool of `jobs` workers running the compiled module `workerModule` (relative to dist/, e.g.
 * `validate/worker.js`). Workers start on the first task: a run with nothing to do starts none.
 */
export function createWorkerPool<T, R>(workerModule: string, jobs: number, options: WorkerPoolOptions = {}): WorkerPool<T, R> {
  let piscina: Piscina | undefined;
  const start = (): Piscina => new Piscina({
    filename: fileURLToPath(compiledModule(workerModule)),
    minThreads: jobs,
    maxThreads: jobs,
    // The coordinator keeps the queue short itself (see ordered.ts).
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: options.tasksPerWorker ?? 1,
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    ...(options.workerData === undefined ? {} : { workerData: options.workerData }),
  });
  return {
    run: (task) => (piscina ??= start()).run(task) as Promise<R>,
    close: async () => piscina?.destroy(),
  };
}

/** The build's pool; each worker gets `data` (DIR, the name lists) once. */
export function createPool(jobs: number, data: WorkerData): Pool {
  const pool = createWorkerPool<Task, unknown>('build/worker.js', jobs, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    workerData: data,
    // A second task waits in the worker while it runs one: the worker need not wait for this thread
    // between tasks (which, on a machine as busy as it has cores, may not be scheduled at once). A
    // task that kills its worker fails the waiting one too, which runBatch then runs again alone.
    tasksPerWorker: 2,
  });
  return { run: (task) => pool.run(task) as Promise<TaskResult<typeof task>>, close: () => pool.close() };
}
