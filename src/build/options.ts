/** What a build is asked to do and what it tells of its progress and end: the build's public types. */
import type { Diagnostic } from '../model/diagnostic.js';
import type { NameLists } from '../model/names.js';
import type { InputKind } from './inputs.js';
import type { BuildCounts, FileReport, RunTimings } from './report.js';

export interface BuildOptions {
  /** A `NAME.txt` or `NAME.xml` (TEI) file, or a folder of them (see inputs.ts). */
  input: string;
  /** Which files of a folder are the documents: `text` (NAME.txt), `tei` (NAME.xml); default: its NAME.txt when it has any, else its NAME.xml. */
  from?: InputKind;
  /** The output folder DIR (created if missing); must not be the input folder. */
  out: string;
  /** Worker threads; default: one per core. */
  jobs?: number;
  /** Redo every document, ignoring what earlier builds left in DIR. */
  force?: boolean;
  /** Wrap the plain-text edition at this many columns. */
  width?: number;
  /** The volume's persons and terms lists, parsed once here and handed to every worker. */
  lists?: NameLists;
  /** Read the plain-text inputs in this encoding (a label TextDecoder knows, e.g. `windows-1252`) instead of UTF-8. */
  encoding?: string;
  /** At most this many documents on one index page; default INDEX_PAGE_SIZE (tests page a few documents). */
  indexPageSize?: number;
  /** At most this many documents in one shard of the search index; default SEARCH_SHARD_SIZE (tests shard a few documents). */
  searchShardSize?: number;
  /**
   * The address the folder is published at (`https://example.org/frus/`): each page's citation and
   * canonical link then give the page's own address, this followed by `NAME.html`.
   */
  baseUrl?: string;
  /** Stops the build between documents; what is finished is kept for the next run. */
  signal?: AbortSignal;
  onEvent?: (event: BuildEvent) => void;
}

/** `encode`: encoding and validation, `publish`: the editions. */
export type BuildPhase = 'encode' | 'publish';

export type BuildEvent =
  | { type: 'phase'; phase: BuildPhase; total: number }
  | {
      type: 'document';
      phase: BuildPhase;
      name: string;
      done: number;
      total: number;
      /** Nothing was redone: the outputs of an earlier build were current. */
      reused: boolean;
      /** The document's final entry, once its last phase is done. */
      report?: FileReport;
    };

export interface BuildResult {
  counts: BuildCounts;
  timings: RunTimings;
  /** Paths of report.json and (for a folder) the first index page, index.html. */
  report: string;
  index?: string;
  /**
   * The folder's own files that could not be made (an index page, a search shard, the persons page:
   * a worker that died making one), one error each; the documents' outputs are kept, and the next
   * build makes these again.
   */
  site: Diagnostic[];
  /** The signal stopped the build: outputs so far are kept, the report is not updated. */
  interrupted: boolean;
}
