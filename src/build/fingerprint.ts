/**
 * Content hashes that decide what a re-run may skip. A document's outputs are reused only when
 * its input bytes and the tool are unchanged; "the tool" is its version plus every file it runs
 * from (see toolFiles), so an upgrade or a rebuilt stylesheet redoes everything without anyone
 * bumping a version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL } from '../model/tool.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export function toolKey(root: string = PACKAGE_ROOT): string {
  const hash = createHash('sha256').update(`${TOOL.name}@${TOOL.version}\0`);
  for (const file of toolFiles(root)) {
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The compiled code, the prepared and source schemas, and the compiled forms of the shipped
 * stylesheets (xslt/NAME.xsl → dist/xslt/NAME.sef.json) with their CSS; not source maps or type
 * declarations, nor stray files in dist/xslt, which change nothing the tool does.
 */
function toolFiles(root: string): string[] {
  const shipped = new Set(
    filesUnder(join(root, 'xslt'), false)
      .filter((f) => f.endsWith('.xsl') || f.endsWith('.css'))
      .map((f) => basename(f).replace(/\.xsl$/, '.sef.json')),
  );
  return [
    ...filesUnder(join(root, 'dist'), true).filter((f) => f.endsWith('.js') || f.startsWith(join(root, 'dist', 'schemas'))),
    ...filesUnder(join(root, 'dist', 'xslt'), false).filter((f) => shipped.has(basename(f))),
    ...filesUnder(join(root, 'schemas'), true),
  ];
}

function filesUnder(dir: string, recursive: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
