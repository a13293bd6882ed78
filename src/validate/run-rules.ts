/** Runs the rules over a positioned tree and turns what they find into the validator's findings. */
import type { Finding } from './finding.js';
import type { Rule, RuleModuleId } from './rules/index.js';
import type { XmlDocument } from './tree.js';

export function runRules(rules: readonly (Rule & { readonly id: RuleModuleId })[], doc: XmlDocument, profile: boolean): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    const severity = profile ? rule.severity.profile : rule.severity.otherSchemas;
    for (const finding of rule.check(doc.root)) {
      found.push({
        at: finding.element.tagEndOffset,
        element: finding.element,
        ...(finding.attribute === undefined ? {} : { attribute: finding.attribute }),
        severity,
        source: 'rules',
        ruleId: rule.id,
        message: finding.message,
        ...(finding.related ? { related: [{ at: finding.related.element.tagEndOffset, message: finding.related.message }] } : {}),
      });
    }
  }
  return found;
}
