/** The worker-thread pool: one worker per job, each with its own loaded stages. */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Task, TaskResult, WorkerData } from './tasks.js';

/** Workers run compiled code: from src/build (tests) that is dist/build, from dist/build it is here. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../../dist/build/worker.js' : './worker.js', import.meta.url);

/**
 * A worker's old-generation heap. Without a cap V8 lets each worker's heap grow lazily (about
 * 250 MB a worker after 1,000 documents); with it, garbage is collected sooner at no measured cost
 * in speed. A document that needs more fails alone (the worker is replaced).
 */
const WORKER_HEAP_MB = 192;

/**
 * A worker's young generation, where a transform's short-lived nodes live. V8's default for these
 * workers is about 40 MB each; 16 MB keeps a build's peak some 50 MB lower (what brings 50,000
 * documents under 500 MB), for about 5 % of speed with two workers (more, smaller collections).
 */
const WORKER_YOUNG_MB = 16;

export interface Pool {
  run<T extends Task>(task: T): Promise<TaskResult<T>>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Workers start on the first task: a re-run with nothing to redo starts none. Each gets `data` once. */
export function createPool(jobs: number, data: WorkerData = {}): Pool {
  let piscina: Piscina | undefined;
  const start = (): Piscina => new Piscina({
    filename: fileURLToPath(WORKER),
    minThreads: jobs,
    maxThreads: jobs,
    // The coordinator keeps the queue short itself (see ordered.ts).
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return {
    run: (task) => (piscina ??= start()).run(task),
    close: async () => piscina?.destroy(),
  };
}
