import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createValidator, type Validator, type ValidatorOptions } from '../../src/validate/index.js';
import { PRECOMPILED_DIR } from '../../src/validate/schema-cache.js';
import { parse } from '../../src/validate/parse.js';
import type { XmlElement } from '../../src/validate/tree.js';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const TEI_ALL_REFERENCE = `${SHARED}reference/tei_all.rng`;
export const HAS_SHARED = existsSync(TEI_ALL_REFERENCE);
export const HAS_JING = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
/** What the tests that compare with jing lack here, named as the skip notices print it; empty when nothing. */
export const JING_TESTS_LACK = [
  ...(HAS_JING ? [] : ['the jing command (apt-get install jing)']),
  ...(HAS_SHARED ? [] : [`${TEI_ALL_REFERENCE} (../shared beside the checkout)`]),
].join(' and ');
export const FIXTURES = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
/** Our encoder's output for the seed, once the lead has committed it; else the ENCODING.md sketch. */
export const REAL_OUTPUT = fileURLToPath(new URL('../../tei/frus1977-80v26_d284.xml', import.meta.url));
export const OUR_OUTPUT = existsSync(REAL_OUTPUT) ? REAL_OUTPUT : `${FIXTURES}d284-sketch.xml`;

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

export function notice(message: string): void {
  console.warn(`[tests/validate] skipped: ${message}`);
}

/** Runs jing over many files at once (one JVM); returns its `file:line:col: error: …` lines. */
export function jing(schema: string, files: string[]): string[] {
  const run = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.stdout.split('\n').filter((l) => /:\d+:\d+: (error|fatal)/.test(l));
}

export const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
