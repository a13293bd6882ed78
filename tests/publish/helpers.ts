/**
 * Shared by the publish tests: one publisher (on the stylesheets the test run's global setup
 * compiled), the seed document, and the FRUS gold corpus (../shared, skipped with a notice when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createPublisher, type Editions, type Publisher } from '../../src/publish/index.js';
import { editionOf, type EditionOf } from './edition.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = join(root, 'tests/fixtures/publish');

export const publisher: Publisher = createPublisher();

/** A document's editions, through the one path production uses. */
export const edition = (tei: string, options?: EditionOf): Editions => editionOf(publisher, tei, options);

/**
 * The seed telegram's TEI: the encoder's output once the lead has committed it, else the fixture
 * written from ENCODING.md's sketch.
 */
export const seedPath = existsSync(join(root, 'tei/frus1977-80v26_d284.xml'))
  ? join(root, 'tei/frus1977-80v26_d284.xml')
  : join(fixtures, 'frus1977-80v26_d284.xml');
export const seedTei = readFileSync(seedPath, 'utf8');
export const seedSource = readFileSync(join(root, 'tei/source/frus1977-80v26_d284.txt'), 'utf8');

/** ../shared beside the checkout, or where TEI_TELEGRAM_SHARED says (as bench/publish.js). */
export const sharedDir = process.env.TEI_TELEGRAM_SHARED ?? join(root, '../shared');
export const goldDir = join(sharedDir, 'corpus/dev');
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
