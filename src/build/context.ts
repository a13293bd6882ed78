/** What every pass of one build shares: set up once by build(), read by the passes. */
import type { Layout } from './layout.js';
import type { Manifest } from './manifest.js';
import type { BuildEvent, BuildOptions } from './options.js';
import type { Pool } from './pool.js';

export interface BuildContext {
  readonly options: BuildOptions;
  readonly paths: Layout;
  readonly manifest: Manifest;
  readonly run: Pool['run'];
  /** The key of the tool and of everything given to every document alike (see reuse.ts). */
  readonly tool: string;
  readonly emit: (event: BuildEvent) => void;
  /** Documents started and not yet delivered: keeps the pool busy and memory flat. */
  readonly limit: number;
}
