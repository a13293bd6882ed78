/** Runs the rules over a positioned tree and turns their findings into diagnostics. */
import { diagnostic, type Diagnostic, type LineIndex } from '../model/diagnostic.js';
import type { Rule } from './rules/index.js';
import type { XmlDocument } from './tree.js';

export function runRules(rules: readonly Rule[], doc: XmlDocument, file: string, lines: LineIndex, profile: boolean): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = rule.universal || profile ? 'error' : 'warning';
    for (const finding of rule.check(doc.root)) {
      const at = lines.position(finding.element.tagEndOffset);
      let message = finding.message;
      if (finding.related) {
        const other = lines.position(finding.related.tagEndOffset);
        message += ` (see ${other.line}:${other.column})`;
      }
      found.push(diagnostic(file, at, severity, rule.id, message));
    }
  }
  return found;
}
