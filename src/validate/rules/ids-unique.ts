/** `xml:id` values are unique in a document (XML's own rule, which jing checks too). */
import { attribute, descendants, type XmlElement } from '../tree.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'ids-unique';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'error' };
export const docs = ruleDocs(id);

export function check(root: XmlElement): RuleFinding[] {
  const first = new Map<string, XmlElement>();
  const findings: RuleFinding[] = [];
  for (const el of descendants(root)) {
    const value = attribute(el, 'xml:id');
    if (value === undefined) continue;
    const earlier = first.get(value);
    if (!earlier) {
      first.set(value, el);
      continue;
    }
    findings.push({
      element: el,
      attribute: 'xml:id',
      message: `duplicate xml:id "${value}"`,
      related: { element: earlier, message: `first occurrence of xml:id "${value}"` },
    });
  }
  return findings;
}
