/**
 * Shared by the publish tests: compiled stylesheets that match the sources, one publisher, the seed
 * document, and the FRUS gold corpus (../shared, skipped with a notice when absent).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createPublisher, type Publisher } from '../../src/publish/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = join(root, 'tests/fixtures/publish');

/** Recompiles the stylesheets when a source is newer than its SEF, so tests never run stale XSLT. */
function ensureCompiled(): void {
  const sources = [join(root, 'xslt'), join(root, 'xslt/lib')].flatMap((dir) =>
    readdirSync(dir).filter((f) => /\.(xsl|css)$/.test(f)).map((f) => join(dir, f)),
  );
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  // Every top-level stylesheet's SEF and every CSS file, as scripts/compile-xslt.js writes them.
  const outputs = readdirSync(join(root, 'xslt'))
    .flatMap((f) => (f.endsWith('.xsl') ? [f.replace(/\.xsl$/, '.sef.json')] : f.endsWith('.css') ? [f] : []))
    .map((f) => join(root, 'dist/xslt', f));
  const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < newest);
  if (stale) execFileSync(process.execPath, [join(root, 'scripts/compile-xslt.js')], { stdio: 'inherit' });
}

ensureCompiled();
export const publisher: Publisher = createPublisher();

/**
 * The seed telegram's TEI: the encoder's output once the lead has committed it, else the fixture
 * written from ENCODING.md's sketch.
 */
export const seedPath = existsSync(join(root, 'tei/frus1977-80v26_d284.xml'))
  ? join(root, 'tei/frus1977-80v26_d284.xml')
  : join(fixtures, 'frus1977-80v26_d284.xml');
export const seedTei = readFileSync(seedPath, 'utf8');
export const seedSource = readFileSync(join(root, 'tei/source/frus1977-80v26_d284.txt'), 'utf8');

export const goldDir = join(root, '../shared/corpus/dev');
export const hasGold = existsSync(join(goldDir, 'NAMES'));
if (!hasGold) console.warn(`publish tests: ${goldDir} is absent; the FRUS gold tests are skipped`);
export const goldNames: string[] = hasGold
  ? readFileSync(join(goldDir, 'NAMES'), 'utf8').split(/\r?\n/).filter(Boolean)
  : [];

/** Whitespace-insensitive form used to compare editions with their inputs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function readFixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}
