// The stylesheets as Saxon and oXygen users run them (xslt/tei-to-html.xsl, xslt/tei-to-text.xsl in
// Saxon-HE for Java) make the editions the publisher makes with saxon-js from tei-edition.xsl.
// Skipped with a notice naming what is missing where java or Saxon-HE is absent.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edition, fixtures, root, seedPath } from './helpers.js';

const SAXON_JAR = '/usr/share/java/Saxon-HE.jar';
const hasJava = spawnSync('java', ['-version']).status === 0;
const missing = !hasJava ? 'java' : !existsSync(SAXON_JAR) ? SAXON_JAR : undefined;
if (missing) console.warn(`publish Saxon-HE tests: ${missing} is absent; skipped`);

const documents = {
  'seed.xml': seedPath,
  'structures.xml': join(fixtures, 'structures.xml'),
  'escaping.xml': join(fixtures, 'escaping.xml'),
  // Notes with no @n: numbered by the accumulator, which Saxon applies to its -s: document only when told.
  'anyones.xml': join(fixtures, 'anyones.xml'),
};

describe.skipIf(missing)('the editions in Saxon-HE', () => {
  const input = mkdtempSync(join(tmpdir(), 'tei-telegram-saxon-in-'));
  const output = mkdtempSync(join(tmpdir(), 'tei-telegram-saxon-out-'));
  afterAll(() => {
    for (const dir of [input, output]) rmSync(dir, { recursive: true, force: true });
  });
  for (const [name, path] of Object.entries(documents)) copyFileSync(path, join(input, name));

  /** One JVM for all the documents: Saxon transforms each file of -s:DIR into -o:DIR. */
  function saxon(stylesheet: string, ...params: string[]): string {
    const out = join(output, stylesheet);
    mkdirSync(out);
    const run = spawnSync('java', ['-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${input}`, `-o:${out}`, `-xsl:${join(root, 'xslt', stylesheet)}`, ...params], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return out;
  }

  it('tei-to-html.xsl makes the HTML edition (the serializers differ only in the doctype\'s case)', () => {
    const out = saxon('tei-to-html.xsl');
    for (const name of Object.keys(documents)) {
      const ours = edition(readFileSync(join(input, name), 'utf8'), { stylesheetHref: 'edition.css' }).html;
      expect(readFileSync(join(out, name), 'utf8').replace(/^<!DOCTYPE HTML>/, '<!DOCTYPE html>')).toBe(ours);
    }
  });

  it('tei-to-text.xsl makes the text edition, wrapped at the same width', () => {
    const out = saxon('tei-to-text.xsl', 'width=60');
    for (const name of Object.keys(documents)) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(edition(readFileSync(join(input, name), 'utf8'), { width: 60 }).text);
    }
  });
});
