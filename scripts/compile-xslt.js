#!/usr/bin/env node
// Compiles the stylesheets the publisher runs (src/publish/stylesheets.ts: tei-edition.xsl, index.xsl,
// search.xsl, persons.xsl, tei-facts.xsl;
// the books: tei-epub.xsl, tei-print.xsl)
// to dist/xslt/NAME.sef.json, the form saxon-js runs. Modules that are only included (xslt/lib/) are
// compiled as part of the stylesheets that include them; tei-to-html.xsl and tei-to-text.xsl are for
// Saxon and oXygen users, run as they are, and are not compiled.
// xslt3 has no programmatic compile API, so each stylesheet is one child process, all in parallel.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, copyFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'xslt');
const outDir = join(root, 'dist', 'xslt');
const xslt3 = join(root, 'node_modules', 'xslt3', 'xslt3.js');

mkdirSync(outDir, { recursive: true });
const stylesheets = ['tei-edition.xsl', 'tei-facts.xsl', 'index.xsl', 'search.xsl', 'persons.xsl', 'tei-epub.xsl', 'tei-print.xsl'];
// Assets the editions ship beside the pages (the stylesheets for screen and print, the site's scripts).
const assets = readdirSync(sourceDir).filter((name) => name.endsWith('.css') || name.endsWith('.js'));

const results = await Promise.allSettled(
  stylesheets.map(async (name) => {
    const target = join(outDir, name.replace(/\.xsl$/, '.sef.json'));
    // Written aside and renamed, so a process reading the SEF never sees half a file.
    const partial = `${target}.${process.pid}.partial`;
    await run(process.execPath, [xslt3, `-xsl:${join(sourceDir, name)}`, `-export:${partial}`, '-nogo', '-relocate:on'], {
      cwd: root,
    });
    renameSync(partial, target);
    return target;
  }),
);

let failed = 0;
results.forEach((result, i) => {
  if (result.status === 'fulfilled') {
    console.log(`compiled ${stylesheets[i]} -> ${result.value.slice(root.length + 1)}`);
  } else {
    failed++;
    const error = result.reason;
    console.error(`failed ${stylesheets[i]}:\n${error.stderr || error.stdout || error.message}`);
  }
});
for (const name of assets) {
  const partial = join(outDir, `${name}.${process.pid}.partial`);
  copyFileSync(join(sourceDir, name), partial);
  renameSync(partial, join(outDir, name));
}
if (failed) process.exit(1);
