/**
 * The validate stage: any TEI file, in layers, each finding positioned like jing's.
 * 1. encoding (model/decode-xml.ts, the XML side of the one reader) and well-formedness (parse.ts),
 *    which stop the file when they fail;
 * 2. RelaxNG (relaxng.ts): our profile by default, or any schema (`tei_all`, a customisation);
 * 3. the JSON Schema of our profile (json-schema.ts), only when validating against our profile;
 * 4. rules (rules/): universal ones are errors always; those about our encoding's conventions are
 *    errors against our profile and warnings against another schema; then a user's Schematron.
 */
import { resolve } from 'node:path';
import { LineIndex, byPosition, type Diagnostic } from '../model/diagnostic.js';
import { decodeXml, DEFAULT_MAX_BYTES } from '../model/decode-xml.js';
import { JsonSchemaLayer } from './json-schema.js';
import { parse } from './parse.js';
import { validateRelaxNg } from './relaxng.js';
import { rules } from './rules/index.js';
import { runRules } from './run-rules.js';
import { loadGrammar, resolveSchemaPath, SCHEMAS_DIR } from './schema-cache.js';
import { SchematronLayer } from './schematron.js';

export { formatHuman, formatJson } from './report.js';
export type { HumanOptions } from './report.js';

export const PROFILE_SCHEMA = resolve(SCHEMAS_DIR, 'tei-telegram.rng');
export const PROFILE_JSON_SCHEMA = resolve(SCHEMAS_DIR, 'tei-telegram.schema.json');

export interface ValidatorOptions {
  /** A `.rng` path, or the name of a shipped schema (`tei_all`, `tei-telegram`); default: our profile. */
  schema?: string;
  /** An ISO Schematron file whose asserts and reports are checked too. */
  schematron?: string;
  /** Files larger than this are refused with one error (default 64 MiB). */
  maxBytes?: number;
  /** Where prepared schemas are looked up, in order; the last is written to. Default: dist/schemas, then the user cache. */
  cacheDirs?: string[];
}

export interface Validator {
  /** Whether this validator checks our profile (and so its JSON Schema and rules as errors). */
  readonly profile: boolean;
  /** All findings for one document, sorted by position. Synchronous: the schema is prepared already. */
  validate(source: string | Uint8Array, file: string): Diagnostic[];
}

/** Prepare a validator once (schema loading is the costly part) and use it for many files. */
export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const schemaPath = options.schema === undefined ? PROFILE_SCHEMA : resolveSchemaPath(options.schema);
  const profile = schemaPath === PROFILE_SCHEMA;
  const grammar = await loadGrammar(schemaPath, options.cacheDirs ? { cacheDirs: options.cacheDirs } : {});
  const jsonSchema = profile ? new JsonSchemaLayer(PROFILE_JSON_SCHEMA) : undefined;
  const schematron = options.schematron === undefined ? undefined : new SchematronLayer(options.schematron);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  return {
    profile,
    validate(source, file) {
      const decoded = decodeXml(source, file, maxBytes);
      if ('error' in decoded) return [decoded.error];
      const parsed = parse(decoded.text, file);
      if ('error' in parsed) return [parsed.error];
      const doc = parsed.document;
      const lines = new LineIndex(doc.text);
      const found = [
        ...validateRelaxNg(grammar, doc, file, lines),
        ...(jsonSchema?.validate(doc, file, lines) ?? []),
        ...runRules(rules, doc, file, lines, profile),
        ...(schematron?.validate(doc, file, lines) ?? []),
      ];
      return found.sort(byPosition);
    },
  };
}
