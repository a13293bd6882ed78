/**
 * A prepared grammar stored with its repeated parts once. RelaxNG simplification inlines every
 * pattern but the element definitions, so `tei_all`'s model classes (choices of a hundred elements
 * and more) and attribute classes (`att.global` and its kin) are copied into each of the 600 element
 * definitions that use them: salve's JSON form holds 391,000 nodes, of which 14,500 differ. Read
 * as salve reads it, every copy becomes its own pattern object, and building and collecting those
 * was most of the time `validate` took to start. Here each distinct subtree is written once and
 * built once, and every parent that holds a copy holds that one pattern.
 *
 * Sharing is sound because salve's patterns are immutable once prepared (a walker holds all the
 * state of a validation; what a pattern caches, like whether it has attributes, is a function of
 * its own subtree), so a subtree can have many parents. The patterns themselves are built by
 * salve's own reader, one distinct node at a time, its children already built.
 */
import * as salve from 'salve-annos';

/** salve's JSON form (`writeTreeToJSON`, version 3): nested arrays `[kind, ...arguments]`. */
interface SalveJson {
  v: 3;
  o: number;
  d: unknown[];
}

/** salve's kind code for a plain array of arguments (its `codeToConstructor[0]`). */
const ARRAY = 0;

/**
 * The distinct nodes, children before parents: a string or number is an argument as it stands; an
 * array is `[kind, ...indices of its arguments]`. The last node is the grammar.
 */
/** The form's name, in each stored grammar: a cache entry of another form is prepared again. */
export const SHARED_FORMAT = 'shared-1';

export interface SharedGrammar {
  format: typeof SHARED_FORMAT;
  /** salve's options word (whether paths are left out). */
  o: number;
  nodes: (string | number | number[])[];
}

/** The shared form of salve's JSON form. */
export function shareGrammar(json: SalveJson): SharedGrammar {
  if (json.v !== 3) throw new Error(`salve JSON format ${String(json.v)} is not known here`);
  const nodes: SharedGrammar['nodes'] = [];
  const index = new Map<string, number>();
  const add = (key: string, node: SharedGrammar['nodes'][number]): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.push(node) - 1;
      index.set(key, i);
    }
    return i;
  };
  const visit = (value: unknown): number => {
    if (typeof value === 'string' || typeof value === 'number') return add(JSON.stringify(value), value);
    if (!Array.isArray(value) || typeof value[0] !== 'number') throw new Error('salve JSON form: unexpected value');
    const node = [value[0], ...value.slice(1).map(visit)];
    return add(`[${node.join(',')}]`, node);
  };
  visit(json.d);
  return { format: SHARED_FORMAT, o: json.o, nodes };
}

/** Build the grammar of a shared form: each distinct node once, by salve's reader. */
export function readSharedGrammar(shared: SharedGrammar): salve.Grammar {
  if (shared.format !== SHARED_FORMAT) throw new Error(`shared grammar format ${String(shared.format)} is not known here`);
  const built: unknown[] = new Array(shared.nodes.length);
  /**
   * An argument as salve's reader takes it: a string or number, a pattern already built (its
   * reader leaves anything that is not an array as it is), or a plain array in salve's own form,
   * which its reader unwraps; plain arrays are rebuilt for each parent since the reader consumes them.
   */
  const argument = (i: number): unknown => {
    const node = shared.nodes[i]!;
    if (!Array.isArray(node)) return node;
    if (node[0] === ARRAY) return [ARRAY, ...node.slice(1).map(argument)];
    return built[i];
  };
  const read = (i: number): unknown => {
    const node = shared.nodes[i] as number[];
    return salve.readTreeFromJSON({ v: 3, o: shared.o, d: [node[0], ...node.slice(1).map(argument)] });
  };
  const last = shared.nodes.length - 1;
  for (let i = 0; i < last; i++) {
    const node = shared.nodes[i]!;
    if (Array.isArray(node) && node[0] !== ARRAY) built[i] = read(i);
  }
  // The grammar's constructor prepares its patterns (resolves references, caches what each
  // subtree allows), walking them as a tree: each shared subtree is prepared once instead.
  const grammar = preparingOnce(built.filter((b) => b !== undefined) as object[], () => read(last));
  if (!(grammar instanceof salve.Grammar)) throw new Error('shared grammar: the last node is not a grammar');
  return grammar;
}

type Prepare = (this: object, ...args: unknown[]) => void;

/**
 * Runs `build` with salve's `_prepare` of these patterns' classes made to skip a pattern already
 * prepared (preparing is idempotent: the same definitions and namespaces for the whole grammar,
 * and what it caches depends on the subtree alone); the classes are restored after.
 */
function preparingOnce<T>(patterns: readonly object[], build: () => T): T {
  const owners = new Set<{ _prepare: Prepare }>();
  for (const pattern of patterns) {
    let owner = Object.getPrototypeOf(pattern) as { _prepare: Prepare } | null;
    while (owner && !Object.hasOwn(owner, '_prepare')) owner = Object.getPrototypeOf(owner) as { _prepare: Prepare } | null;
    if (owner) owners.add(owner);
  }
  const prepared = new WeakSet<object>();
  const originals = new Map<{ _prepare: Prepare }, Prepare>();
  for (const owner of owners) {
    const original = owner._prepare;
    originals.set(owner, original);
    owner._prepare = function (this: object, ...args: unknown[]): void {
      if (prepared.has(this)) return;
      prepared.add(this);
      original.apply(this, args);
    };
  }
  try {
    return build();
  } finally {
    for (const [owner, original] of originals) owner._prepare = original;
  }
}
