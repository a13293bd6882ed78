/**
 * Preparing a RelaxNG schema for salve (parse, simplify, check, convert) takes seconds for tei_all;
 * loading the prepared form takes a fraction of that. So a schema is prepared once and its prepared
 * form kept on disk, keyed by the schema's content and the engine's version: our own schemas are
 * precompiled into `dist/schemas/` at build time, any other schema goes to the user's cache dir.
 * Schemas are trusted input, but still only ever read from local files: no network.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as salve from 'salve-annos';
import { specialiseReferenceChoices } from './ref-choice.js';
import { readSharedGrammar, shareGrammar, SHARED_FORMAT, type SharedGrammar } from './shared-grammar.js';

/** Where our shipped schemas live (`schemas/` at the package root, from `src/validate` or `dist/validate`). */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
/** Where the build puts their prepared forms. */
export const PRECOMPILED_DIR = fileURLToPath(new URL('../../dist/schemas/', import.meta.url));

export function userCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'tei-telegram', 'relaxng');
}

interface CacheEntry {
  engine: string;
  /** Files the schema includes, with their hashes, so an edited include invalidates the entry. */
  includes: { path: string; sha256: string }[];
  grammar: SharedGrammar;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Cache file name for a schema's main text: content plus engine version. */
export function cacheKey(schemaText: string): string {
  return `${sha256(`${salve.version}\0${schemaText}`).slice(0, 32)}.json`;
}

/** Reads local files only: a schema that includes an http: URL is refused, never fetched. */
class LocalResourceLoader implements salve.ResourceLoader {
  async load(url: URL): Promise<salve.Resource> {
    if (url.protocol !== 'file:') throw new Error(`schema resource ${url.href} is not a local file; no network access`);
    const text = readFileSync(url, 'utf8');
    return { url, getText: async () => text };
  }
}

interface SimplifierParse {
  parse(this: { options: { resourceLoader: salve.ResourceLoader } }, url: URL, resource?: salve.Resource, text?: string): Promise<unknown>;
}

/**
 * salve-annos 1.2.4 parses an `include`d or `externalRef`ed schema without loading its text (its
 * step 1 passes only the URL) and crashes; customisations include tei_all, so load it for salve,
 * through the same local-only loader.
 */
function loadIncludedSchemas(): void {
  const internal = createRequire(import.meta.url)('salve-annos/lib/salve/conversion/schema-simplifiers/internal.js') as {
    InternalSimplifier: { prototype: SimplifierParse & { includesLoaded?: boolean } };
  };
  const proto = internal.InternalSimplifier.prototype;
  if (proto.includesLoaded) return;
  const parse = proto.parse;
  proto.parse = async function (url, resource, text) {
    if (text !== undefined) return parse.call(this, url, resource, text);
    const loaded = await this.options.resourceLoader.load(url);
    return parse.call(this, url, loaded, await loaded.getText());
  };
  proto.includesLoaded = true;
}

function includesUnchanged(includes: CacheEntry['includes']): boolean {
  for (const include of includes) {
    try {
      if (sha256(readFileSync(include.path, 'utf8')) !== include.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function readEntry(path: string): CacheEntry | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  // An entry of another engine or an older form is prepared again.
  if (entry.engine !== salve.version || entry.grammar?.format !== SHARED_FORMAT || !includesUnchanged(entry.includes)) return undefined;
  return entry;
}

async function prepare(absolute: string): Promise<CacheEntry> {
  loadIncludedSchemas();
  const result = await salve.convertRNGToPattern(pathToFileURL(absolute), {
    createManifest: true,
    manifestHashAlgorithm: 'SHA-256',
    resourceLoader: new LocalResourceLoader(),
    idCheck: false,
  });
  const includes = result.manifest
    .map((m) => fileURLToPath(m.filePath))
    .filter((p) => p !== absolute)
    .map((p) => ({ path: p, sha256: sha256(readFileSync(p, 'utf8')) }));
  const grammar = shareGrammar(JSON.parse(salve.writeTreeToJSON(result.simplified, 3)) as Parameters<typeof shareGrammar>[0]);
  return { engine: salve.version, includes, grammar };
}

function store(dir: string, key: string, entry: CacheEntry): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, key);
  // Write then rename, so a concurrent reader never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(entry));
  renameSync(temporary, path);
  return path;
}

/** Prepare a schema from scratch and write its cache entry into `dir` (the build's step); returns its path. */
export async function compileSchema(schemaPath: string, dir: string): Promise<string> {
  const absolute = resolve(schemaPath);
  const entry = await prepare(absolute);
  return store(dir, cacheKey(readFileSync(absolute, 'utf8')), entry);
}

export interface LoadOptions {
  /** Directories searched for a prepared form, in order; the last is written to on a miss. */
  cacheDirs?: string[];
}

interface Loaded {
  grammar: salve.Grammar;
  includes: CacheEntry['includes'];
}

/**
 * Grammars already loaded in this process, by cache key: a grammar is never changed by validating
 * with it, so every validator of a process (one per schema its files name) shares one. An edited
 * include is noticed here as on disk.
 */
const loaded = new Map<string, Promise<Loaded>>();

/**
 * The prepared grammar of a schema: loaded once per process, from the first cache that has it,
 * else prepared and cached.
 */
export async function loadGrammar(schemaPath: string, options: LoadOptions = {}): Promise<salve.Grammar> {
  const key = cacheKey(readFileSync(schemaPath, 'utf8'));
  const known = loaded.get(key);
  if (known) {
    const { grammar, includes } = await known;
    if (includesUnchanged(includes)) return grammar;
  }
  const loading = loadUncached(schemaPath, key, options);
  loaded.set(key, loading);
  // A failed load is not remembered: the next call tries again.
  loading.catch(() => loaded.delete(key));
  return (await loading).grammar;
}

async function loadUncached(schemaPath: string, key: string, options: LoadOptions): Promise<Loaded> {
  const dirs = options.cacheDirs ?? [PRECOMPILED_DIR, userCacheDir()];
  for (const dir of dirs) {
    const entry = readEntry(join(dir, key));
    if (entry) return { grammar: specialiseReferenceChoices(readSharedGrammar(entry.grammar)), includes: entry.includes };
  }
  const entry = await prepare(resolve(schemaPath));
  const target = dirs.at(-1);
  try {
    if (target !== undefined) store(target, key, entry);
  } catch {
    // An unwritable cache costs time on the next run, not correctness on this one.
  }
  // Built from the form just stored, so that a schema behaves the same on its first run as after.
  return { grammar: specialiseReferenceChoices(readSharedGrammar(entry.grammar)), includes: entry.includes };
}
