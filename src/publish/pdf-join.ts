/**
 * A book printed in parts made one PDF (pdf-lib): the prints Chromium made — the front matter, then
 * the parts of the documents — one after the other, with what copying pages leaves behind made
 * whole again. Each print has its own named destinations (the contents' links and the notes' point
 * at them by name), outline and tagged structure, all pointing at its own pages; the joined PDF has
 * one of each, pointing at the copied pages. Loaded only when a PDF is made.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';

/** What a print says of itself: its page count, and the page (1-based) each name's destination is on. */
export interface PrintRead {
  pages: number;
  starts: number[];
}

/** Reads a print: its pages, and the page of each of `names`' destinations (an error when one has none). */
export async function readPrint(bytes: Uint8Array, names: readonly string[]): Promise<PrintRead> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const starts = names.map((name) => {
    const target = dests?.lookupMaybe(PDFName.of(name), PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page === undefined) throw new Error(`the printed PDF has no destination for the document ${name}`);
    return page;
  });
  return { pages: pdf.getPageCount(), starts };
}

const name = (key: string) => PDFName.of(key);

/**
 * The prints, in order, as one PDF. A name that two prints give a destination is the later one's:
 * the front matter's contents entries carry their documents' names so that their links have a
 * target when printed, and the part that prints the document comes after. The title, language and
 * producer are the first print's.
 */
export async function joinPrints(prints: readonly Uint8Array[]): Promise<Uint8Array> {
  const joined = await PDFDocument.create({ updateMetadata: false });
  const { context } = joined;
  const dests = context.obj({});
  const outline: PDFRef[] = [];
  let outlineCount = 0;
  const structure: PDFObject[] = [];
  const parentTree: PDFObject[] = [];
  let nextKey = 0;
  let tagged = false;

  for (const [index, bytes] of prints.entries()) {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    // One copier for the print: a page it copied once is the same page wherever the destinations,
    // outline and structure refer to it.
    const copier = PDFObjectCopier.for(pdf.context, context);
    const structRoot = pdf.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
    const keyOffset = nextKey;
    for (const page of pdf.getPages()) {
      const ref = copier.copy(page.ref) as PDFRef;
      const node = context.lookup(ref) as PDFPageLeaf;
      shift(node, 'StructParents', keyOffset);
      for (const annot of node.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []) {
        const dict = context.lookup(annot);
        if (dict instanceof PDFDict) shift(dict, 'StructParent', keyOffset);
      }
      joined.addPage(PDFPage.of(node, ref, joined));
    }

    const printDests = pdf.catalog.lookupMaybe(name('Dests'), PDFDict);
    for (const [key, value] of printDests?.entries() ?? []) dests.set(key, copier.copy(value));

    const printOutline = pdf.catalog.get(name('Outlines'));
    if (printOutline) {
      const root = context.lookup(copier.copy(printOutline), PDFDict);
      outlineCount += root.lookupMaybe(name('Count'), PDFNumber)?.asNumber() ?? 0;
      for (let item = root.get(name('First')); item instanceof PDFRef; item = context.lookup(item, PDFDict).get(name('Next'))) {
        outline.push(item);
      }
    }

    if (structRoot) {
      tagged = true;
      const root = context.lookup(copier.copy(structRoot), PDFDict);
      structure.push(...documentKids(context, root.get(name('K'))));
      collectNums(context, root.get(name('ParentTree')), (key, value) => parentTree.push(PDFNumber.of(key + keyOffset), value));
      nextKey += root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
    }

    if (index === 0) {
      const title = pdf.getTitle();
      if (title !== undefined) joined.setTitle(title, { showInWindowTitleBar: true });
      const lang = pdf.catalog.get(name('Lang'));
      if (lang) joined.catalog.set(name('Lang'), lang.clone(context));
      for (const [key, value] of [['Creator', pdf.getCreator()], ['Producer', pdf.getProducer()]] as const) {
        if (value !== undefined) joined[key === 'Creator' ? 'setCreator' : 'setProducer'](value);
      }
      const created = pdf.getCreationDate();
      if (created) {
        joined.setCreationDate(created);
        joined.setModificationDate(created);
      }
    }
  }

  joined.catalog.set(name('Dests'), context.register(dests));
  if (outline.length) joined.catalog.set(name('Outlines'), linkOutline(context, outline, outlineCount));
  if (tagged) {
    const rootRef = context.nextRef();
    const documentRef = context.register(context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: structure }));
    const lang = joined.catalog.get(name('Lang'));
    if (lang) context.lookup(documentRef, PDFDict).set(name('Lang'), lang);
    for (const kid of structure) {
      if (kid instanceof PDFRef) context.lookup(kid, PDFDict).set(name('P'), documentRef);
    }
    context.assign(rootRef, context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: context.register(context.obj({ Nums: parentTree })),
      ParentTreeNextKey: nextKey,
    }));
    joined.catalog.set(name('StructTreeRoot'), rootRef);
    joined.catalog.set(name('MarkInfo'), context.obj({ Type: 'MarkInfo', Marked: true }));
  }
  return joined.save({ useObjectStreams: false });
}

/** Adds `offset` to a structure key (StructParents of a page, StructParent of an annotation). */
function shift(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(name(key), PDFNumber);
  if (value && offset) dict.set(name(key), PDFNumber.of(value.asNumber() + offset));
}

/** The elements under a print's structure root: the kids of its Document element (the joined PDF has one). */
function documentKids(context: PDFContext, k: PDFObject | undefined): PDFObject[] {
  const tops = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  return tops.flatMap((top) => {
    const element = context.lookup(top);
    if (!(element instanceof PDFDict) || element.get(name('S'))?.toString() !== '/Document') return [top];
    const kids = element.get(name('K'));
    return kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  });
}

/** Each (key, value) of a number tree, flat (Nums) or in kids. */
function collectNums(context: PDFContext, tree: PDFObject | undefined, add: (key: number, value: PDFObject) => void): void {
  const node = tree ? context.lookup(tree) : undefined;
  if (!(node instanceof PDFDict)) return;
  const nums = node.lookupMaybe(name('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) add(nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1));
  for (const kid of node.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) collectNums(context, kid, add);
}

/** One outline of the prints' top-level items, in order. */
function linkOutline(context: PDFContext, items: readonly PDFRef[], count: number): PDFRef {
  const rootRef = context.nextRef();
  items.forEach((item, i) => {
    const dict = context.lookup(item, PDFDict);
    dict.set(name('Parent'), rootRef);
    if (i > 0) dict.set(name('Prev'), items[i - 1]!);
    else dict.delete(name('Prev'));
    if (i < items.length - 1) dict.set(name('Next'), items[i + 1]!);
    else dict.delete(name('Next'));
  });
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: items[0]!, Last: items.at(-1)!, Count: count }));
  return rootRef;
}
