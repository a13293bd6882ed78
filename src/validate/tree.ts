/**
 * The positioned element tree that every validation layer reads: RelaxNG events, the JSON-Schema
 * position map and the rules all come from this one parse, so they agree on where things are.
 * Positions are offsets into the decoded text; `LineIndex` turns them into line and column.
 */
export interface XmlAttribute {
  /** Qualified name as written, e.g. `xml:id`. */
  name: string;
  local: string;
  uri: string;
  value: string;
}

export interface XmlText {
  kind: 'text';
  text: string;
  /** Offset of the text's first character in the source. */
  startOffset: number;
  /** Offset just past the text's last character (where jing reports text errors). */
  endOffset: number;
}

export interface XmlElement {
  kind: 'element';
  /** Qualified name as written, e.g. `tei:div` or `div`. */
  name: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  /** Namespace bindings this element declares (prefix → URI, '' for the default), if any. */
  declaredNamespaces: Record<string, string> | undefined;
  children: XmlNode[];
  parent: XmlElement | undefined;
  /** Offset of the `<` that opens the start tag. */
  startOffset: number;
  /** Offset just past the start tag's `>` (where jing reports errors about the start tag). */
  tagEndOffset: number;
  /** Offset just past the end tag's `>` (same as tagEndOffset for an empty element). */
  endOffset: number;
}

export type XmlNode = XmlElement | XmlText;

/** A processing instruction before the root element (`<?xml-model href="…"?>`). */
export interface XmlProcessingInstruction {
  target: string;
  body: string;
  startOffset: number;
  endOffset: number;
}

export interface XmlDocument {
  root: XmlElement;
  text: string;
  /** The processing instructions of the prolog, in order (the XML declaration is not one). */
  prolog: XmlProcessingInstruction[];
}

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export function attribute(el: XmlElement, name: string): string | undefined {
  for (const a of el.attributes) if (a.name === name) return a.value;
  return undefined;
}

const inOrder = new WeakMap<XmlElement, readonly XmlElement[]>();

/**
 * Every element in document order, root first. Computed once per element asked about (the tree
 * never changes after the parse), since every rule walks the whole document.
 */
export function descendants(root: XmlElement): readonly XmlElement[] {
  const known = inOrder.get(root);
  if (known) return known;
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    found.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
  inOrder.set(root, found);
  return found;
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element');
}

/** True when the element is TEI's `local` (in the TEI namespace). */
export function isTei(el: XmlElement, local: string): boolean {
  return el.local === local && el.uri === TEI_NS;
}
