/**
 * A faster use of salve for schemas like TEI's. Two shapes fill `tei_all`: a choice among many
 * element references (TEI's model classes offer 100 to 200 elements wherever text may stand) and
 * a group of many optional attributes (`att.global` and its kin, on every element). salve walks
 * both as trees of binary choices and groups whose walkers are all built for every element (and,
 * for the choices, every repetition) and tried one by one on every event: most of the time spent
 * validating against `tei_all`.
 *
 * Here each maximal such tree is replaced, once per loaded grammar, by one pattern whose walker
 * looks the name up in a table and builds salve's own walker only for what the document uses. It
 * behaves as salve's tree of walkers does in validation, event for event, result for result
 * (matches, the references returned in the same order, errors, `canEnd` and `canEndAttribute`, the
 * error `end()` gives), so findings and their positions do not change; only the work does.
 * tests/validate/ref-choice.test.ts holds them equal on every corpus file.
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
interface AttributePattern {
  name: salve.BaseName;
  newWalker(): Walker;
}
interface ChoicePattern {
  optional: boolean;
  patA: unknown;
  patB: unknown;
}

const { Choice } = internal<{ Choice: new (...args: never[]) => ChoicePattern }>('patterns/choice.js');
const { Ref } = internal<{ Ref: new (...args: never[]) => RefPattern }>('patterns/ref.js');
const { Group } = internal<{ Group: new (...args: never[]) => ChoicePattern }>('patterns/group.js');
const { Empty } = internal<{ Empty: new (...args: never[]) => object }>('patterns/empty.js');
const { Attribute } = internal<{ Attribute: new (...args: never[]) => AttributePattern }>('patterns/attribute.js');
const { InternalFireEventResult, isAttributeEvent } = internal<{
  InternalFireEventResult: new (matched: boolean, errors?: unknown, refs?: Walker[]) => FireResult;
  isAttributeEvent(name: string): boolean;
}>('patterns/base.js');
const { EnterStartTagEvent } = internal<{ EnterStartTagEvent: new (name: salve.BaseName) => unknown }>('events.js');
const { ChoiceError } = internal<{ ChoiceError: new (a: salve.BaseName[], b: salve.BaseName[]) => salve.ValidationError }>('errors.js');
const { Name } = internal<{ Name: new (...args: never[]) => { ns: string; name: string } }>('name_patterns.js');

/**
 * Whether each subtree is made only of the leaves sought (asked again at every level, and of a
 * subtree many parents share): a yes or no per subtree, so that asking is linear in the grammar.
 */
const onlyLeaves = new WeakMap<object, boolean>();

/** Whether `pattern` is a tree of `isNode` nodes whose every leaf passes `isLeaf`. */
function treeOf(pattern: unknown, isNode: (p: unknown) => p is ChoicePattern, isLeaf: (p: unknown) => boolean): boolean {
  if (!isNode(pattern)) return isLeaf(pattern);
  let known = onlyLeaves.get(pattern);
  if (known === undefined) {
    known = treeOf(pattern.patA, isNode, isLeaf) && treeOf(pattern.patB, isNode, isLeaf);
    onlyLeaves.set(pattern, known);
  }
  return known;
}

/** The leaves of such a tree, left to right. */
function leaves<T>(pattern: unknown, isNode: (p: unknown) => p is ChoicePattern, found: T[] = []): T[] {
  if (isNode(pattern)) {
    leaves(pattern.patA, isNode, found);
    leaves(pattern.patB, isNode, found);
  } else {
    found.push(pattern as T);
  }
  return found;
}

const isPlainChoice = (p: unknown): p is ChoicePattern => p instanceof Choice && !p.optional;
const isAllowedRef = (p: unknown): boolean => p instanceof Ref && !p.element.notAllowed;

/** The references of a choice made only of references to allowed elements, in order; else undefined. */
function referencesOf(pattern: unknown): RefPattern[] | undefined {
  return treeOf(pattern, isPlainChoice, isAllowedRef) ? leaves<RefPattern>(pattern, isPlainChoice) : undefined;
}

const key = (ns: string, local: string): string => `${ns}\u0000${local}`;

/**
 * Positions of the patterns by the one name each matches (namespace and local name), and those whose
 * name class is not a single name (a wildcard, a choice), which must be tried one by one.
 */
function indexByName(names: readonly unknown[], byName: Map<string, number[]>, other: number[]): void {
  names.forEach((name, i) => {
    if (name instanceof Name) {
      const k = key(name.ns, name.name);
      const list = byName.get(k);
      if (list) list.push(i);
      else byName.set(k, [i]);
    } else {
      other.push(i);
    }
  });
}

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
    indexByName(refs.map((ref) => ref.element.name), this.byName, this.other);
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

const isGroup = (p: unknown): p is ChoicePattern => p instanceof Group;
const isOptionalAttribute = (p: unknown): boolean =>
  p instanceof Choice && p.optional && p.patA instanceof Empty && p.patB instanceof Attribute;

/** The attributes of a group made only of optional attributes, in order; else undefined. */
function optionalAttributesOf(pattern: unknown): AttributePattern[] | undefined {
  if (!treeOf(pattern, isGroup, isOptionalAttribute)) return undefined;
  return leaves<ChoicePattern>(pattern, isGroup).map((optional) => optional.patB as unknown as AttributePattern);
}

/** A group of optional attributes, looked up by name. */
class OptionalAttributes {
  private readonly byName = new Map<string, number[]>();
  private readonly other: number[] = [];

  constructor(readonly attributes: AttributePattern[]) {
    indexByName(attributes.map((attribute) => attribute.name), this.byName, this.other);
  }

  hasAttrs(): boolean {
    return true;
  }

  hasEmptyPattern(): boolean {
    return true;
  }

  newWalker(): OptionalAttributesWalker {
    return new OptionalAttributesWalker(this, new Map(), undefined, 0, false);
  }

  /** The attributes a name matches, in the group's order. */
  matching(ns: string, local: string): number[] {
    const simple = this.byName.get(key(ns, local)) ?? [];
    if (this.other.length === 0) return simple;
    return [...simple, ...this.other.filter((i) => this.attributes[i]!.name.match(ns, local))].sort((a, b) => a - b);
  }
}

/**
 * One optional attribute of the group once the document has named it: salve's walker for the
 * attribute, and the flags salve's walker for `optional` keeps (updated only when an event matches).
 */
interface Seen {
  walker: Walker;
  canEnd: boolean;
  canEndAttribute: boolean;
}

class OptionalAttributesWalker implements Walker {
  constructor(
    private readonly group: OptionalAttributes,
    private readonly seen: Map<number, Seen>,
    /** The attribute whose name came and whose value has not. */
    private pending: number | undefined,
    /** How many seen attributes cannot end (as salve's `optional` walkers say). */
    private blocked: number,
    private ended: boolean,
  ) {}

  get canEnd(): boolean {
    return this.blocked === 0;
  }

  get canEndAttribute(): boolean {
    return this.blocked === 0;
  }

  clone(): OptionalAttributesWalker {
    const seen = new Map([...this.seen].map(([i, s]) => [i, { ...s, walker: s.walker.clone() }]));
    return new OptionalAttributesWalker(this.group, seen, this.pending, this.blocked, this.ended);
  }

  possible(): Set<unknown> {
    return new Set();
  }

  possibleAttributes(): Set<unknown> {
    const found = new Set<unknown>();
    if (this.ended) return found;
    this.group.attributes.forEach((attribute, i) => {
      for (const event of (this.seen.get(i)?.walker ?? attribute.newWalker()).possibleAttributes()) found.add(event);
    });
    return found;
  }

  /** salve's `optional` walker takes the attribute walker's flags when an event matches. */
  private fire(i: number, seen: Seen, name: string, params: string[], resolver: unknown): FireResult {
    const result = seen.walker.fireEvent(name, params, resolver);
    if (result.matched) {
      const before = seen.canEnd;
      seen.canEnd = seen.walker.canEnd;
      seen.canEndAttribute = seen.walker.canEndAttribute;
      // In salve both flags move together for an attribute; `blocked` counts them once.
      this.blocked += (before ? 0 : -1) + (seen.canEnd ? 0 : 1);
    }
    if (i === this.pending && name === 'attributeValue') this.pending = undefined;
    return result;
  }

  fireEvent(name: string, params: string[], resolver: unknown): FireResult {
    if (!isAttributeEvent(name)) {
      // The first optional walker matches a whitespace text; nothing else matches anything else.
      if (name === 'text' && !/\S/.test(params[0]!) && this.group.attributes.length > 0) return new InternalFireEventResult(true);
      return new InternalFireEventResult(false);
    }
    if (name === 'attributeValue') {
      const i = this.pending;
      return i === undefined ? new InternalFireEventResult(false) : this.fire(i, this.seen.get(i)!, name, params, resolver);
    }
    // attributeName or attributeNameAndValue: the first attribute of that name not yet seen.
    const i = this.group.matching(params[0]!, params[1]!).find((n) => !this.seen.has(n));
    if (i === undefined) return new InternalFireEventResult(false);
    const seen: Seen = { walker: this.group.attributes[i]!.newWalker(), canEnd: true, canEndAttribute: true };
    this.seen.set(i, seen);
    if (name === 'attributeName') this.pending = i;
    return this.fire(i, seen, name, params, resolver);
  }

  end(): false | salve.ValidationError[] {
    // salve's walkers for optional attributes never report at the end.
    if (this.canEnd) this.ended = true;
    return false;
  }

  endAttributes(): false | salve.ValidationError[] {
    if (this.canEndAttribute) return false;
    let errors: salve.ValidationError[] | false = false;
    for (const i of [...this.seen.keys()].sort((a, b) => a - b)) {
      const seen = this.seen.get(i)!;
      if (seen.canEndAttribute) continue;
      const more = seen.walker.endAttributes();
      if (more) errors = errors ? errors.concat(more) : more;
    }
    return errors;
  }
}

function namesIn(pattern: unknown): salve.BaseName[] {
  return (referencesOf(pattern) ?? []).map((ref) => ref.element.name);
}

const CHILDREN = ['start', 'pat', 'patA', 'patB', 'except'] as const;

/** Replace, in a loaded grammar, every maximal choice of element references and group of optional attributes. */
export function specialiseReferenceChoices(grammar: salve.Grammar): salve.Grammar {
  const seen = new Set<object>();
  /** One replacement for a subtree, however many parents share it (shared-grammar.ts). */
  const replaced = new Map<object, RefChoice | OptionalAttributes | null>();
  const replacement = (child: object): RefChoice | OptionalAttributes | null => {
    let found = replaced.get(child);
    if (found !== undefined) return found;
    found = null;
    const refs = child instanceof Choice ? referencesOf(child) : undefined;
    const attributes = child instanceof Group ? optionalAttributesOf(child) : undefined;
    if (refs && refs.length > 2) {
      found = new RefChoice(refs, namesIn((child as ChoicePattern).patA), namesIn((child as ChoicePattern).patB));
    } else if (attributes && attributes.length > 2) {
      found = new OptionalAttributes(attributes);
    }
    replaced.set(child, found);
    return found;
  };
  const visit = (pattern: Record<string, unknown>): void => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    for (const field of CHILDREN) {
      const child = pattern[field];
      if (typeof child !== 'object' || child === null) continue;
      const specialised = replacement(child);
      if (specialised) pattern[field] = specialised;
      else visit(child as Record<string, unknown>);
    }
  };
  const g = grammar as unknown as { definitions: Map<string, Record<string, unknown>> };
  visit(g as unknown as Record<string, unknown>);
  for (const definition of g.definitions.values()) visit(definition);
  return grammar;
}
