/**
 * The folder-wide files: edition.css and, for a folder, the index pages (grouped by volume), the
 * search page with its index and scripts, and the persons page, made after every page was published
 * (each lists the documents whose pages were written, with the facts their page stage found; see
 * site-index.ts for what each is made of). Each is made unless the file in DIR was made from the same
 * data by the same tool.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { IndexEntry, IndexOptions } from '../publish/index.js';
import { removeIndexPagesAfter, removeNumberedAfter } from './cleanup.js';
import type { BuildContext } from './context.js';
import { EDITION_CSS, indexPage } from './layout.js';
import type { Navigation } from './navigation.js';
import { siteKey } from './reuse.js';
import { indexEntry, indexLinks, indexVolumes, laterSearchIndex, SITE_FILES, siteFiles, type SiteDocument } from './site-index.js';
import { crash, type SiteTask } from './tasks.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** A document the index lists: its pages were written (made now, or reused), under the page key `key`. */
export interface Listed extends SiteDocument {
  /** Its place among the encoded documents in document order (see Navigation). */
  position: number;
}

export interface IndexPage {
  entries: IndexEntry[];
  options: IndexOptions;
}

/** What a folder's site is made of besides edition.css: the index pages and the documents they list. */
export interface FolderSite {
  index: IndexPage[];
  listed: readonly Listed[];
}

/**
 * The index in pages of the navigation's size, by place among the encoded documents (as the
 * navigation gives each page its up link, before publishing): a document whose pages failed is
 * missing from its page, and a folder of no document gets one empty page. Every page lists all the
 * volumes, and groups its own documents by volume.
 */
export function indexPages(listed: readonly Listed[], navigation: Navigation): FolderSite {
  const total = navigation.order.length;
  const size = navigation.indexPageSize;
  const hrefs = Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => indexPage(i + 1));
  const volumes = indexVolumes(listed, (position) => navigation.pageOf(position));
  const links = indexLinks(listed);
  const index = hrefs.map((_, i): IndexPage => ({
    entries: [],
    options: { stylesheetHref: EDITION_CSS, paging: { hrefs, page: i + 1, first: i * size + 1, last: Math.min((i + 1) * size, total), total }, volumes, ...links },
  }));
  for (const doc of listed) index[navigation.pageOf(doc.position) - 1]!.entries.push(indexEntry(doc));
  return { index, listed };
}

/**
 * Writes edition.css and, for a folder, the index pages and the rest of the site in parallel;
 * removes index pages past the last and the site files this build no longer makes (the persons
 * page, when no document names a person now).
 */
export async function writeSite(folder: FolderSite | undefined, context: BuildContext): Promise<Diagnostic[]> {
  const { manifest, paths, run, tool, options } = context;
  const tasks: SiteTask[] = [
    { kind: 'site', file: basename(paths.css) },
    ...(folder?.index ?? []).map((page, i): SiteTask => ({ kind: 'site', file: basename(paths.index(i + 1)), index: page })),
    ...(folder ? siteFiles(folder.listed, paths, options.searchShardSize) : []).map(({ path, file }): SiteTask => ({ kind: 'site', file: basename(path), site: file })),
  ];
  const keys = tasks.map((task) => [task.file, siteKey(tool, task.index ?? task.site)] as const);
  const made = await Promise.allSettled(tasks.map((task, i) => {
    const [file, key] = keys[i]!;
    return manifest.site[file] === key && existsSync(paths.site(file)) ? undefined : run(task);
  }));
  // A file that could not be made keeps no key: the next build makes it again.
  const failures: Diagnostic[] = [];
  manifest.site = Object.fromEntries(keys.filter(([file], i) => {
    const outcome = made[i]!;
    if (outcome.status === 'fulfilled') return true;
    failures.push(crash(paths.site(file), outcome.reason));
    return false;
  }));
  if (!folder) return failures;
  removeIndexPagesAfter(paths, folder.index.length);
  const planned = new Set(tasks.map((task) => task.file));
  for (const file of SITE_FILES) if (!planned.has(file)) rmSync(paths.site(file), { force: true });
  removeNumberedAfter(paths, laterSearchIndex, tasks.filter((task) => task.site?.type === 'search-index').length);
  return failures;
}
