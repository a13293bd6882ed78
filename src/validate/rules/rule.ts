import type { XmlElement } from '../tree.js';

/** What a rule found: the element it is about and what is wrong with it. */
export interface Finding {
  element: XmlElement;
  message: string;
  /** Another element the finding points to (the first of two duplicates); its position is cited. */
  related?: XmlElement;
}

export interface Rule {
  /** The rule's module name, used as the diagnostic's rule id. */
  id: string;
  /**
   * True when the rule holds for all XML (unique ids): an error under any schema. Rules about our
   * profile's conventions are errors against our profile and warnings against another schema.
   */
  universal: boolean;
  check(root: XmlElement): Finding[];
}
