/**
 * The validate stage: any TEI file, in layers, each finding positioned like jing's.
 * 1. encoding (model/decode-xml.ts, the XML side of the one reader) and well-formedness (parse.ts),
 *    which stop the file when they fail;
 * 2. RelaxNG (relaxng.ts): the schema the document names, our profile for our output, `tei_all`
 *    for other TEI (schema-choice.ts), or the one asked for;
 * 3. the JSON Schema of our profile (json-schema.ts), only when validating against our profile;
 * 4. rules (rules/): universal ones are errors always; those about our encoding's conventions are
 *    errors against our profile and warnings against another schema; then a user's Schematron.
 * A fault several layers see (a date with month 13) is reported once (finding.ts).
 */
import { resolve } from 'node:path';
import type * as salve from 'salve-annos';
import { LineIndex, byPosition, type Diagnostic } from '../model/diagnostic.js';
import { decodeXml, DEFAULT_MAX_BYTES } from '../model/decode-xml.js';
import { oneFindingPerFault, toDiagnostic, type Finding } from './finding.js';
import type { JsonSchemaLayer } from './json-schema.js';
import { parse } from './parse.js';
import { validateRelaxNg } from './relaxng.js';
import { rules } from './rules/index.js';
import { runRules } from './run-rules.js';
import { loadGrammar, SCHEMAS_DIR } from './schema-cache.js';
import { chooseSchema, PROFILE_NAME, schemaOptionProblem, shippedPath, shippedSchemas, type Reason } from './schema-choice.js';
import { SchematronLayer } from './schematron.js';

export { formatFileFindings, formatHuman, formatJson, jsonRow, Tally } from './report.js';
export type { HumanOptions, FileSummary } from './report.js';
export type { RuleId } from './rule-ids.js';
export { rules } from './rules/index.js';

export const PROFILE_SCHEMA = shippedPath(PROFILE_NAME);
export const PROFILE_JSON_SCHEMA = resolve(SCHEMAS_DIR, 'tei-telegram.schema.json');

/** The `schema` option's value that picks each document's schema as a TEI user expects. */
export const AUTO = 'auto';

export interface ValidatorOptions {
  /**
   * `auto`: each document's `<?xml-model?>` (through the shipped catalog), else our profile for our
   * encoder's output, else `tei_all`. Or a shipped schema's name (`tei_all`, `tei-telegram`) or a
   * `.rng` path, for every document. Default: our profile.
   */
  schema?: string;
  /** An ISO Schematron file whose asserts and reports are checked too. */
  schematron?: string;
  /** Files larger than this are refused with one error (default 64 MiB). */
  maxBytes?: number;
  /** Where prepared schemas are looked up, in order; the last is written to. Default: dist/schemas, then the user cache. */
  cacheDirs?: string[];
}

/** The schema a document was validated against, and why. */
export interface SchemaUsed {
  /** A shipped schema's name, or the path given. */
  name: string;
  reason: Reason;
}

export interface Checked {
  diagnostics: Diagnostic[];
  /** The source lines the diagnostics are on, by line number, for reports that show them. */
  lines: Record<number, string>;
  /** Undefined when the file stopped before a schema was chosen (not text, not well-formed). */
  schema: SchemaUsed | undefined;
}

export interface Validator {
  /** Whether this validator checks every document against our profile. */
  readonly profile: boolean;
  /** All findings for one document, sorted by position. Synchronous: the schemas are prepared already. */
  validate(source: string | Uint8Array, file: string): Diagnostic[];
  /** The findings and the schema used. */
  check(source: string | Uint8Array, file: string): Checked;
}

/** A bad `--schema`, said for people (a typo, a Schematron, a missing file). */
export class SchemaOptionError extends Error {}

interface Layers {
  grammar: salve.Grammar;
  profile: boolean;
  jsonSchema: JsonSchemaLayer | undefined;
}

/**
 * Check a validator's options without loading any schema (a misspelt name, a Schematron passed as
 * a schema, a broken Schematron file), so that a run can refuse them before starting workers.
 */
export function checkOptions(options: ValidatorOptions): void {
  if (options.schema !== undefined && options.schema !== AUTO) schemaPath(options.schema);
  if (options.schematron !== undefined) new SchematronLayer(options.schematron);
}

/** Prepare a validator once (schema loading is the costly part) and use it for many files. */
export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const auto = options.schema === AUTO;
  const fixedPath = auto ? undefined : options.schema === undefined ? PROFILE_SCHEMA : schemaPath(options.schema);
  const loadOptions = options.cacheDirs ? { cacheDirs: options.cacheDirs } : {};
  let jsonSchema: JsonSchemaLayer | undefined;
  const prepare = async (path: string): Promise<Layers> => {
    const profile = path === PROFILE_SCHEMA;
    // ajv is loaded only for our profile: validating against tei_all never needs it.
    if (profile) jsonSchema ??= new (await import('./json-schema.js')).JsonSchemaLayer(PROFILE_JSON_SCHEMA);
    return { grammar: await loadGrammar(path, loadOptions), profile, jsonSchema: profile ? jsonSchema : undefined };
  };
  // Automatic choice only ever picks a shipped schema: all are prepared now, so validating stays synchronous.
  const paths = fixedPath === undefined ? shippedSchemas().map(shippedPath) : [fixedPath];
  const layers = new Map<string, Layers>();
  for (const path of paths) layers.set(path, await prepare(path));
  const schematron = options.schematron === undefined ? undefined : new SchematronLayer(options.schematron);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fixed: SchemaUsed | undefined = fixedPath === undefined
    ? undefined
    : { name: options.schema ?? PROFILE_NAME, reason: 'option' };

  const check = (source: string | Uint8Array, file: string): Checked => {
    const decoded = decodeXml(source, file, maxBytes);
    if ('error' in decoded) return { diagnostics: [decoded.error], lines: {}, schema: undefined };
    const parsed = parse(decoded.text, file);
    if ('error' in parsed) return { diagnostics: [parsed.error], lines: sourceLines(decoded.text, [parsed.error]), schema: undefined };
    const doc = parsed.document;
    const choice = fixedPath === undefined ? chooseSchema(doc) : undefined;
    const { grammar, profile, jsonSchema: json } = layers.get(fixedPath ?? choice!.path)!;
    const found: Finding[] = [
      ...(choice?.note ? [choice.note] : []),
      ...validateRelaxNg(grammar, doc),
      ...(json?.validate(doc) ?? []),
      ...runRules(rules, doc, profile),
      ...(schematron?.validate(doc) ?? []),
    ];
    const lines = new LineIndex(doc.text);
    const diagnostics = oneFindingPerFault(found).map((f) => toDiagnostic(f, doc, file, lines)).sort(byPosition);
    return { diagnostics, lines: sourceLines(doc.text, diagnostics, lines), schema: fixed ?? { name: choice!.name, reason: choice!.reason } };
  };
  return {
    profile: fixedPath === PROFILE_SCHEMA,
    validate: (source, file) => check(source, file).diagnostics,
    check,
  };
}

function sourceLines(text: string, diagnostics: readonly Diagnostic[], index = new LineIndex(text)): Record<number, string> {
  const lines: Record<number, string> = {};
  for (const d of diagnostics) {
    if (d.line in lines) continue;
    const extent = index.lineExtent(d.line);
    if (extent) lines[d.line] = text.slice(extent[0], extent[1]).replace(/\r$/, '');
  }
  return lines;
}

/** The path of a `--schema` value, or a SchemaOptionError saying what is wrong with it. */
function schemaPath(schema: string): string {
  const problem = schemaOptionProblem(schema);
  if (problem) throw new SchemaOptionError(problem);
  return /^[\w-]+$/.test(schema) ? shippedPath(schema) : resolve(schema);
}

