/** Where a build puts things in its output folder DIR. */
import { join } from 'node:path';

export const STATE_FOLDER = '.tei-telegram';

export interface Layout {
  readonly dir: string;
  /** The build's own bookkeeping: manifest, journal, temporary files. */
  readonly stateDir: string;
  readonly tmpDir: string;
  readonly manifest: string;
  readonly journal: string;
  readonly lock: string;
  readonly report: string;
  /** The report while it is being written; renamed to `report` when the build ends. */
  readonly reportPart: string;
  readonly index: string;
  readonly css: string;
  xml(name: string): string;
  html(name: string): string;
  text(name: string): string;
}

export const INDEX_PAGE = 'index.html';
export const EDITION_CSS = 'edition.css';

export function layout(dir: string): Layout {
  const stateDir = join(dir, STATE_FOLDER);
  return {
    dir,
    stateDir,
    tmpDir: join(stateDir, 'tmp'),
    manifest: join(stateDir, 'manifest.json'),
    journal: join(stateDir, 'journal.jsonl'),
    lock: join(stateDir, 'lock'),
    report: join(dir, 'report.json'),
    reportPart: join(dir, 'report.json.part'),
    index: join(dir, INDEX_PAGE),
    css: join(dir, EDITION_CSS),
    xml: (name) => join(dir, `${name}.xml`),
    html: (name) => join(dir, `${name}.html`),
    text: (name) => join(dir, `${name}.txt`),
  };
}
