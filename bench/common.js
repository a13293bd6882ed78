// What the benchmarks share: where the project and the shared reference material are, the median,
// and the archive of the dev corpus's texts encoded once and copied with distinct numbers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The shared reference material (corpus, lists): beside the checkout, or where TEI_TELEGRAM_SHARED says; with a trailing slash. */
export const SHARED = (process.env.TEI_TELEGRAM_SHARED ?? `${ROOT}../shared`).replace(/\/?$/, '/');

/**
 * Stops the bench `name` unless what it runs is there: the compiled files `built` (paths under the
 * project, made by `npm run build`) and the shared corpus folder `corpus`.
 */
export function requireInputs(name, built, corpus) {
  if (!built.every((path) => existsSync(`${ROOT}${path}`))) {
    console.error(`${name}: dist/ is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  if (!existsSync(corpus)) {
    console.error(`${name}: no corpus at ${corpus} (set TEI_TELEGRAM_SHARED)`);
    process.exit(1);
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Our TEI of every NAME.txt of `dir` (encoded before anything is timed), `{ name, tei }` in name order; one that fails is left out with a warning. */
export function encodedTexts(encode, dir) {
  const ours = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const volume = /^(frus[^_]+)_/.exec(file)?.[1];
    try {
      ours.push({ name: file.replace(/\.txt$/, ''), tei: encode(readFileSync(dir + file, 'utf8'), { file: dir + file, volume }).xml });
    } catch (error) {
      console.warn(`not encoded, left out: ${file}: ${error.message}`);
    }
  }
  return ours;
}

/** Document `i` of an archive made of `ours`: the documents themselves, then copies numbered on from 10,000. */
export function archiveDocument(ours, i) {
  const original = ours[i % ours.length];
  if (i < ours.length) return original;
  const tei = original.tei.replace(/(<div\b[^>]*\btype="document"[^>]*\bn=")[^"]*(")/, `$1${10000 + i}$2`);
  return { name: `copy${i}_${original.name}`, tei };
}
