/**
 * Numbered paragraphs run in sequence: among sibling `div type="paragraph"` (our numbered
 * paragraphs) or untyped `div`s, each `@n` is the one after the previous (`1, 2, 3`, `a, b, c`). A
 * skipped or repeated number is usually a paragraph the encoder misread or a lost division.
 * Divisions of other types (a document, a chapter, anyone's `parrafo`) carry numbers of their own
 * that an edition may well skip: a selection of documents, a chapter left out.
 */
import { attribute, descendants, isTei, type XmlElement } from '../tree.js';
import { ordinal, sameKind } from './numbering.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'numbered-divisions-sequence';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'warning' };
export const docs = ruleDocs(id);

export function check(root: XmlElement): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const parent of descendants(root)) {
    // Made at the first numbered division: most elements have none among their children.
    let previousByType: Map<string, { n: string; value: number }> | undefined;
    for (const div of parent.children) {
      if (div.kind !== 'element' || !isTei(div, 'div')) continue;
      const n = attribute(div, 'n');
      const value = n === undefined ? undefined : ordinal(n);
      if (n === undefined || value === undefined) continue;
      const type = attribute(div, 'type') ?? '';
      if (type !== 'paragraph' && type !== '') continue;
      previousByType ??= new Map();
      const previous = previousByType.get(type);
      if (previous && sameKind(previous.n, n) && value !== previous.value + 1) {
        findings.push({
          element: div,
          message: `division n="${n}" is out of sequence: expected the one after n="${previous.n}"`,
        });
      }
      previousByType.set(type, { n, value });
    }
  }
  return findings;
}
