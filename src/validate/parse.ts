/**
 * Layer 1b: well-formedness. One saxes parse builds the positioned tree the other layers share;
 * the first well-formedness error stops the file (as in jing and every XML parser), reported at the
 * parser's own position. Entities are never expanded beyond XML's five and character references:
 * a DOCTYPE declaring entities is refused outright, so neither external entities (file or network
 * reads) nor nested ones ("billion laughs") can do harm.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { LineIndex, diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { XmlDocument, XmlElement, XmlProcessingInstruction } from './tree.js';

export const RULE = 'well-formed';

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const ENTITY_DECLARATION = /<!ENTITY/;
const SAXES_POSITION_PREFIX = /^(?:.*?:)?\d+:\d+: /;

export type Parsed = { document: XmlDocument } | { error: Diagnostic };

class StopParsing extends Error {}

/**
 * The tag's attributes (saxes' own objects: they hold our fields and more) and its namespace
 * declarations, into the element.
 */
function setAttributes(element: XmlElement, tag: SaxesTagNS): void {
  const all = tag.attributes as Record<string, SaxesAttributeNS>;
  for (const name in all) {
    const a = all[name]!;
    if (a.uri === XMLNS_NS) {
      element.declaredNamespaces ??= {};
      element.declaredNamespaces[a.prefix === 'xmlns' ? a.local : ''] = a.value;
    } else {
      element.attributes.push(a);
    }
  }
}

export function parse(text: string, file: string): Parsed {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | undefined;
  let current: XmlElement | undefined;
  let pendingText = '';
  let pendingStart = 0;
  let pendingEnd = 0;
  /** Where the last markup ended: the next text starts there. */
  let markupEnd = 0;
  let failure: { offset: number; message: string } | undefined;

  const stop = (offset: number, message: string): never => {
    failure = { offset, message };
    throw new StopParsing();
  };
  const flushText = (): void => {
    if (pendingText !== '' && current) {
      current.children.push({ kind: 'text', text: pendingText, startOffset: pendingStart, endOffset: pendingEnd });
    }
    pendingText = '';
  };
  const appendText = (value: string, endOffset: number): void => {
    if (pendingText === '') pendingStart = markupEnd;
    pendingText += value;
    pendingEnd = endOffset;
  };

  parser.on('doctype', (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) {
      stop(
        text.indexOf('<!DOCTYPE'),
        'DOCTYPE declares entities: entities are never expanded here (they could read files or the network, or exhaust memory); replace them with their text',
      );
    }
  });
  // The event fires once `<` of the next markup is read: the text ends one character earlier.
  parser.on('text', (value) => appendText(value, parser.position - 1));
  parser.on('cdata', (value) => appendText(value, parser.position - 3));
  const markupEnded = (): void => {
    markupEnd = parser.position;
  };
  const prolog: XmlProcessingInstruction[] = [];
  parser.on('comment', markupEnded);
  parser.on('processinginstruction', (pi) => {
    if (!root) {
      const endOffset = parser.position;
      prolog.push({ target: pi.target, body: pi.body, startOffset: text.lastIndexOf('<?', endOffset - 1), endOffset });
    }
    markupEnded();
  });
  parser.on('opentag', (tag) => {
    flushText();
    markupEnded();
    const tagEnd = parser.position;
    const element: XmlElement = {
      kind: 'element',
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: [],
      declaredNamespaces: undefined,
      children: [],
      parent: current,
      startOffset: text.lastIndexOf('<', tagEnd - 1),
      tagEndOffset: tagEnd,
      endOffset: tagEnd,
    };
    setAttributes(element, tag);
    if (current) current.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) current = element;
  });
  parser.on('closetag', (tag) => {
    markupEnded();
    if (tag.isSelfClosing) return;
    flushText();
    if (current) {
      current.endOffset = parser.position;
      current = current.parent;
    }
  });
  parser.on('error', (err) => stop(Math.max(0, parser.position - 1), err.message.replace(SAXES_POSITION_PREFIX, '')));

  try {
    parser.write(text).close();
  } catch (err) {
    if (!(err instanceof StopParsing)) throw err;
  }
  if (failure || !root) {
    const { offset, message } = failure ?? { offset: 0, message: 'no root element' };
    return { error: { ...diagnostic(file, new LineIndex(text).position(offset), 'error', RULE, message), source: RULE } };
  }
  return { document: { root, text, prolog } };
}
