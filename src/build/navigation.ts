/**
 * The links between a folder's pages: each document's previous and next within its volume, and the
 * index page that lists it. Made from the encoded documents in document order, which is known only
 * once every document has been encoded; each page's links are made when it is published rather
 * than kept (three links a document would be much of what a build of 50,000 documents holds).
 */
import { volumeOfFileName } from '../model/file-name.js';
import type { NavLink } from '../publish/index.js';
import type { DocumentRecord } from './document.js';
import { indexPage } from './layout.js';
import { byDocumentOrder } from './order.js';

/** A page's links: its neighbours among the encoded documents, and the index page that lists it. */
export interface Links {
  prev?: NavLink;
  next?: NavLink;
  up?: NavLink;
}

/** The encoded documents in document order, and what page of the index lists each. */
export interface Navigation {
  /** The encoded documents, in document order (a single file's build has none: no links, no index). */
  readonly order: readonly DocumentRecord[];
  readonly indexPageSize: number;
  linksOf(doc: DocumentRecord): Links;
  /** The document's place in `order`, if it is there. */
  positionOf(doc: DocumentRecord): number | undefined;
  /** The index page (1-based) that lists the document at `position` of `order`. */
  pageOf(position: number): number;
}

/** The documents in document order (volume, printed number, name). */
export function inDocumentOrder(docs: readonly DocumentRecord[]): DocumentRecord[] {
  return docs
    .map((doc) => ({ doc, key: { name: doc.name, number: doc.data.source?.number } }))
    .sort((a, b) => byDocumentOrder(a.key, b.key))
    .map(({ doc }) => doc);
}

/** Navigation among `ordered` (in document order): its encoded documents for a folder, none for a single file. */
export function navigation(ordered: readonly DocumentRecord[], folder: boolean, indexPageSize: number): Navigation {
  const order = folder ? ordered.filter((doc) => doc.stages.source?.written) : [];
  const rank = new Map(order.map((doc, position) => [doc, position]));
  const pageOf = (position: number): number => Math.floor(position / indexPageSize) + 1;
  return {
    order,
    indexPageSize,
    pageOf,
    positionOf: (doc) => rank.get(doc),
    linksOf(doc) {
      const position = rank.get(doc);
      if (position === undefined) return {};
      // Previous and next stay within the document's volume: another volume's document 100 is not this one's 101st.
      const sameVolume = (other: DocumentRecord | undefined): DocumentRecord | undefined =>
        other && volumeOfFileName(other.name) === volumeOfFileName(doc.name) ? other : undefined;
      const [before, after] = [sameVolume(order[position - 1]), sameVolume(order[position + 1])];
      return {
        prev: before && { href: `${before.name}.html`, label: navLabel(before) },
        next: after && { href: `${after.name}.html`, label: navLabel(after) },
        up: { href: indexPage(pageOf(position)), label: 'Index' },
      };
    },
  };
}

function navLabel(doc: DocumentRecord): string {
  const { number, title } = doc.data.source ?? {};
  const label = title || doc.name;
  return number ? `${number}. ${label}` : label;
}
