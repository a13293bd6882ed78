/** The rule registry: one module per rule, each exporting its id, severity, documentation and check. */
import * as datesIso from './dates-iso.js';
import * as idsUnique from './ids-unique.js';
import * as notesAscending from './notes-ascending.js';
import * as numberedDivisionsSequence from './numbered-divisions-sequence.js';
import * as pagesAscending from './pages-ascending.js';
import * as refsResolve from './refs-resolve.js';
import type { Rule } from './rule.js';

export type { Rule, RuleFinding, RuleSeverity } from './rule.js';

export const rules = [idsUnique, refsResolve, notesAscending, pagesAscending, numberedDivisionsSequence, datesIso] as const satisfies readonly Rule[];

/** The id of one of the rules above. */
export type RuleModuleId = (typeof rules)[number]['id'];
