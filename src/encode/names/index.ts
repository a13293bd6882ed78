/**
 * Names and terms: the list readers (TEI or text, into typed entries) and the linker, a pass over
 * the model that `encode` runs when it is given lists.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { NameLists } from '../../model/names.js';
import { readPersonList, readTermList } from './read-list.js';

export { linkMentions } from './link.js';
export { readPersonList, readTermList } from './read-list.js';

/** A list file's text and the name diagnostics give it. */
export interface ListSource {
  text: string;
  file: string;
}

/** Reads the lists given (either may be missing: its entries are then none). */
export function readLists(sources: { persons?: ListSource; terms?: ListSource }): { lists: NameLists; diagnostics: Diagnostic[] } {
  const persons = sources.persons ? readPersonList(sources.persons.text, sources.persons.file) : { entries: [], diagnostics: [] };
  const terms = sources.terms ? readTermList(sources.terms.text, sources.terms.file) : { entries: [], diagnostics: [] };
  return { lists: { persons: persons.entries, terms: terms.entries }, diagnostics: [...persons.diagnostics, ...terms.diagnostics] };
}
