/**
 * The compiled stylesheets (SEF, made by scripts/compile-xslt.js) and the edition's CSS, read once
 * from dist/xslt/. The path is relative to this module, so it resolves the same from src/publish
 * (tests) and dist/publish (the installed tool).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = new URL('../../dist/xslt/', import.meta.url);

/** What the publisher runs; the other stylesheets of xslt/ are for Saxon and oXygen users, and are not compiled. */
export const STYLESHEETS = ['tei-edition', 'tei-facts', 'index', 'search', 'persons'] as const;
export type StylesheetName = (typeof STYLESHEETS)[number];

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
  for (const name of STYLESHEETS) {
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
