/**
 * A volume's lists of persons and of abbreviations and terms, as typed entries: what the list
 * readers make of a FRUS front-matter section or of the text a reader copies from the web edition,
 * and what the linker points mentions to and the TEI writer lists in the header.
 */
import type { Position } from './diagnostic.js';

export interface PersonEntry {
  kind: 'person';
  /** Kept from a TEI list; minted for a text list (`p_` + initials + `_n`). */
  id: string;
  /** The name as the list prints it (`Carter, James Earl, “Jimmy,”`). */
  name: string;
  /** `Ecevit`, `Galindo Pohl`, `al-Assad`; a single name (`Iakovos`, `Makarios III`) is the surname. */
  surname: string;
  /** `James Earl`, `W. Park`; empty for a single name. */
  forenames: string;
  /** Ranks and styles printed with the name (`General`, `Sir`, `Lord`). */
  titles: string[];
  /** `Jr.`, `II`, `III`. */
  suffix?: string;
  /** `Jimmy`, `Roy`, `Tip`. */
  nicknames: string[];
  /** The identification that follows the name, without the separating comma. */
  description: string;
  /** A cross-reference (`Caramanlis, Constantine, see Karamanlis, Konstantine`): the name referred to. */
  see?: string;
  /** Where the entry stands in its list. */
  at: Position;
}

export interface TermEntry {
  kind: 'term';
  id: string;
  /** The abbreviation or term as printed (`IMF`, `S/S–O`, `reftel`). */
  term: string;
  /** `International Monetary Fund`. */
  expansion: string;
  at: Position;
}

/** The lists `encode` links mentions to; either may be empty. */
export interface NameLists {
  persons: PersonEntry[];
  terms: TermEntry[];
}
