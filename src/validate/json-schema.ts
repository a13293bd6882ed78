/**
 * Layer 3: the JSON Schema of our profile (ajv) over fast-xml-parser's ordered parse, for what
 * RelaxNG says poorly: attribute formats (ISO dates, FRUS id and `n` patterns) and required header
 * facts. ajv reports instance paths, not positions, so each path is walked in step with the
 * positioned tree to place the finding on its element.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { diagnostic, type Diagnostic, type LineIndex } from '../model/diagnostic.js';
import { childElements, type XmlDocument, type XmlElement } from './tree.js';

export const RULE = 'json-schema';

const ATTRIBUTES = ':@';
const ATTRIBUTE_PREFIX = '@_';

type OrderedNode = Record<string, unknown>;

export const orderedParser = new XMLParser({
  preserveOrder: true,
  trimValues: false,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** The tag name of an ordered node, or undefined for text, comments and processing instructions. */
function tagOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  for (const key of Object.keys(node)) {
    if (key !== ATTRIBUTES && key !== '#text' && !key.startsWith('?')) return key;
  }
  return undefined;
}

/**
 * The element an instance path points into, and the attribute if it ends on one. Ordered children
 * and tree children correspond one to one once text is set aside.
 */
export function locate(
  ordered: unknown[],
  root: XmlElement,
  instancePath: string,
): { element: XmlElement; attribute?: string } {
  const segments = instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let nodes: unknown[] = ordered;
  let candidates: XmlElement[] = [root];
  let element = root;
  for (let i = 0; i < segments.length; i += 2) {
    const index = Number(segments[i]);
    const node = nodes[index];
    const tag = tagOf(node);
    if (tag === undefined || !Number.isInteger(index)) break;
    const position = nodes.slice(0, index).filter((n) => tagOf(n) !== undefined).length;
    const found = candidates[position];
    if (!found) break;
    element = found;
    const next = segments[i + 1];
    if (next === ATTRIBUTES) {
      const name = segments[i + 2];
      return name === undefined ? { element } : { element, attribute: name.slice(ATTRIBUTE_PREFIX.length) };
    }
    if (next !== tag) break;
    nodes = (node as OrderedNode)[tag] as unknown[];
    candidates = childElements(element);
  }
  return { element };
}

function message(error: ErrorObject, at: { element: XmlElement; attribute?: string }): string {
  const where = at.attribute ? `${at.element.name}/@${at.attribute}` : at.element.name;
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const what = missing.startsWith(ATTRIBUTE_PREFIX) ? `attribute ${missing.slice(ATTRIBUTE_PREFIX.length)}` : `element ${missing}`;
    return `${where}: missing required ${what}`;
  }
  if (described) return `${where}: expected ${described}${'data' in error && typeof error.data === 'string' ? `, found "${error.data}"` : ''}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** Ajv errors that only say a sub-schema failed, when the sub-schema's own errors say why. */
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'allOf']);

/**
 * The errors worth reporting. ajv also returns the trial errors of every item a `contains` tried
 * (their schema paths are not under `#/definitions/`) and, for nested `contains`, one failure per
 * level: keep the element checks and the innermost `contains`, which names the missing fact.
 */
export function meaningful(errors: readonly ErrorObject[]): ErrorObject[] {
  const contains = errors.filter((e) => e.keyword === 'contains');
  const innermost = contains.filter((e) => !contains.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)));
  const checks = errors.filter(
    (e) =>
      e.schemaPath.startsWith('#/definitions/') &&
      e.keyword !== 'contains' &&
      !SUMMARY_KEYWORDS.has(e.keyword) &&
      !isTextAlternative(e),
  );
  return [...checks, ...innermost];
}

/** A failing element is also "not a text node" under the node's anyOf: that half says nothing. */
function isTextAlternative(error: ErrorObject): boolean {
  return error.keyword === 'required' && (error.params as { missingProperty?: string }).missingProperty === '#text';
}

export class JsonSchemaLayer {
  private readonly check: ValidateFunction;

  constructor(schemaPath: string) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    this.check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }

  validate(doc: XmlDocument, file: string, lines: LineIndex): Diagnostic[] {
    const ordered = orderedParser.parse(doc.text) as unknown[];
    if (this.check(ordered)) return [];
    const found: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const error of meaningful(this.check.errors ?? [])) {
      const at = locate(ordered, doc.root, error.instancePath);
      const text = message(error, at);
      const key = `${at.element.tagEndOffset}\0${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(diagnostic(file, lines.position(at.element.tagEndOffset), 'error', RULE, text));
    }
    return found;
  }
}
