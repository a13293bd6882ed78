/**
 * What a validation layer found, before it is a diagnostic: where (an offset, and the element and
 * attribute it is about), what, and who said it. Kept as offsets so that one place turns all the
 * layers' findings into positioned diagnostics, and one fault seen by several layers (a month 13
 * that RelaxNG, the JSON Schema and `dates-iso` all reject) is reported once.
 */
import { LineIndex, type Diagnostic, type Position, type Severity } from '../model/diagnostic.js';
import type { RuleId } from './rule-ids.js';
import type { XmlDocument, XmlElement } from './tree.js';

/** The layers, in the order a fault is best explained by: the most specific message first. */
export const SOURCES = ['rules', 'json-schema', 'relaxng', 'schematron', 'schema-choice'] as const;
export type Source = (typeof SOURCES)[number];

export interface Finding {
  /** Where it is reported (as jing reports: just past a start tag, at the end of a text's line). */
  at: number;
  /** The element it is about, whose start tag is its extent unless `span` says otherwise. */
  element?: XmlElement;
  /** The attribute it is about, by name as written (`xml:id`, `when`); findings about one attribute merge. */
  attribute?: string;
  /** Its extent as offsets, when not the element's start tag or the attribute. */
  span?: [number, number];
  severity: Severity;
  source: Source;
  ruleId: RuleId;
  message: string;
  related?: { at: number; message: string }[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Of findings about the same attribute at the same place, the most severe, best-explained one. */
function better(a: Finding, b: Finding): Finding {
  const bySeverity = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (bySeverity !== 0) return bySeverity > 0 ? b : a;
  return SOURCES.indexOf(b.source) < SOURCES.indexOf(a.source) ? b : a;
}

/** One finding per fault: those about the same attribute of the same element merge into one. */
export function oneFindingPerFault(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const byFault = new Map<string, number>();
  for (const finding of findings) {
    if (finding.attribute === undefined) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.at}\0${finding.attribute}`;
    const index = byFault.get(key);
    if (index === undefined) {
      byFault.set(key, kept.length);
      kept.push(finding);
    } else {
      kept[index] = better(kept[index]!, finding);
    }
  }
  return kept;
}

/** The expression that finds `name="…"` in a start tag, by attribute name: a few names recur in every file. */
const attributeExpressions = new Map<string, RegExp>();

/** Where `name="…"` is written in an element's start tag, or undefined when it is not there. */
function attributeSpan(text: string, element: XmlElement, name: string): [number, number] | undefined {
  const tag = text.slice(element.startOffset, element.tagEndOffset);
  let expression = attributeExpressions.get(name);
  if (!expression) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expression = new RegExp(`\\s(${escaped}\\s*=\\s*(?:"[^"]*"|'[^']*'))`);
    // Names come from documents: a long-lived process validating odd ones keeps no more than this.
    if (attributeExpressions.size >= 1000) attributeExpressions.clear();
    attributeExpressions.set(name, expression);
  }
  const m = expression.exec(tag);
  if (!m) return undefined;
  const start = element.startOffset + m.index + 1;
  return [start, start + m[1]!.length];
}

function extent(finding: Finding, text: string): [number, number] | undefined {
  if (finding.span) return finding.span;
  if (!finding.element) return undefined;
  const attribute = finding.attribute === undefined ? undefined : attributeSpan(text, finding.element, finding.attribute);
  return attribute ?? [finding.element.startOffset, finding.element.tagEndOffset];
}

export function toDiagnostic(finding: Finding, doc: XmlDocument, file: string, lines: LineIndex): Diagnostic {
  const at: Position = lines.position(finding.at);
  const diagnostic: Diagnostic = {
    file,
    line: at.line,
    column: at.column,
    severity: finding.severity,
    rule: finding.ruleId,
    source: finding.source,
    message: finding.message,
  };
  const span = extent(finding, doc.text);
  if (span) diagnostic.range = { start: lines.position(span[0]), end: lines.position(span[1]) };
  if (finding.related) {
    diagnostic.related = finding.related.map((r) => ({ file, ...lines.position(r.at), message: r.message }));
  }
  return diagnostic;
}
