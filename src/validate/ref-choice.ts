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
const { Text } = internal<{ Text: new (...args: never[]) => object }>('patterns/text.js');
const { Attribute } = internal<{ Attribute: new (...args: never[]) => AttributePattern }>('patterns/attribute.js');
const { InternalFireEventResult, isAttributeEvent } = internal<{
  InternalFireEventResult: (new (matched: boolean, errors?: unknown, refs?: Walker[]) => FireResult) & {
    fromEndResult(result: false | salve.ValidationError[]): FireResult;
  };
  isAttributeEvent(name: string): boolean;
}>('patterns/base.js');
const { EnterStartTagEvent, AttributeNameEvent, AttributeValueEvent } = internal<{
  EnterStartTagEvent: new (name: salve.BaseName) => unknown;
  AttributeNameEvent: new (name: salve.BaseName) => unknown;
  AttributeValueEvent: new (value: unknown, documentation: unknown) => unknown;
}>('events.js');
const { ChoiceError, AttributeNameError, AttributeValueError } = internal<{
  ChoiceError: new (a: salve.BaseName[], b: salve.BaseName[]) => salve.ValidationError;
  AttributeNameError: new (message: string, name: salve.BaseName) => salve.ValidationError;
  AttributeValueError: new (message: string, name: salve.BaseName) => salve.ValidationError;
}>('errors.js');
const { Name } = internal<{ Name: new (...args: never[]) => { ns: string; name: string } }>('name_patterns.js');

/** The leaves of a tree of `isNode` nodes, left to right. */
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
const isAllowedRef = (p: unknown): p is RefPattern => p instanceof Ref && !p.element.notAllowed;

/** What a choice subtree is made of: only references, text and references, or anything else (null). */
type ChoiceKind = 'refs' | 'text' | 'mixed' | null;

/**
 * Each choice subtree's kind (asked again at every level, and of a subtree many parents share, so
 * that asking is linear in the grammar). A subtree replaced since is of the same kind.
 */
const choiceKinds = new WeakMap<object, ChoiceKind>();

function choiceKind(pattern: unknown): ChoiceKind {
  if (pattern instanceof RefChoice || isAllowedRef(pattern)) return 'refs';
  if (pattern instanceof Text) return 'text';
  if (!isPlainChoice(pattern)) return null;
  let known = choiceKinds.get(pattern);
  if (known === undefined) {
    const a = choiceKind(pattern.patA);
    const b = a && choiceKind(pattern.patB);
    // One text at most: a choice of several texts is left as salve has it.
    known = !a || !b ? null : a === 'refs' && b === 'refs' ? 'refs' : a === 'refs' || b === 'refs' ? 'mixed' : null;
    choiceKinds.set(pattern, known);
  }
  return known;
}

/** The references of a choice subtree (of kind refs or mixed), in order; its text leaf aside. */
function referencesIn(pattern: unknown): RefPattern[] {
  return leaves<unknown>(pattern, isPlainChoice).flatMap((leaf) => (leaf instanceof RefChoice ? leaf.refs : isAllowedRef(leaf) ? [leaf] : []));
}

/** The references of a choice made only of references to allowed elements, in order; else undefined. */
function referencesOf(pattern: unknown): RefPattern[] | undefined {
  return choiceKind(pattern) === 'refs' ? referencesIn(pattern) : undefined;
}

/**
 * A choice of text and element references, in any nesting (TEI's mixed content: `text | ref |
 * model.phrase | model.global…`): its text pattern and its references in order, else undefined.
 */
function textOrReferencesOf(pattern: unknown): { text: PreparedPattern; refs: RefPattern[] } | undefined {
  if (choiceKind(pattern) !== 'mixed') return undefined;
  const text = leaves<unknown>(pattern, isPlainChoice).find((leaf) => leaf instanceof Text) as PreparedPattern;
  return { text, refs: referencesIn(pattern) };
}

/** Positions by namespace, then local name: looked up on every event, so no key string is made for it. */
type ByName = Map<string, Map<string, number[]>>;

/**
 * Positions of the patterns by the one name each matches (namespace and local name), and those whose
 * name class is not a single name (a wildcard, a choice), which must be tried one by one.
 */
function indexByName(names: readonly unknown[], byName: ByName, other: number[]): void {
  names.forEach((name, i) => {
    if (name instanceof Name) {
      let locals = byName.get(name.ns);
      if (!locals) byName.set(name.ns, (locals = new Map()));
      const list = locals.get(name.name);
      if (list) list.push(i);
      else locals.set(name.name, [i]);
    } else {
      other.push(i);
    }
  });
}

const NONE: readonly never[] = [];

/** salve's results never change once made: one "match" and one "no match" serve every walker. */
const MATCH = new InternalFireEventResult(true);
const NO_MATCH = new InternalFireEventResult(false);

/** A choice among element references, looked up by name. */
class RefChoice {
  /** Reference indices by simple element name; names that are not simple are tried in turn. */
  private readonly byName: ByName = new Map();
  private readonly other: number[] = [];
  /** The references of each simple name, when no name is other than simple (as in TEI's classes). */
  private readonly refsByName: Map<string, Map<string, RefPattern[]>> | undefined;

  constructor(
    readonly refs: RefPattern[],
    /** The names salve's error names for the first branch of the choice and for the rest. */
    private readonly namesA: salve.BaseName[],
    private readonly namesB: salve.BaseName[],
  ) {
    indexByName(refs.map((ref) => ref.element.name), this.byName, this.other);
    if (this.other.length === 0) {
      const refsOf = (locals: Map<string, number[]>): Map<string, RefPattern[]> =>
        new Map([...locals].map(([local, list]) => [local, list.map((i) => refs[i]!)]));
      this.refsByName = new Map([...this.byName].map(([ns, locals]) => [ns, refsOf(locals)]));
    }
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

  /** The references a start tag matches, in the choice's order (not to be changed by the caller). */
  matching(ns: string, local: string): readonly RefPattern[] {
    if (this.refsByName) return this.refsByName.get(ns)?.get(local) ?? NONE;
    const simple = this.byName.get(ns)?.get(local) ?? NONE;
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
      return NO_MATCH;
    }
    const refs = this.choice.matching(params[0]!, params[1]!);
    if (refs.length === 0) return NO_MATCH;
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

/** Whether each subtree of groups is made only of optional attributes (asked as the choices' kinds are). */
const onlyAttributes = new WeakMap<object, boolean>();

function attributesOnly(pattern: unknown): boolean {
  if (pattern instanceof OptionalAttributes || isOptionalAttribute(pattern)) return true;
  if (!isGroup(pattern)) return false;
  let known = onlyAttributes.get(pattern);
  if (known === undefined) {
    known = attributesOnly(pattern.patA) && attributesOnly(pattern.patB);
    onlyAttributes.set(pattern, known);
  }
  return known;
}

/** The optional attributes of such a subtree, in order. */
function attributesIn(pattern: unknown): AttributePattern[] {
  return leaves<unknown>(pattern, isGroup).flatMap((leaf) =>
    leaf instanceof OptionalAttributes ? leaf.attributes : [(leaf as ChoicePattern).patB as unknown as AttributePattern]);
}

/**
 * A group as an element's content followed by its optional attributes (`content` undefined when it is
 * nothing but optional attributes), TEI's shape for all elements: `group(group(group(content,
 * att.global…), @generatedBy?), @hand?)`, attributes nested one by one around the content, each
 * with salve's walkers built at every start tag and walked through by every event inside the
 * element. A subtree already replaced by a group of attributes counts as its attributes.
 */
function contentThenAttributes(group: unknown): { content: unknown; attributes: AttributePattern[] } {
  const after: unknown[] = [];
  let content: unknown = group;
  while (!attributesOnly(content) && isGroup(content) && attributesOnly(content.patB)) {
    after.unshift(content.patB);
    content = content.patA;
  }
  if (attributesOnly(content)) return { content: undefined, attributes: [content, ...after].flatMap(attributesIn) };
  return { content, attributes: after.flatMap(attributesIn) };
}

/** A group of optional attributes, looked up by name. */
class OptionalAttributes {
  private readonly byName: ByName = new Map();
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

  /** The attributes a name matches, in the group's order (not to be changed by the caller). */
  matching(ns: string, local: string): readonly number[] {
    const simple = this.byName.get(ns)?.get(local) ?? NONE;
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
      if (name === 'text' && !/\S/.test(params[0]!) && this.group.attributes.length > 0) return MATCH;
      return NO_MATCH;
    }
    if (name === 'attributeValue') {
      const i = this.pending;
      return i === undefined ? NO_MATCH : this.fire(i, this.seen.get(i)!, name, params, resolver);
    }
    // attributeName or attributeNameAndValue: the first attribute of that name not yet seen.
    const i = this.group.matching(params[0]!, params[1]!).find((n) => !this.seen.has(n));
    if (i === undefined) return NO_MATCH;
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

/** salve's attribute pattern whose value is neither plain text nor one datatype: a choice of values, a list. */
interface ValuePatternAttribute extends AttributePattern {
  kind: number;
  pat: { newWalker(): Walker };
}

/** salve's `Kind.DEFAULT` of an attribute pattern: its walker holds a walker of the value pattern. */
const VALUE_PATTERN_KIND = 0;

/**
 * salve's walker for an attribute with such a value, which builds the walker of the value pattern
 * only when a value comes: salve builds it with the attribute's walker, so on every start tag for
 * every such attribute the element allows (TEI's `place`, `target`, `rend`: some 300,000 walkers of
 * choices and lists on the Quijote), though few are ever given. The rest is salve's, step for step.
 */
class AttributeValueLazily implements Walker {
  constructor(
    private readonly el: ValuePatternAttribute,
    private subwalker: Walker | undefined,
    private seenName: boolean,
    public canEndAttribute: boolean,
    public canEnd: boolean,
  ) {}

  private value(): Walker {
    return (this.subwalker ??= this.el.pat.newWalker());
  }

  clone(): AttributeValueLazily {
    return new AttributeValueLazily(this.el, this.subwalker?.clone(), this.seenName, this.canEndAttribute, this.canEnd);
  }

  possible(): Set<unknown> {
    return new Set();
  }

  possibleAttributes(): Set<unknown> {
    if (this.canEnd) return new Set();
    if (!this.seenName) return new Set([new AttributeNameEvent(this.el.name)]);
    const found = new Set<unknown>();
    for (const event of this.value().possible() as Set<{ name: string; value: unknown; documentation: unknown }>) {
      if (event.name !== 'text') throw new Error(`unexpected event type: ${event.name}`);
      found.add(new AttributeValueEvent(event.value, event.documentation));
    }
    return found;
  }

  fireEvent(name: string, params: string[], resolver: unknown): FireResult {
    if (this.canEnd) return NO_MATCH;
    let value: string;
    if (this.seenName) {
      if (name !== 'attributeValue') return NO_MATCH;
      value = params[0]!;
    } else if ((name === 'attributeNameAndValue' || name === 'attributeName') && this.el.name.match(params[0]!, params[1]!)) {
      this.seenName = true;
      if (name === 'attributeName') return MATCH;
      value = params[2]!;
    } else {
      return NO_MATCH;
    }
    this.canEnd = true;
    this.canEndAttribute = true;
    const walker = this.value();
    if (value !== '' && !walker.fireEvent('text', [value], resolver).matched) {
      return new InternalFireEventResult(false, [new AttributeValueError('invalid attribute value', this.el.name)]);
    }
    return InternalFireEventResult.fromEndResult(walker.end());
  }

  endAttributes(): false | salve.ValidationError[] {
    if (this.canEnd) return false;
    // As salve: ended, so that the same attribute is not reported again at the element's end.
    this.canEnd = true;
    this.canEndAttribute = true;
    return [this.seenName
      ? new AttributeValueError('attribute value missing', this.el.name)
      : new AttributeNameError('attribute missing', this.el.name)];
  }

  end(): false | salve.ValidationError[] {
    return false;
  }
}

/** An attribute pattern of this kind hands out the lazy walker (set on the pattern, not on salve's class). */
function lazyValueWalkers(attribute: ValuePatternAttribute): void {
  if (attribute.kind !== VALUE_PATTERN_KIND || Object.hasOwn(attribute, 'newWalker')) return;
  attribute.newWalker = () => new AttributeValueLazily(attribute, undefined, false, false, false);
}

interface PreparedPattern {
  hasAttrs(): boolean;
  hasEmptyPattern(): boolean;
}
/** salve's choice or group, with what its preparation caches (base.js's TwoSubpatterns). */
interface PreparedTwo extends PreparedPattern {
  xmlPath: string;
  _cachedHasAttrs: boolean;
  _cachedHasEmptyPattern: boolean;
  _computeHasEmptyPattern(): boolean;
}

/** A new choice or group of salve's of two subtrees already prepared, as its preparation leaves it. */
function prepared(kind: unknown, original: PreparedTwo, a: unknown, b: unknown): PreparedTwo {
  const made = new (kind as new (xmlPath: string, a: unknown, b: unknown) => PreparedTwo)(original.xmlPath, a, b);
  made._cachedHasAttrs = (a as PreparedPattern).hasAttrs() || (b as PreparedPattern).hasAttrs();
  made._cachedHasEmptyPattern = made._computeHasEmptyPattern();
  return made;
}

/*
 * The replacements below are salve's own walk of the same subtrees with fewer walkers:
 * - a choice of text and references as salve's choice of the text and one choice of the references
 *   (what matches an event is the same, the references come in the same order, and text can always
 *   end, so the choice never reports at its end);
 * - an element's content and its attributes as salve's group of the content and one group of all
 *   the attributes (the content is tried first, then the attributes, whose names are distinct): one
 *   group walker instead of one per attribute, and the attributes' walkers built only for those the
 *   document gives.
 */
function textOrReferences(original: PreparedTwo, text: PreparedPattern, refs: RefPattern[]): PreparedTwo {
  return prepared(Choice, original, text, new RefChoice(refs, namesOfRefs(refs.slice(0, 1)), namesOfRefs(refs.slice(1))));
}

function namesIn(pattern: unknown): salve.BaseName[] {
  return namesOfRefs(referencesOf(pattern) ?? []);
}

function namesOfRefs(refs: readonly RefPattern[]): salve.BaseName[] {
  return refs.map((ref) => ref.element.name);
}

const CHILDREN = ['start', 'pat', 'patA', 'patB', 'except'] as const;

/** Replace, in a loaded grammar, every maximal choice of element references and group of optional attributes. */
export function specialiseReferenceChoices(grammar: salve.Grammar): salve.Grammar {
  const seen = new Set<object>();
  /** One replacement for a subtree, however many parents share it (shared-grammar.ts). */
  const replaced = new Map<object, object | null>();
  const replacement = (child: object): object | null => {
    let found = replaced.get(child);
    if (found !== undefined) return found;
    found = null;
    const refs = child instanceof Choice ? referencesOf(child) : undefined;
    const mixed = child instanceof Choice && !refs ? textOrReferencesOf(child) : undefined;
    const group = child instanceof Group ? contentThenAttributes(child) : undefined;
    if (refs && refs.length > 2) {
      found = new RefChoice(refs, namesIn((child as ChoicePattern).patA), namesIn((child as ChoicePattern).patB));
    } else if (mixed && mixed.refs.length > 1) {
      found = textOrReferences(child as unknown as PreparedTwo, mixed.text, mixed.refs);
    } else if (group && group.content === undefined && group.attributes.length > 2) {
      found = new OptionalAttributes(group.attributes);
    } else if (group && group.content !== undefined && group.attributes.length > 1) {
      found = prepared(Group, child as unknown as PreparedTwo, group.content, new OptionalAttributes(group.attributes));
    }
    replaced.set(child, found);
    return found;
  };
  const visit = (pattern: Record<string, unknown>): void => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    if (pattern instanceof Attribute) lazyValueWalkers(pattern as unknown as ValuePatternAttribute);
    else if (pattern instanceof OptionalAttributes) for (const attribute of pattern.attributes) visit(attribute as unknown as Record<string, unknown>);
    for (const field of CHILDREN) {
      const child = pattern[field];
      if (typeof child !== 'object' || child === null) continue;
      const specialised = replacement(child);
      if (specialised) pattern[field] = specialised;
      visit((specialised ?? child) as Record<string, unknown>);
    }
  };
  const g = grammar as unknown as { definitions: Map<string, Record<string, unknown>> };
  visit(g as unknown as Record<string, unknown>);
  for (const definition of g.definitions.values()) visit(definition);
  return grammar;
}
