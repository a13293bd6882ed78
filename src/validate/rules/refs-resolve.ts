/**
 * Local pointers resolve: every `#id` in a `ptr`/`ref` `@target` and in any `@corresp` names an
 * `xml:id` of this document (a note reference whose note is missing is a broken marker). Pointers
 * to other documents (URLs, `file.xml#id`) are outside this file and not checked.
 */
import { attribute, descendants, isTei, type XmlElement } from '../tree.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'refs-resolve';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'warning' };
export const docs = ruleDocs(id);

function pointerAttributes(el: XmlElement): [string, string][] {
  const found: [string, string][] = [];
  if (isTei(el, 'ptr') || isTei(el, 'ref')) {
    const target = attribute(el, 'target');
    if (target !== undefined) found.push(['target', target]);
  }
  const corresp = attribute(el, 'corresp');
  if (corresp !== undefined) found.push(['corresp', corresp]);
  return found;
}

export function check(root: XmlElement): RuleFinding[] {
  const ids = new Set<string>();
  for (const el of descendants(root)) {
    const value = attribute(el, 'xml:id');
    if (value !== undefined) ids.add(value);
  }
  const findings: RuleFinding[] = [];
  for (const el of descendants(root)) {
    for (const [name, value] of pointerAttributes(el)) {
      for (const pointer of value.split(/\s+/)) {
        if (pointer.startsWith('#') && !ids.has(pointer.slice(1))) {
          findings.push({ element: el, attribute: name, message: `${el.name}/@${name} "${pointer}" does not resolve: no element has xml:id "${pointer.slice(1)}"` });
        }
      }
    }
  }
  return findings;
}
