/**
 * Shared by the EPUB and PDF tests: the fixture book (the seed, the structures and the escaping
 * fixtures, in that order), the editors' TEI of the dev corpus, and XPath over an output's XML.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SaxonJS from 'saxon-js';
import { fixtures, goldDir, goldNames, hasGold, seedPath } from './helpers.js';

export const fixtureBook = [seedPath, join(fixtures, 'structures.xml'), join(fixtures, 'escaping.xml')];
export const goldTei = hasGold ? goldNames.map((name) => join(goldDir, `${name}.xml`)).filter((f) => existsSync(f)) : [];

/** The string values an XPath expression selects in an XML text (namespace-agnostic with *:). */
export function select(xml: string, expression: string, params: Record<string, unknown> = {}): string[] {
  const result = SaxonJS.XPath.evaluate(`parse-xml($xml) ! (${expression}) ! string()`, null, {
    params: { ...params, xml },
    resultForm: 'array',
  } as never) as unknown as string[];
  return result;
}
