import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createValidator, type Validator, type ValidatorOptions } from '../../src/validate/index.js';
import { PRECOMPILED_DIR } from '../../src/validate/schema-cache.js';
import { parse } from '../../src/validate/parse.js';
import type { SharedGrammar } from '../../src/validate/shared-grammar.js';
import type { XmlElement } from '../../src/validate/tree.js';

/** The reference material: ../shared beside the checkout, or where TEI_TELEGRAM_SHARED says (as for the benches). */
export const SHARED = process.env.TEI_TELEGRAM_SHARED?.replace(/\/?$/, '/') ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
export const TEI_ALL_REFERENCE = `${SHARED}reference/tei_all.rng`;
export const HAS_SHARED = existsSync(TEI_ALL_REFERENCE);
export const HAS_JING = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
export const FIXTURES = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
/** Our encoder's committed output for the seed telegram. */
export const OUR_OUTPUT = fileURLToPath(new URL('../../tei/frus1977-80v26_d284.xml', import.meta.url));

const TEST_CACHE = fileURLToPath(new URL('../../node_modules/.cache/tei-telegram-tests/', import.meta.url));

const validators = new Map<string, Promise<Validator>>();
/** Validators are prepared once per test file and schema, as the CLI prepares one per process. */
export function validator(options: ValidatorOptions = {}): Promise<Validator> {
  const key = JSON.stringify(options);
  let v = validators.get(key);
  if (!v) {
    v = createValidator({ cacheDirs: [PRECOMPILED_DIR, TEST_CACHE], ...options });
    validators.set(key, v);
  }
  return v;
}

/** The root of a snippet, for rule tests. */
export function tree(xml: string): XmlElement {
  const parsed = parse(xml, 'snippet.xml');
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.document.root;
}

/** What a test that needs jing and the reference material lacks, by name (empty when nothing). */
export function missingForJing(): string {
  const missing = [
    ...(HAS_JING ? [] : ['the jing command (apt-get install jing)']),
    ...(HAS_SHARED ? [] : [`${TEI_ALL_REFERENCE} (../shared beside the checkout, or set TEI_TELEGRAM_SHARED)`]),
  ];
  return missing.join(' and ');
}

export function notice(message: string): void {
  console.warn(`[tests/validate] skipped: ${message}`);
}

/** Runs jing over many files at once (one JVM); returns its `file:line:col: error: …` lines. */
export function jing(schema: string, files: string[]): string[] {
  const run = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.stdout.split('\n').filter((l) => /:\d+:\d+: (error|fatal)/.test(l));
}

export const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';

/** salve's own JSON form of a shared grammar: each node written out wherever it is used. */
export function unshared(shared: SharedGrammar): { v: 3; o: number; d: unknown } {
  const expand = (i: number): unknown => {
    const node = shared.nodes[i]!;
    return Array.isArray(node) ? [node[0], ...node.slice(1).map(expand)] : node;
  };
  return { v: 3, o: shared.o, d: expand(shared.nodes.length - 1) };
}
