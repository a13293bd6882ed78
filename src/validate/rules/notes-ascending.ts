/**
 * Note numbers ascend. FRUS numbers notes per document (`d284fn1`, `d284fn2`, … restart in each
 * `div[@type='document']`), so the order is checked within each document div, or in the whole
 * file when it has none. Unnumbered notes and symbols (`*`) are not counted. A number may repeat:
 * older volumes print one note's number again where the same note is cited a second time.
 */
import { attribute, descendants, isTei, type XmlElement } from '../tree.js';
import { ordinal } from './numbering.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'notes-ascending';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'warning' };
export const docs = ruleDocs(id);

function documentOf(el: XmlElement, root: XmlElement): XmlElement {
  for (let at: XmlElement | undefined = el.parent; at; at = at.parent) {
    if (isTei(at, 'div') && attribute(at, 'type') === 'document') return at;
  }
  return root;
}

export function check(root: XmlElement): RuleFinding[] {
  const last = new Map<XmlElement, { n: string; value: number }>();
  const findings: RuleFinding[] = [];
  for (const el of descendants(root)) {
    if (!isTei(el, 'note')) continue;
    const n = attribute(el, 'n');
    const value = n === undefined ? undefined : ordinal(n);
    if (n === undefined || value === undefined || !/^\d+$/.test(n.trim())) continue;
    const scope = documentOf(el, root);
    const previous = last.get(scope);
    if (previous && value < previous.value) {
      findings.push({ element: el, message: `note n="${n}" does not ascend: it follows note n="${previous.n}"` });
    }
    last.set(scope, { n, value });
  }
  return findings;
}
