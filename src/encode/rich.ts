/**
 * Rich text: the plain characters of a block, each remembering its offset in the source, plus
 * zero-width marks (notes, page breaks) that stood between characters. Structural parsing works on
 * the plain characters with ordinary string methods; slicing carries marks and source offsets along,
 * and `toInlines` finally weaves text, marks and annotated spans into the model's inline tree.
 */
import type { Inline } from '../model/document.js';

export interface Mark {
  /** Index in `text` before which the mark stands. */
  offset: number;
  inline: Inline;
}

/** A range of the plain text to wrap in an element (a name, a date, a citation). */
export interface Span {
  start: number;
  end: number;
  /** The element the span becomes; more than one when some of its content cannot stand inside it. */
  wrap: (content: Inline[]) => Inline | Inline[];
}

export class Rich {
  constructor(
    readonly text: string,
    /** Source offset of each character of `text` (a typed array: slices share memory). */
    readonly src: Int32Array,
    readonly marks: readonly Mark[] = [],
  ) {}

  static of(text: string, srcStart: number): Rich {
    const src = new Int32Array(text.length);
    for (let i = 0; i < src.length; i++) src[i] = srcStart + i;
    return new Rich(text, src);
  }

  /** Source offset of a text offset (the end maps just past the last character). */
  sourceOffset(offset: number): number {
    if (this.src.length === 0) return 0;
    if (offset < this.src.length) return this.src[offset]!;
    return this.src[this.src.length - 1]! + 1;
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * Characters [a, b). A mark at `a` belongs to the slice; one at `b` only when `b` is the end of the
   * text, so that a marker glued to the end of a block stays with it.
   */
  slice(a: number, b: number = this.text.length): Rich {
    const atEnd = b >= this.text.length;
    return new Rich(
      this.text.slice(a, b),
      this.src.subarray(a, b),
      this.marks
        .filter((m) => m.offset >= a && (m.offset < b || (atEnd && m.offset === b)))
        .map((m) => ({ offset: m.offset - a, inline: m.inline })),
    );
  }

  /** The text after its first `n` characters (a printed number, a dash): marks in them are kept at the start. */
  withoutPrefix(n: number): Rich {
    return this.cut(0, n);
  }

  /** Inserts `value` before offset `at`; marks standing there follow it. */
  insert(at: number, value: string): Rich {
    const src = new Int32Array(this.src.length + value.length);
    src.set(this.src.subarray(0, at));
    src.fill(this.sourceOffset(at), at, at + value.length);
    src.set(this.src.subarray(at), at + value.length);
    return new Rich(
      this.text.slice(0, at) + value + this.text.slice(at),
      src,
      this.marks.map((m) => ({ offset: m.offset >= at ? m.offset + value.length : m.offset, inline: m.inline })),
    );
  }

  /** Removes characters [a, b), optionally leaving a mark where they stood. */
  cut(a: number, b: number, mark?: Inline): Rich {
    const shift = b - a;
    const marks = this.marks.map((m) => ({
      offset: m.offset <= a ? m.offset : m.offset >= b ? m.offset - shift : a,
      inline: m.inline,
    }));
    if (mark) {
      // After any marks already at the cut point, so that printed order is kept.
      let i = 0;
      while (i < marks.length && marks[i]!.offset <= a) i++;
      marks.splice(i, 0, { offset: a, inline: mark });
    }
    const src = new Int32Array(this.src.length - shift);
    src.set(this.src.subarray(0, a));
    src.set(this.src.subarray(b), a);
    return new Rich(this.text.slice(0, a) + this.text.slice(b), src, marks);
  }

  /** Leading and trailing white space removed; marks in it move to the new edges. */
  trim(): Rich {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    if (start === 0 && end === this.text.length) return this;
    if (end <= start) {
      return new Rich('', new Int32Array(0), this.marks.map((m) => ({ offset: 0, inline: m.inline })));
    }
    return new Rich(
      this.text.slice(start, end),
      this.src.subarray(start, end),
      this.marks.map((m) => ({ offset: Math.min(Math.max(m.offset - start, 0), end - start), inline: m.inline })),
    );
  }

  /** Joins pieces with a separator (its characters map to the end of the preceding piece). */
  static join(parts: readonly Rich[], separator: string): Rich {
    const length = parts.reduce((n, p) => n + p.length, 0) + separator.length * Math.max(0, parts.length - 1);
    const src = new Int32Array(length);
    const marks: Mark[] = [];
    let text = '';
    parts.forEach((part, i) => {
      if (i > 0) {
        const at = text.length ? src[text.length - 1]! + 1 : part.sourceOffset(0);
        src.fill(at, text.length, text.length + separator.length);
        text += separator;
      }
      for (const m of part.marks) marks.push({ offset: m.offset + text.length, inline: m.inline });
      src.set(part.src, text.length);
      text += part.text;
    });
    return new Rich(text, src, marks);
  }

  /** The inline tree: text runs, marks in place, and spans (sorted, nested or disjoint) as elements. */
  toInlines(spans: readonly Span[] = []): Inline[] {
    const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
    return this.weave(0, this.text.length, sorted, true);
  }

  /**
   * A mark on a span's edge stands outside the span (a marker glued to a name follows the name);
   * a mark at the very start or end of the text belongs to the text.
   */
  private weave(a: number, b: number, spans: readonly Span[], outermost: boolean): Inline[] {
    const out: Inline[] = [];
    const run = (from: number, to: number, withFrom: boolean, withTo: boolean): void => {
      let pos = from;
      for (const m of this.marks) {
        const inRun = (m.offset > from || (withFrom && m.offset === from)) && (m.offset < to || (withTo && m.offset === to));
        if (!inRun) continue;
        if (m.offset > pos) appendText(out, this.text.slice(pos, m.offset));
        pos = Math.max(pos, m.offset);
        out.push(m.inline);
      }
      if (to > pos) appendText(out, this.text.slice(pos, to));
    };
    let pos = a;
    let i = 0;
    while (i < spans.length) {
      const span = spans[i]!;
      // Spans that start inside this one nest in it.
      let j = i + 1;
      while (j < spans.length && spans[j]!.start < span.end) j++;
      run(pos, span.start, pos !== a || outermost, true);
      out.push(...[span.wrap(this.weave(span.start, span.end, spans.slice(i + 1, j), false))].flat());
      pos = span.end;
      i = j;
    }
    run(pos, b, pos !== a || outermost, outermost);
    return out;
  }
}

function appendText(out: Inline[], value: string): void {
  const last = out[out.length - 1];
  if (last && last.kind === 'text') last.text += value;
  else out.push({ kind: 'text', text: value });
}
