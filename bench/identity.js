// The floor any stylesheet pays in saxon-js: the identity transform (parse, copy every node,
// serialize), compiled once per bench run from a two-line stylesheet, for the benches to set the
// editions' time against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SaxonJS from 'saxon-js';

const IDENTITY = `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:mode on-no-match="shallow-copy"/>
</xsl:stylesheet>`;

/** A function that runs the identity transform on a TEI string and returns the serialized copy. */
export function identityTransform() {
  const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-bench-identity-'));
  let sef;
  try {
    writeFileSync(join(dir, 'identity.xsl'), IDENTITY);
    const xslt3 = fileURLToPath(new URL('../node_modules/xslt3/xslt3.js', import.meta.url));
    execFileSync(process.execPath, [xslt3, `-xsl:${join(dir, 'identity.xsl')}`, `-export:${join(dir, 'identity.sef.json')}`, '-nogo', '-relocate:on']);
    sef = JSON.parse(readFileSync(join(dir, 'identity.sef.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return (tei) => {
    const sourceNode = SaxonJS.XPath.evaluate('parse-xml($tei)', null, { params: { tei } });
    return SaxonJS.transform({ stylesheetInternal: sef, sourceNode, destination: 'serialized' }).principalResult;
  };
}
