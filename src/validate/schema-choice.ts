/**
 * Which schema a document is validated against, as a TEI user expects: the schema its own
 * `<?xml-model?>` names, found through our catalog of known schema URLs (schemas/catalog.xml) and
 * used from the shipped copy, never fetched; else our profile for our own encoder's output; else
 * `tei_all`. A `--schema` given on the command line overrides all of this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUR_PUBLICATION_STATEMENT } from '../model/provenance.js';
import type { Finding } from './finding.js';
import { parse } from './parse.js';
import { SCHEMAS_DIR } from './schema-cache.js';
import { attribute, childElements, isTei, type XmlDocument, type XmlElement } from './tree.js';

export const RULE = 'schema-choice';

export const PROFILE_NAME = 'tei-telegram';
export const TEI_ALL_NAME = 'tei_all';

const RELAXNG_NS = 'http://relaxng.org/ns/structure/1.0';
const SCHEMATRON_NS = 'http://purl.oclc.org/dsdl/schematron';
const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';
const CATALOG = join(SCHEMAS_DIR, 'catalog.xml');

/** Why a document got its schema, said in the report's summary. */
export type Reason = 'option' | 'xml-model' | 'ours' | 'tei';

export interface SchemaChoice {
  /** The shipped schema's name (`tei_all`), or the path of a user's schema. */
  name: string;
  path: string;
  reason: Reason;
  /** An info finding at the `<?xml-model?>` when the document names a schema we cannot use. */
  note?: Finding;
}

/** The names of the shipped RelaxNG schemas, from the schemas folder. */
export function shippedSchemas(): string[] {
  return readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.rng')).map((f) => f.slice(0, -'.rng'.length)).sort();
}

export function shippedPath(name: string): string {
  return join(SCHEMAS_DIR, `${name}.rng`);
}

let catalog: Map<string, string> | undefined;

/** Known schema URL → shipped file, from the catalog's `uri` entries. */
export function catalogEntries(): Map<string, string> {
  if (catalog) return catalog;
  const parsed = parse(readFileSync(CATALOG, 'utf8'), CATALOG);
  if ('error' in parsed) throw new Error(`${CATALOG}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  catalog = new Map();
  for (const entry of childElements(parsed.document.root)) {
    if (entry.uri !== CATALOG_NS || entry.local !== 'uri') continue;
    const name = attribute(entry, 'name');
    const uri = attribute(entry, 'uri');
    if (name !== undefined && uri !== undefined) catalog.set(name, resolve(SCHEMAS_DIR, uri));
  }
  return catalog;
}

/** An `<?xml-model?>`'s pseudo-attributes (`href`, `type`, `schematypens`). */
export function pseudoAttributes(body: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of body.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[m[1]!] = m[2] ?? m[3] ?? '';
  return found;
}

/** Whether an `<?xml-model?>` names a RelaxNG schema (by its namespace, else by its file name). */
function namesRelaxNg(model: Record<string, string>): boolean {
  if (model.schematypens !== undefined) return model.schematypens === RELAXNG_NS;
  return /\.rng$/i.test(model.href ?? '');
}

/** Whether the document is our encoder's output: its publication statement says so. */
export function isOurs(root: XmlElement): boolean {
  if (!isTei(root, 'TEI')) return false;
  const header = childElements(root).find((c) => isTei(c, 'teiHeader'));
  const fileDesc = header && childElements(header).find((c) => isTei(c, 'fileDesc'));
  const publication = fileDesc && childElements(fileDesc).find((c) => isTei(c, 'publicationStmt'));
  if (!publication) return false;
  return childElements(publication).some(
    (p) => isTei(p, 'p') && p.children.map((c) => (c.kind === 'text' ? c.text : '')).join('').trim() === OUR_PUBLICATION_STATEMENT,
  );
}

/** The schema for one document when no `--schema` was given. */
export function chooseSchema(doc: XmlDocument): SchemaChoice {
  const entries = catalogEntries();
  let unknown: { href: string; at: number; start: number } | undefined;
  for (const pi of doc.prolog) {
    if (pi.target !== 'xml-model') continue;
    const model = pseudoAttributes(pi.body);
    if (!namesRelaxNg(model) || model.href === undefined) continue;
    const shipped = shippedSchemas().find((name) => shippedPath(name) === entries.get(model.href!));
    if (shipped !== undefined) return { name: shipped, path: shippedPath(shipped), reason: 'xml-model' };
    unknown ??= { href: model.href, at: pi.endOffset, start: pi.startOffset };
  }
  const fallback: SchemaChoice = isOurs(doc.root)
    ? { name: PROFILE_NAME, path: shippedPath(PROFILE_NAME), reason: 'ours' }
    : { name: TEI_ALL_NAME, path: shippedPath(TEI_ALL_NAME), reason: 'tei' };
  if (unknown) {
    fallback.note = {
      at: unknown.at,
      span: [unknown.start, unknown.at],
      severity: 'info',
      source: 'schema-choice',
      ruleId: RULE,
      message: `the xml-model schema ${unknown.href} is not one this tool has a copy of (it never fetches schemas): validated against ${fallback.name}; pass --schema FILE.rng to use your copy`,
    };
  }
  return fallback;
}

/** Why a `--schema` value names no RelaxNG schema, for people: typos, Schematron, other kinds. */
export function schemaOptionProblem(schema: string): string | undefined {
  const known = shippedSchemas();
  if (/^[\w-]+$/.test(schema)) {
    if (known.includes(schema)) return undefined;
    const near = known.filter((k) => editDistance(k.toLowerCase(), schema.toLowerCase()) <= 2);
    return `unknown schema "${schema}"${near.length > 0 ? `: did you mean ${near.join(' or ')}?` : ''} The shipped schemas are ${known.join(', ')}; or give the path of a .rng file.`;
  }
  const path = resolve(schema);
  if (!existsSync(path)) return `${schema}: no such schema file (the shipped schemas are ${known.join(', ')})`;
  const parsed = parse(readFileSync(path, 'utf8'), path);
  if ('error' in parsed) return `${schema}:${parsed.error.line}:${parsed.error.column}: the schema is not well-formed XML: ${parsed.error.message}`;
  const root = parsed.document.root;
  if (root.uri === SCHEMATRON_NS) return `${schema} is an ISO Schematron schema, not RelaxNG: pass it with --schematron ${schema}`;
  if (root.uri === 'http://www.w3.org/2001/XMLSchema') return `${schema} is a W3C XML Schema (XSD); only RelaxNG (.rng) schemas are supported`;
  if (root.uri !== RELAXNG_NS) return `${schema} is not a RelaxNG schema (its root is ${root.name}); RelaxNG in the XML syntax (.rng) is expected`;
  return undefined;
}

/** Levenshtein distance, for suggesting a shipped name for a misspelt one (names are a dozen characters). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
