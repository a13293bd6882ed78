/**
 * The keys that decide whether a stage's outputs in DIR can be reused: the sha256 of everything
 * they were made from. The manifest keeps each stage's outcome under its key (see document.ts).
 */
import { existsSync } from 'node:fs';
import type { NameLists } from '../model/names.js';
import type { DocumentRecord, StageRecord } from './document.js';
import type { InputKind } from './inputs.js';
import { sha256, toolKey } from './fingerprint.js';
import { EDITION_CSS, type Layout } from './layout.js';
import type { Manifest } from './manifest.js';
import type { Links } from './navigation.js';

/** The tool, and what it is given for every document: the lists decide the links (other lists, other TEI). */
export function buildToolKey(lists: NameLists | undefined): string {
  return lists ? sha256(toolKey(), JSON.stringify(lists)) : toolKey();
}

/**
 * What decides whether a document's TEI can be reused: its bytes, the tool, the kind of input
 * (text encoded, TEI copied: the same bytes make another NAME.xml), how the bytes are read, and the
 * names its diagnostics give the input and its TEI (they are in what the manifest keeps).
 */
export function sourceKey(doc: DocumentRecord, bytes: Uint8Array, tool: string, kind: InputKind, encoding = ''): string {
  return sha256(bytes, tool, kind, doc.labels.input, doc.labels.xml, encoding);
}

/** Everything a page is made from besides the TEI (whose key is the source's): a change in any of it redoes the page. */
export function pageKey(sourceKey: string, { prev, next, up }: Links, width: number | undefined, url?: string): string {
  return sha256(sourceKey, JSON.stringify({ prev, next, up, width, url, css: EDITION_CSS }));
}

/** The manifest's record of the document's TEI, when it was made under `key` and NAME.xml is there. */
export function reusableSource(manifest: Manifest, paths: Layout, name: string, key: string): StageRecord<'source'> | undefined {
  const known = manifest.get(name)?.source;
  return known?.key === key && existsSync(paths.xml(name)) ? known : undefined;
}

/** The manifest's record of the document's pages, when they were made under `key` and both are there, with the search record read from them. */
export function reusablePage(manifest: Manifest, paths: Layout, name: string, key: string): StageRecord<'page'> | undefined {
  const known = manifest.get(name)?.page;
  return known?.key === key && existsSync(paths.html(name)) && existsSync(paths.text(name)) && existsSync(paths.search(name)) ? known : undefined;
}

/** A folder-wide file's key: the tool and the data it is made from. */
export function siteKey(tool: string, data: unknown): string {
  return sha256(tool, JSON.stringify(data ?? null));
}
