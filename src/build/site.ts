/**
 * The folder-wide files: edition.css and, for a folder, the index pages, made after every page was
 * published (each lists the documents whose pages were written, with the facts their page stage
 * found). Each is made unless the file in DIR was made from the same data by the same tool.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentFacts, IndexEntry, IndexOptions } from '../publish/index.js';
import { removeIndexPagesAfter } from './cleanup.js';
import type { BuildContext } from './context.js';
import { EDITION_CSS, indexPage } from './layout.js';
import type { Navigation } from './navigation.js';
import { siteKey } from './reuse.js';
import type { SiteTask } from './tasks.js';

/** A document the index lists: its pages were written (made now, or reused). */
export interface Listed {
  name: string;
  /** Its place among the encoded documents in document order (see Navigation). */
  position: number;
  facts: DocumentFacts;
}

export interface IndexPage {
  entries: IndexEntry[];
  options: IndexOptions;
}

/**
 * The index in pages of the navigation's size, by place among the encoded documents (as the
 * navigation gives each page its up link, before publishing): a document whose pages failed is
 * missing from its page, and a folder of no document gets one empty page.
 */
export function indexPages(listed: readonly Listed[], navigation: Navigation): IndexPage[] {
  const total = navigation.order.length;
  const size = navigation.indexPageSize;
  const hrefs = Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => indexPage(i + 1));
  const pages = hrefs.map((_, i): IndexPage => ({
    entries: [],
    options: { stylesheetHref: EDITION_CSS, paging: { hrefs, page: i + 1, first: i * size + 1, last: Math.min((i + 1) * size, total), total } },
  }));
  for (const { name, position, facts } of listed) pages[navigation.pageOf(position) - 1]!.entries.push({ href: `${name}.html`, ...facts });
  return pages;
}

/** Writes edition.css and the index pages (none for a single file) in parallel; removes index pages past the last. */
export async function writeSite(index: IndexPage[] | undefined, context: BuildContext): Promise<void> {
  const { manifest, paths, run, tool } = context;
  const tasks: SiteTask[] = [
    { kind: 'site', file: basename(paths.css) },
    ...(index ?? []).map((page, i): SiteTask => ({ kind: 'site', file: basename(paths.index(i + 1)), index: page })),
  ];
  const keys = tasks.map((task) => [task.file, siteKey(tool, task.index)] as const);
  await Promise.all(tasks.map((task, i) => {
    const [file, key] = keys[i]!;
    return manifest.site[file] === key && existsSync(join(paths.dir, file)) ? undefined : run(task);
  }));
  manifest.site = Object.fromEntries(keys);
  if (index) removeIndexPagesAfter(paths, index.length);
}
