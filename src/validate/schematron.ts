/**
 * Layer 4b: a user's ISO Schematron rules, XPath evaluated by saxon-js (XPath 3.1). Each failed
 * `assert` and each fired `report` is placed at its context node's start tag: saxon's nodes carry
 * no positions, so a node's path of element indices is followed down the positioned tree.
 * Supported: `ns`, `pattern`, `rule/@context`, `assert`, `report`, `let` (schema, pattern and rule
 * level), `name` and `value-of` in messages; a node is matched by the first fitting rule of a pattern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LineIndex, PositionedError, diagnostic, type Severity } from '../model/diagnostic.js';
import type { Finding } from './finding.js';
import { parse } from './parse.js';
import { attribute, childElements, type XmlDocument, type XmlElement } from './tree.js';

export const RULE = 'schematron';
const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';

/** The slice of saxon-js used here (it ships no types). */
interface SaxonNode {
  nodeType: number;
  parentNode: SaxonNode | null;
  childNodes: ArrayLike<SaxonNode>;
}
interface SaxonXPath {
  evaluate(xpath: string, context: unknown, options?: { namespaceContext?: Record<string, string>; params?: Record<string, unknown>; resultForm?: 'array' }): unknown;
}

interface Check {
  kind: 'assert' | 'report';
  test: string;
  /** The message as parts: literal text, or an XPath (`value-of`, `name`) to evaluate at the node. */
  message: ({ text: string } | { xpath: string })[];
  role: string | undefined;
  element: XmlElement;
}
interface Variable {
  name: string;
  value: string;
}
interface SchRule {
  context: string;
  variables: Variable[];
  checks: Check[];
}
interface Pattern {
  variables: Variable[];
  rules: SchRule[];
}

function isSch(el: XmlElement, local: string): boolean {
  return el.uri === SCH_NS && el.local === local;
}

function variablesOf(el: XmlElement): Variable[] {
  return childElements(el)
    .filter((c) => isSch(c, 'let'))
    .map((c) => ({ name: attribute(c, 'name') ?? '', value: attribute(c, 'value') ?? '' }));
}

function messageOf(check: XmlElement): Check['message'] {
  return check.children.map((c) => {
    if (c.kind === 'text') return { text: c.text };
    if (isSch(c, 'value-of')) return { xpath: `string-join((${attribute(c, 'select') ?? '.'}) ! string(.), ' ')` };
    if (isSch(c, 'name')) return { xpath: `name(${attribute(c, 'path') ?? '.'})` };
    return { text: '' };
  });
}

/** A fault of the Schematron file itself, at its own `file:line:col`. */
function schemaError(path: string, lines: LineIndex, el: XmlElement, message: string): PositionedError {
  return new PositionedError({ ...diagnostic(path, lines.position(el.tagEndOffset), 'error', RULE, `${message} (in the Schematron file)`), source: RULE });
}

function readSchema(path: string): { namespaces: Record<string, string>; variables: Variable[]; patterns: Pattern[] } {
  const parsed = parse(readFileSync(path, 'utf8'), path);
  if ('error' in parsed) throw new PositionedError({ ...parsed.error, message: `${parsed.error.message} (in the Schematron file)`, rule: RULE, source: RULE });
  const lines = new LineIndex(parsed.document.text);
  const schema = parsed.document.root;
  if (!isSch(schema, 'schema')) throw schemaError(path, lines, schema, `not an ISO Schematron schema: the root must be sch:schema in ${SCH_NS}`);
  const namespaces: Record<string, string> = {};
  for (const ns of childElements(schema).filter((c) => isSch(c, 'ns'))) {
    namespaces[attribute(ns, 'prefix') ?? ''] = attribute(ns, 'uri') ?? '';
  }
  const patterns = childElements(schema)
    .filter((c) => isSch(c, 'pattern'))
    .map((pattern) => ({
      variables: variablesOf(pattern),
      rules: childElements(pattern)
        .filter((c) => isSch(c, 'rule'))
        .map((rule) => ({
          context: attribute(rule, 'context') ?? '/',
          variables: variablesOf(rule),
          checks: childElements(rule)
            .filter((c) => isSch(c, 'assert') || isSch(c, 'report'))
            .map((c) => ({
              kind: c.local as 'assert' | 'report',
              test: attribute(c, 'test') ?? 'true()',
              message: messageOf(c),
              role: attribute(c, 'role'),
              element: c,
            })),
        })),
    }));
  const read = { namespaces, variables: variablesOf(schema), patterns };
  checkXPaths(path, lines, schema, read.namespaces);
  return read;
}

/**
 * XPath's static errors that are the schema's fault wherever it is used: syntax, an unknown prefix,
 * an unknown function. (An unbound variable is not among them: variables are bound per node.)
 */
const STATIC_ERRORS = new Set(['XPST0003', 'XPST0017', 'XPST0081']);

const XPATH_ATTRIBUTES: Record<string, string> = { rule: 'context', assert: 'test', report: 'test', let: 'value', 'value-of': 'select' };

/**
 * Every XPath of the schema, compiled once against an empty document, so that a typo is reported
 * at its own line before any document is checked.
 */
function checkXPaths(path: string, lines: LineIndex, schema: XmlElement, namespaces: Record<string, string>): void {
  const xpath = saxonXPath();
  const empty = xpath.evaluate('parse-xml("<x/>")', []);
  const stack: XmlElement[] = [schema];
  while (stack.length > 0) {
    const el = stack.pop()!;
    stack.push(...childElements(el));
    if (el.uri !== SCH_NS) continue;
    const name = XPATH_ATTRIBUTES[el.local];
    const expression = name === undefined ? undefined : attribute(el, name);
    if (expression === undefined) continue;
    const compiled = el.local === 'rule' ? contextXPath(expression) : expression;
    try {
      xpath.evaluate(`(${compiled})[false()]`, empty, { namespaceContext: namespaces });
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      if (code !== undefined && STATIC_ERRORS.has(code)) {
        throw schemaError(path, lines, el, `sch:${el.local}/@${name} "${expression}" is not a valid XPath: ${message ?? code} [${code}]`);
      }
    }
  }
}

function saxonXPath(): SaxonXPath {
  return (createRequire(import.meta.url)('saxon-js') as { XPath: SaxonXPath }).XPath;
}

/** A rule context is an XSLT pattern; as an XPath it selects from anywhere in the document. */
function contextXPath(context: string): string {
  return context
    .split('|')
    .map((branch) => branch.trim())
    .map((branch) => (branch.startsWith('/') ? branch : `//${branch}`))
    .join(' | ');
}

/** Element indices from the document element down to a saxon node (its element for other nodes). */
function pathOf(xpath: SaxonXPath, node: SaxonNode): number[] {
  let element: SaxonNode | null = node.nodeType === 1 ? node : (xpath.evaluate('ancestor::*[1]', node) as SaxonNode | null);
  const path: number[] = [];
  while (element && element.nodeType === 1 && element.parentNode && element.parentNode.nodeType === 1) {
    const siblings = Array.from(element.parentNode.childNodes).filter((n) => n.nodeType === 1);
    path.unshift(siblings.indexOf(element));
    element = element.parentNode;
  }
  return path;
}

function elementAt(root: XmlElement, path: number[]): XmlElement {
  let element = root;
  for (const index of path) element = childElements(element)[index] ?? element;
  return element;
}

/** Schematron's `role`, as Schematron tools read it: `info`, `warning` (or `warn`), else an error. */
function severityOf(role: string | undefined): Severity {
  const r = role?.trim().toLowerCase();
  if (r === 'info' || r === 'information') return 'info';
  if (r === 'warning' || r === 'warn') return 'warning';
  return 'error';
}

export class SchematronLayer {
  private readonly xpath: SaxonXPath;
  private readonly schema: ReturnType<typeof readSchema>;

  constructor(schematronPath: string) {
    this.schema = readSchema(schematronPath);
    this.xpath = saxonXPath();
  }

  private bind(variables: Variable[], context: unknown, params: Record<string, unknown>): Record<string, unknown> {
    const bound = { ...params };
    for (const v of variables) {
      bound[v.name] = this.xpath.evaluate(v.value, context, { namespaceContext: this.schema.namespaces, params: bound });
    }
    return bound;
  }

  validate(doc: XmlDocument): Finding[] {
    const xpath = this.xpath;
    const namespaceContext = this.schema.namespaces;
    const document = xpath.evaluate('parse-xml($text)', [], { params: { text: doc.text } });
    const globals = this.bind(this.schema.variables, document, {});
    const found: Finding[] = [];
    for (const pattern of this.schema.patterns) {
      const patternParams = this.bind(pattern.variables, document, globals);
      const matched = new Set<SaxonNode>();
      for (const rule of pattern.rules) {
        const nodes = xpath.evaluate(contextXPath(rule.context), document, { namespaceContext, params: patternParams, resultForm: 'array' }) as SaxonNode[];
        for (const node of nodes) {
          if (matched.has(node)) continue;
          matched.add(node);
          const params = this.bind(rule.variables, node, patternParams);
          for (const check of rule.checks) {
            const holds = xpath.evaluate(`boolean(${check.test})`, node, { namespaceContext, params }) === true;
            if (holds === (check.kind === 'assert')) continue;
            const text = check.message
              .map((part) => ('text' in part ? part.text : String(xpath.evaluate(part.xpath, node, { namespaceContext, params }))))
              .join('')
              .replace(/\s+/g, ' ')
              .trim();
            const element = elementAt(doc.root, pathOf(xpath, node));
            found.push({
              at: element.tagEndOffset,
              element,
              severity: severityOf(check.role),
              source: 'schematron',
              ruleId: RULE,
              message: text || `${check.kind} failed: ${check.test}`,
            });
          }
        }
      }
    }
    return found;
  }
}
