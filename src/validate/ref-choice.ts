/**
 * A faster use of salve for schemas like TEI's: a choice among many element references (TEI's
 * model classes offer 100 to 200 elements wherever text may stand) is, in salve, a tree of binary
 * choices whose walkers are all built for every element and every repetition, and tried one by
 * one on every start tag. That is most of the time spent validating against `tei_all`.
 *
 * Here each maximal choice made only of references is replaced, once per loaded grammar, by one
 * pattern whose walker looks the start tag's name up in a table. Its walker behaves as salve's
 * tree of walkers does, event for event, result for result (matches, the references returned in
 * the same order, `canEnd`, what `possible()` offers, the error `end()` gives), so findings and
 * their positions do not change; only the work does.
 */
import { createRequire } from 'node:module';
import type * as salve from 'salve-annos';

const require = createRequire(import.meta.url);
const internal = <T>(path: string): T => require(`salve-annos/lib/salve/${path}`) as T;

/** The slice of salve's internals this relies on (salve-annos 1.2.4). */
interface Walker {
  canEnd: boolean;
  canEndAttribute: boolean;
  clone(): Walker;
  possible(): Set<unknown>;
  possibleAttributes(): Set<unknown>;
  fireEvent(name: string, params: string[], resolver: unknown): FireResult;
  end(): false | salve.ValidationError[];
  endAttributes(): false | salve.ValidationError[];
}
interface FireResult {
  matched: boolean;
}
interface ElementPattern {
  name: salve.BaseName;
  notAllowed?: boolean;
}
interface RefPattern {
  element: ElementPattern;
  newWalker(): Walker;
}
interface ChoicePattern {
  optional: boolean;
  patA: unknown;
  patB: unknown;
}

const { Choice } = internal<{ Choice: new (...args: never[]) => ChoicePattern }>('patterns/choice.js');
const { Ref } = internal<{ Ref: new (...args: never[]) => RefPattern }>('patterns/ref.js');
const { InternalFireEventResult, isAttributeEvent } = internal<{
  InternalFireEventResult: new (matched: boolean, errors?: unknown, refs?: Walker[]) => FireResult;
  isAttributeEvent(name: string): boolean;
}>('patterns/base.js');
const { EnterStartTagEvent } = internal<{ EnterStartTagEvent: new (name: salve.BaseName) => unknown }>('events.js');
const { ChoiceError } = internal<{ ChoiceError: new (a: salve.BaseName[], b: salve.BaseName[]) => salve.ValidationError }>('errors.js');
const { Name } = internal<{ Name: new (...args: never[]) => { ns: string; name: string } }>('name_patterns.js');

/** The references of a choice made only of references to allowed elements, in order; else undefined. */
function referencesOf(pattern: unknown): RefPattern[] | undefined {
  if (pattern instanceof Ref) return pattern.element.notAllowed ? undefined : [pattern];
  if (!(pattern instanceof Choice) || pattern.optional) return undefined;
  const a = referencesOf(pattern.patA);
  const b = a && referencesOf(pattern.patB);
  return a && b ? [...a, ...b] : undefined;
}

const key = (ns: string, local: string): string => `${ns}\u0000${local}`;

/** A choice among element references, looked up by name. */
class RefChoice {
  /** Reference indices by simple element name; names that are not simple are tried in turn. */
  private readonly byName = new Map<string, number[]>();
  private readonly other: number[] = [];

  constructor(
    readonly refs: RefPattern[],
    /** The names salve's error names for the first branch of the choice and for the rest. */
    private readonly namesA: salve.BaseName[],
    private readonly namesB: salve.BaseName[],
  ) {
    refs.forEach((ref, i) => {
      const name = ref.element.name;
      if (name instanceof Name) {
        const k = key(name.ns, name.name);
        const list = this.byName.get(k);
        if (list) list.push(i);
        else this.byName.set(k, [i]);
      } else {
        this.other.push(i);
      }
    });
  }

  hasAttrs(): boolean {
    return false;
  }

  hasEmptyPattern(): boolean {
    return false;
  }

  newWalker(): RefChoiceWalker {
    return new RefChoiceWalker(this, undefined);
  }

  /** The references a start tag matches, in the choice's order. */
  matching(ns: string, local: string): RefPattern[] {
    const simple = this.byName.get(key(ns, local)) ?? [];
    if (this.other.length === 0) return simple.map((i) => this.refs[i]!);
    const others = this.other.filter((i) => this.refs[i]!.element.name.match(ns, local));
    return [...simple, ...others].sort((a, b) => a - b).map((i) => this.refs[i]!);
  }

  /** What salve's tree of choices reports when it ends with no element seen. */
  endError(): salve.ValidationError[] {
    return [new ChoiceError(this.namesA, this.namesB)];
  }
}

class RefChoiceWalker implements Walker {
  canEndAttribute = true;
  canEnd: boolean;

  constructor(
    private readonly choice: RefChoice,
    /** The walkers of the references that matched, once one has. */
    private matched: Walker[] | undefined,
  ) {
    this.canEnd = matched !== undefined;
  }

  clone(): RefChoiceWalker {
    return new RefChoiceWalker(this.choice, this.matched?.map((w) => w.clone()));
  }

  possible(): Set<unknown> {
    if (this.matched) return new Set();
    return new Set(this.choice.refs.map((ref) => new EnterStartTagEvent(ref.element.name)));
  }

  possibleAttributes(): Set<unknown> {
    return new Set();
  }

  fireEvent(name: string, params: string[], resolver: unknown): FireResult {
    if (isAttributeEvent(name) || this.matched || (name !== 'enterStartTag' && name !== 'startTagAndAttributes')) {
      return new InternalFireEventResult(false);
    }
    const refs = this.choice.matching(params[0]!, params[1]!);
    if (refs.length === 0) return new InternalFireEventResult(false);
    const walkers = refs.map((ref) => {
      const walker = ref.newWalker();
      walker.fireEvent(name, params, resolver);
      return walker;
    });
    this.matched = walkers;
    this.canEnd = true;
    return new InternalFireEventResult(true, undefined, walkers);
  }

  end(): false | salve.ValidationError[] {
    return this.canEnd ? false : this.choice.endError();
  }

  endAttributes(): false | salve.ValidationError[] {
    return false;
  }
}

function namesIn(pattern: unknown): salve.BaseName[] {
  return (referencesOf(pattern) ?? []).map((ref) => ref.element.name);
}

const CHILDREN = ['start', 'pat', 'patA', 'patB', 'except'] as const;

/** Replace, in a loaded grammar, every maximal choice of element references by a RefChoice. */
export function specialiseReferenceChoices(grammar: salve.Grammar): salve.Grammar {
  const seen = new Set<object>();
  const visit = (pattern: Record<string, unknown>): void => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    for (const field of CHILDREN) {
      const child = pattern[field];
      if (typeof child !== 'object' || child === null) continue;
      const refs = child instanceof Choice ? referencesOf(child) : undefined;
      if (refs && refs.length > 2) {
        pattern[field] = new RefChoice(refs, namesIn((child as ChoicePattern).patA), namesIn((child as ChoicePattern).patB));
      } else {
        visit(child as Record<string, unknown>);
      }
    }
  };
  const g = grammar as unknown as { definitions: Map<string, Record<string, unknown>> };
  visit(g as unknown as Record<string, unknown>);
  for (const definition of g.definitions.values()) visit(definition);
  return grammar;
}
