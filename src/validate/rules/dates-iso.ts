/**
 * Dates are real ISO 8601 dates: `@when`, `@notBefore`, `@notAfter`, `@from` and `@to` are written
 * as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time, and name a day that exists (no 1977-02-30).
 * What a date is, is src/model/iso-date.ts's to say.
 */
import { DATE_ATTRIBUTES, isoDateProblem } from '../../model/iso-date.js';
import { descendants, type XmlElement } from '../tree.js';
import { ruleDocs, type RuleFinding, type RuleSeverity } from './rule.js';

export const id = 'dates-iso';
export const severity: RuleSeverity = { profile: 'error', otherSchemas: 'warning' };
export const docs = ruleDocs(id);

export function check(root: XmlElement): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const el of descendants(root)) {
    for (const a of el.attributes) {
      if (a.uri !== '' || !DATE_ATTRIBUTES.has(a.local)) continue;
      const problem = isoDateProblem(a.value.trim());
      if (problem) findings.push({ element: el, attribute: a.name, message: `${el.name}/@${a.name} "${a.value}" ${problem}` });
    }
  }
  return findings;
}
