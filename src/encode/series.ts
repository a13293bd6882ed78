/**
 * A series of names as printed: `A, B (X), and C`, `Belgium, Canada, and Italy`. One reader for the
 * heading's addressees and the source note's lists of persons and posts.
 */
export interface SeriesItem {
  text: string;
  /** Offset of the item in the text given. */
  start: number;
}

/**
 * The items of a series with their offsets. A separator inside parentheses never splits; `accept`,
 * when given, decides from the separator and the text after it whether a new item begins.
 */
export function splitSeries(text: string, accept: (after: string, separator: string) => boolean = () => true): SeriesItem[] {
  const out: SeriesItem[] = [];
  const sep = /,\s+and\s+(?![^()]*\))|,\s+(?![^()]*\))|\s+and\s+(?![^()]*\))/g;
  let last = 0;
  const push = (a: number, b: number): void => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: a + lead });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (!accept(text.slice(m.index + m[0].length), m[0])) continue;
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}
