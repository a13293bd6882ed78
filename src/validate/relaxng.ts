/**
 * Layer 2: RelaxNG, by salve over the positioned tree. Each finding is placed where jing places
 * it (the SAX locator): just past a start tag's `>` for element and attribute errors, just past a
 * text for text errors, just past an end tag's `>` for content left incomplete.
 */
import * as salve from 'salve-annos';
import { LineIndex, diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { XML_NS, type XmlDocument, type XmlElement, type XmlText } from './tree.js';

export const RULE = 'relaxng';

/** Reports a result; returns whether it held errors. */
type Report = (offset: number, result: salve.FireEventResult | salve.EndResult) => boolean;

/**
 * jing reports a missing required element once, where the next element shows it missing; salve
 * reports it again at the parent's end tag. Drop that echo when a child's start tag already failed.
 */
function withoutEcho(result: salve.FireEventResult, childFailed: boolean): salve.FireEventResult {
  if (!result || !childFailed) return result;
  const kept = result.filter((e) => !(e instanceof salve.ElementNameError && e.msg === 'tag required'));
  return kept.length > 0 ? kept : false;
}

/**
 * jing hears a text a line at a time (Xerces delivers characters up to each newline), so a text
 * that is not allowed is reported at the end of each of its lines that holds more than spaces.
 */
function reportText(text: XmlText, doc: XmlDocument, result: salve.FireEventResult, report: Report): void {
  if (!result || result.length === 0) return;
  const source = doc.text.slice(text.startOffset, text.endOffset);
  let lineStart = 0;
  for (const line of source.split('\n')) {
    if (line.trim() !== '') report(text.startOffset + lineStart + line.replace(/\r$/, '').length, result);
    lineStart += line.length + 1;
  }
}

/** Fires an element's events; returns whether its start tag failed. */
function fireElement(
  walker: salve.GrammarWalker<salve.DefaultNameResolver>,
  doc: XmlDocument,
  el: XmlElement,
  report: Report,
): boolean {
  const resolver = walker.nameResolver;
  if (el.declaredNamespaces) resolver.enterContextWithMapping(el.declaredNamespaces);
  const startFailed = report(el.tagEndOffset, walker.fireEvent('enterStartTag', [el.uri, el.local]));
  for (const a of el.attributes) {
    report(el.tagEndOffset, walker.fireEvent('attributeName', [a.uri, a.local]));
    report(el.tagEndOffset, walker.fireEvent('attributeValue', [a.value]));
  }
  report(el.tagEndOffset, walker.fireEvent('leaveStartTag', []));
  let childFailed = false;
  for (const child of el.children) {
    if (child.kind === 'element') childFailed = fireElement(walker, doc, child, report) || childFailed;
    else reportText(child, doc, walker.fireEvent('text', [child.text]), report);
  }
  report(el.endOffset, withoutEcho(walker.fireEvent('endTag', [el.uri, el.local]), childFailed));
  if (el.declaredNamespaces) resolver.leaveContext();
  return startFailed;
}

/** Validate a parsed document against a prepared grammar. */
export function validateRelaxNg(grammar: salve.Grammar, doc: XmlDocument, file: string, lines: LineIndex): Diagnostic[] {
  const walker = grammar.newWalker(new salve.DefaultNameResolver(), false);
  const found: Diagnostic[] = [];
  const report: Report = (offset, result) => {
    if (!result) return false;
    for (const error of result) {
      found.push(diagnostic(file, lines.position(offset), 'error', RULE, describe(error)));
    }
    return result.length > 0;
  };
  fireElement(walker, doc, doc.root, report);
  report(doc.root.endOffset, walker.end());
  return found;
}

/** salve's message with names written as jing writes them: `"prefix:local"` or `"local"`. */
function describe(error: salve.ValidationError): string {
  return error.toStringWithNames(error.getNames().map((name) => nameText(name)));
}

function nameText(name: salve.BaseName): string {
  if (name instanceof salve.Name) return `"${name.ns === XML_NS ? 'xml:' : ''}${name.name}"`;
  return name.toString();
}
