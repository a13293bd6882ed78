/**
 * Layer 2: RelaxNG, by salve over the positioned tree. Each finding is placed where jing places
 * it (the SAX locator): just past a start tag's `>` for element and attribute errors, just past a
 * text for text errors, just past an end tag's `>` for content left incomplete.
 */
import * as salve from 'salve-annos';
import type { Finding } from './finding.js';
import { XML_NS, type XmlDocument, type XmlElement, type XmlText } from './tree.js';

export const RULE = 'relaxng';

type Result = salve.FireEventResult | salve.EndResult;

/** Reports a result about an element (and one of its attributes); returns whether it held errors. */
type Report = (at: number, result: Result, element?: XmlElement, span?: [number, number]) => boolean;

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
 * After an attribute value it rejects, salve can refuse the element's text as well (its walker
 * for the attribute ends without its parent hearing of it); jing, having reported the value,
 * goes on as if it were valid. That second error is an echo of the first: drop it.
 */
function withoutValueEcho(result: salve.FireEventResult, valueFailed: boolean): salve.FireEventResult {
  if (!result || !valueFailed) return result;
  const kept = result.filter((e) => e.msg !== 'text not allowed here');
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
    const content = line.replace(/\r$/, '');
    if (content.trim() !== '') {
      const start = text.startOffset + lineStart;
      report(start + content.length, result, undefined, [start + content.length - content.trimStart().length, start + content.length]);
    }
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
  // One array for the start and the end tag: salve reads the name from it and keeps nothing.
  const name = [el.uri, el.local];
  const startFailed = report(el.tagEndOffset, walker.fireEvent('enterStartTag', name), el);
  let valueFailed = false;
  for (const a of el.attributes) {
    report(el.tagEndOffset, walker.fireEvent('attributeName', [a.uri, a.local]), el);
    valueFailed = report(el.tagEndOffset, walker.fireEvent('attributeValue', [a.value]), el) || valueFailed;
  }
  report(el.tagEndOffset, walker.fireEvent('leaveStartTag', []), el);
  let childFailed = false;
  for (const child of el.children) {
    if (child.kind === 'element') childFailed = fireElement(walker, doc, child, report) || childFailed;
    else reportText(child, doc, withoutValueEcho(walker.fireEvent('text', [child.text]), valueFailed), report);
  }
  const ended = withoutEcho(walker.fireEvent('endTag', name), childFailed);
  // The end tag's extent is looked for only when there is something to report there.
  if (ended) report(el.endOffset, ended, undefined, [doc.text.lastIndexOf('<', el.endOffset - 1), el.endOffset]);
  if (el.declaredNamespaces) resolver.leaveContext();
  return startFailed;
}

/** Validate a parsed document against a prepared grammar. */
export function validateRelaxNg(grammar: salve.Grammar, doc: XmlDocument): Finding[] {
  const walker = grammar.newWalker(new salve.DefaultNameResolver(), false);
  const found: Finding[] = [];
  const report: Report = (at, result, element, span) => {
    if (!result) return false;
    for (const error of result) {
      const attribute = error instanceof salve.AttributeNameError || error instanceof salve.AttributeValueError
        ? attributeName(error.getNames()[0])
        : undefined;
      found.push({
        at,
        ...(element ? { element } : {}),
        ...(attribute === undefined ? {} : { attribute }),
        ...(span ? { span } : {}),
        severity: 'error',
        source: 'relaxng',
        ruleId: RULE,
        message: describe(error),
      });
    }
    return result.length > 0;
  };
  fireElement(walker, doc, doc.root, report);
  report(doc.root.endOffset, walker.end());
  return found;
}

/** An attribute's name as written, for a name salve reports (`xml:id`, `when`). */
function attributeName(name: salve.BaseName | undefined): string | undefined {
  if (!(name instanceof salve.Name)) return undefined;
  return name.ns === XML_NS ? `xml:${name.name}` : name.name;
}

/** salve's message with names written as jing writes them: `"prefix:local"` or `"local"`. */
function describe(error: salve.ValidationError): string {
  return error.toStringWithNames(error.getNames().map((name) => nameText(name)));
}

function nameText(name: salve.BaseName): string {
  if (name instanceof salve.Name) return `"${name.ns === XML_NS ? 'xml:' : ''}${name.name}"`;
  return name.toString();
}
