/** The rule registry: one module per rule, the rule id is the module's name. */
import { datesIso } from './dates-iso.js';
import { idsUnique } from './ids-unique.js';
import { notesAscending } from './notes-ascending.js';
import { numberedDivisionsSequence } from './numbered-divisions-sequence.js';
import { pagesAscending } from './pages-ascending.js';
import { refsResolve } from './refs-resolve.js';
import type { Rule } from './rule.js';

export type { Finding, Rule } from './rule.js';

export const rules: readonly Rule[] = [
  { id: 'ids-unique', universal: true, check: idsUnique },
  { id: 'refs-resolve', universal: false, check: refsResolve },
  { id: 'notes-ascending', universal: false, check: notesAscending },
  { id: 'pages-ascending', universal: false, check: pagesAscending },
  { id: 'numbered-divisions-sequence', universal: false, check: numberedDivisionsSequence },
  { id: 'dates-iso', universal: false, check: datesIso },
];
