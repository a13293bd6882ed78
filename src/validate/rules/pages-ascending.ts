/**
 * Page numbers ascend across the file: each `pb` with an arabic `@n` comes after a lower one.
 * Roman front-matter pages and unnumbered breaks are not compared.
 */
import { attribute, descendants, isTei, type XmlElement } from '../tree.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'pages-ascending';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'warning' };
export const docs = ruleDocs(id);

export function check(root: XmlElement): RuleFinding[] {
  let previous: { n: string; value: number } | undefined;
  const findings: RuleFinding[] = [];
  for (const el of descendants(root)) {
    if (!isTei(el, 'pb')) continue;
    const n = attribute(el, 'n')?.trim();
    if (n === undefined || !/^\d+$/.test(n)) continue;
    const value = Number(n);
    if (previous && value <= previous.value) {
      findings.push({ element: el, message: `page n="${n}" does not ascend: it follows page n="${previous.n}"` });
    }
    previous = { n, value };
  }
  return findings;
}
