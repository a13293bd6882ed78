import type { Severity } from '../../model/diagnostic.js';
import type { XmlElement } from '../tree.js';

/** What a rule found: the element it is about and what is wrong with it. */
export interface RuleFinding {
  element: XmlElement;
  /** The attribute at fault, by name as written, when the finding is about one. */
  attribute?: string;
  message: string;
  /** Another element the finding points to (the first of two duplicates), with what it is. */
  related?: { element: XmlElement; message: string };
}

/**
 * A rule's severity against our profile and against any other schema: rules that hold for all
 * XML (unique ids) are errors everywhere; rules about our encoding's conventions are errors
 * against our profile and warnings against another schema.
 */
export interface RuleSeverity {
  profile: Severity;
  otherSchemas: Severity;
}

/** Where each rule is documented: the README's table of rules, one anchor a rule. */
export function ruleDocs(id: string): string {
  return `https://github.com/tei-telegram/tei-telegram#rule-${id}`;
}

/** What every rule module exports. */
export interface Rule {
  readonly id: string;
  readonly severity: RuleSeverity;
  readonly docs: string;
  check(root: XmlElement): RuleFinding[];
}
