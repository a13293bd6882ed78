/**
 * The compiled stylesheets (SEF, made by scripts/compile-xslt.js) and the edition's CSS, read once
 * from dist/xslt/. The path is relative to this module, so it resolves the same from src/publish
 * (tests) and dist/publish (the installed tool).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = new URL('../../dist/xslt/', import.meta.url);

export type StylesheetName = 'tei-to-html' | 'tei-to-text' | 'tei-facts' | 'tei-edition' | 'index';

export interface Stylesheets {
  readonly compiled: Readonly<Record<StylesheetName, unknown>>;
  readonly css: string;
}

function read(name: string): string {
  const url = new URL(name, directory);
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    throw new Error(
      `missing ${fileURLToPath(url)}: the stylesheets are compiled by \`npm run build\` (${(error as Error).message})`,
    );
  }
}

export function loadStylesheets(): Stylesheets {
  const compiled = {} as Record<StylesheetName, unknown>;
  for (const name of ['tei-to-html', 'tei-to-text', 'tei-facts', 'tei-edition', 'index'] as const) {
    compiled[name] = JSON.parse(read(`${name}.sef.json`));
  }
  return { compiled, css: read('edition.css') };
}

/** A stylesheet outside the editions' set (the book outputs'), compiled by the same build. */
export function loadCompiled(name: string): unknown {
  return JSON.parse(read(`${name}.sef.json`));
}

/** An asset the build copies beside the stylesheets (a CSS file). */
export function readAsset(name: string): string {
  return read(name);
}
