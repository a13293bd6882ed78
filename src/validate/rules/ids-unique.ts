/** `xml:id` values are unique in a document (XML's own rule, which jing checks too). */
import { attribute, descendants, type XmlElement } from '../tree.js';
import type { Finding } from './rule.js';

export function idsUnique(root: XmlElement): Finding[] {
  const first = new Map<string, XmlElement>();
  const findings: Finding[] = [];
  for (const el of descendants(root)) {
    const id = attribute(el, 'xml:id');
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier) findings.push({ element: el, message: `duplicate xml:id "${id}"`, related: earlier });
    else first.set(id, el);
  }
  return findings;
}
