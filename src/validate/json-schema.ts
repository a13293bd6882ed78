/**
 * Layer 3: the JSON Schema of our profile (ajv), for what RelaxNG says poorly: attribute formats
 * (ISO dates, FRUS id and `n` patterns) and required header facts. It reads the one tree every
 * layer shares, as a plain structure derived from it (an element is `{name, attributes, text,
 * children}`), and each derived element remembers its tree element, so ajv's instance paths lead
 * straight to the positioned element.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isIsoDate } from '../model/iso-date.js';
import type { Finding } from './finding.js';
import { type XmlDocument, type XmlElement } from './tree.js';

export const RULE = 'json-schema';

/** The structure the JSON Schema describes. */
export interface JsonElement {
  name: string;
  /** By name as written (`xml:id`, `n`). */
  attributes: Record<string, string>;
  /** The element's own text (its text children, joined). */
  text: string;
  children: JsonElement[];
}

/** The derived structure of a tree, and the tree element of each derived one. */
export function derive(root: XmlElement): { json: JsonElement; elementOf: Map<JsonElement, XmlElement> } {
  const elementOf = new Map<JsonElement, XmlElement>();
  const convert = (el: XmlElement): JsonElement => {
    const attributes: Record<string, string> = {};
    for (const a of el.attributes) attributes[a.name] = a.value;
    let text = '';
    const children: JsonElement[] = [];
    for (const child of el.children) {
      if (child.kind === 'text') text += child.text;
      else children.push(convert(child));
    }
    const json: JsonElement = { name: el.name, attributes, text, children };
    elementOf.set(json, el);
    return json;
  };
  return { json: convert(root), elementOf };
}

/** The element an instance path points into, and the attribute if it ends on one. */
export function locate(json: JsonElement, elementOf: Map<JsonElement, XmlElement>, instancePath: string): { element: XmlElement; attribute?: string } {
  const segments = instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at = json;
  for (let i = 0; i < segments.length; i += 2) {
    const next = segments[i + 1];
    if (segments[i] === 'attributes') return next === undefined ? { element: elementOf.get(at)! } : { element: elementOf.get(at)!, attribute: next };
    if (segments[i] !== 'children' || next === undefined) break;
    const child = at.children[Number(next)];
    if (!child) break;
    at = child;
  }
  return { element: elementOf.get(at)! };
}

function describe(error: ErrorObject, at: { element: XmlElement; attribute?: string }): { message: string; attribute?: string } {
  const where = at.attribute ? `${at.element.name}/@${at.attribute}` : at.element.name;
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    return { message: `${where}: missing required attribute ${missing}`, attribute: missing };
  }
  const found = 'data' in error && typeof error.data === 'string' ? `, found "${error.data}"` : '';
  const message = described ? `${where}: expected ${described}${found}` : `${where} ${error.message ?? 'is invalid'}`;
  return at.attribute === undefined ? { message } : { message, attribute: at.attribute };
}

/** Ajv errors that only say a sub-schema failed, when the sub-schema's own errors say why. */
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'allOf']);

function under(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/**
 * The errors worth reporting. For a `contains` (a teiHeader among the root's children) ajv also
 * returns what every child it tried lacked; a child of another name was never a candidate, so its
 * errors go. Of what remains, an error inside the candidate (a title with no text) says more
 * than the `contains` above it, which is kept only when nothing inside explains it.
 */
export function meaningful(errors: readonly ErrorObject[]): ErrorObject[] {
  const otherNames = errors
    .filter((e) => e.keyword === 'const' && e.instancePath.endsWith('/name') && e.instancePath !== '/name')
    .map((e) => e.instancePath.slice(0, -'/name'.length));
  const candidates = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword) && !otherNames.some((p) => under(e.instancePath, p)));
  return candidates.filter(
    (e) => e.keyword !== 'contains' || !candidates.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)),
  );
}

export class JsonSchemaLayer {
  private readonly check: ValidateFunction;

  constructor(schemaPath: string) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    ajv.addFormat('iso-date', { type: 'string', validate: (value: string) => isIsoDate(value.trim()) });
    this.check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }

  validate(doc: XmlDocument): Finding[] {
    const { json, elementOf } = derive(doc.root);
    if (this.check(json)) return [];
    const found: Finding[] = [];
    const seen = new Set<string>();
    for (const error of meaningful(this.check.errors ?? [])) {
      const at = locate(json, elementOf, error.instancePath);
      const { message, attribute } = describe(error, at);
      const key = `${at.element.tagEndOffset}\0${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        at: at.element.tagEndOffset,
        element: at.element,
        ...(attribute === undefined ? {} : { attribute }),
        severity: 'error',
        source: 'json-schema',
        ruleId: RULE,
        message,
      });
    }
    return found;
  }
}
