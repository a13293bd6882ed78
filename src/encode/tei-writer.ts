/**
 * The model as TEI P5 (docs/encoding.md), built with xmlbuilder2. Element-only content is indented for
 * people reading the file; mixed content is written exactly, since white space there is text.
 */
import { create } from 'xmlbuilder2';
import { OUR_PUBLICATION_STATEMENT } from '../model/provenance.js';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type {
  Attachment, Block, Closer, Correspondent, Inline, List, Note, OpenerPart, PageBreak, TeiDocument,
} from '../model/document.js';
import type { PersonEntry, TermEntry } from '../model/names.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export interface WriteOptions {
  /** Tool name and version recorded in the revision description. */
  generator: string;
}

type Attrs = Record<string, string | undefined>;

/** An element whose children are elements only: it indents them. */
class Container {
  constructor(
    readonly el: XMLBuilder,
    readonly depth: number,
  ) {}

  child(name: string, attrs: Attrs = {}): XMLBuilder {
    this.el.txt(`\n${'  '.repeat(this.depth + 1)}`);
    return this.el.ele(name, defined(attrs));
  }

  container(name: string, attrs: Attrs = {}): Container {
    return new Container(this.child(name, attrs), this.depth + 1);
  }

  close(): void {
    this.el.txt(`\n${'  '.repeat(this.depth)}`);
  }
}

function defined(attrs: Attrs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = v;
  return out;
}

export function writeTei(doc: TeiDocument, options: WriteOptions): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(TEI_NS, 'TEI', { 'xml:lang': 'en' });
  const tei = new Container(root, 0);
  writeHeader(tei.container('teiHeader'), doc, options);
  const text = tei.container('text');
  const body = text.container('body');
  writeDocumentDiv(body, doc);
  body.close();
  text.close();
  tei.close();
  const xml = root.end({ prettyPrint: false, headless: true });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

const documentId = (doc: TeiDocument): string => `d${doc.n ?? ''}`;
const attachmentId = (doc: TeiDocument, index: number): string => `${documentId(doc)}at${index + 1}`;

function writeHeader(header: Container, doc: TeiDocument, options: WriteOptions): void {
  const fileDesc = header.container('fileDesc');
  const titleStmt = fileDesc.container('titleStmt');
  titleStmt.child('title').txt(doc.title);
  titleStmt.close();
  const pub = fileDesc.container('publicationStmt');
  pub.child('p').txt(OUR_PUBLICATION_STATEMENT);
  pub.close();
  const sourceDesc = fileDesc.container('sourceDesc');
  writeSourceBibl(sourceDesc.container('bibl'), doc);
  if (doc.volume) {
    // The series and the volume the document is printed in, for citations.
    const volume = sourceDesc.container('bibl', { type: 'volume' });
    volume.child('title', { level: 's' }).txt('Foreign Relations of the United States');
    volume.child('idno', { type: 'volume' }).txt(doc.volume);
    volume.close();
  }
  sourceDesc.close();
  fileDesc.close();

  const terms = doc.entries?.terms ?? [];
  if (terms.length) writeTerms(header, terms);
  // One correspDesc for the document, and one for each attachment whose heading names its
  // correspondents (an enclosed letter), pointing at the attachment.
  const descriptions = [
    { attrs: {}, c: doc.correspondence },
    ...doc.attachments.map((a, k) => ({
      attrs: { type: 'attachment', corresp: `#${attachmentId(doc, k)}` },
      c: { ...a.correspondence, information: [], additional: [] },
    })),
  ].filter(({ c }) => c.senders.length || c.addressees.length || c.information.length || c.additional.length);
  const persons = doc.entries?.persons ?? [];
  if (descriptions.length || persons.length) {
    const profile = header.container('profileDesc');
    for (const { attrs, c } of descriptions) writeCorrespondence(profile, c, attrs);
    if (persons.length) writePersons(profile, persons);
    profile.close();
  }

  const revision = header.container('revisionDesc');
  revision.child('change').txt(`Encoded by ${options.generator}.`);
  revision.close();
  header.close();
}

/** The terms the document mentions, so that every `gloss/@target` resolves inside the file. */
function writeTerms(header: Container, terms: readonly TermEntry[]): void {
  const encoding = header.container('encodingDesc');
  const classDecl = encoding.container('classDecl');
  const taxonomy = classDecl.container('taxonomy', { 'xml:id': 'terms' });
  for (const t of terms) {
    const category = taxonomy.container('category', { 'xml:id': t.id });
    const desc = category.child('catDesc');
    desc.ele('term').txt(t.term);
    desc.txt(', ');
    desc.ele('gloss').txt(t.expansion);
    category.close();
  }
  taxonomy.close();
  classDecl.close();
  encoding.close();
}

/** The persons the document mentions, with the list's identification of each. */
function writePersons(profile: Container, persons: readonly PersonEntry[]): void {
  const partic = profile.container('particDesc');
  const list = partic.container('listPerson');
  for (const p of persons) {
    const person = list.container('person', { 'xml:id': p.id });
    person.child('persName').txt(p.name);
    if (p.description) person.child('note').txt(p.description);
    person.close();
  }
  list.close();
  partic.close();
}

function writeCorrespondence(profile: Container, c: TeiDocument['correspondence'], attrs: Attrs): void {
  const corresp = profile.container('correspDesc', attrs);
  const action = (type: string, subtype: string | undefined, names: Correspondent[]): void => {
    if (!names.length) return;
    const a = corresp.container('correspAction', { type, subtype });
    for (const name of names) a.child(name.type).txt(name.name);
    a.close();
  };
  action('sent', undefined, c.senders);
  action('received', undefined, c.addressees);
  action('received', 'additional', c.additional);
  action('received', 'information', c.information);
  corresp.close();
}

function writeSourceBibl(bibl: Container, doc: TeiDocument): void {
  const s = doc.source;
  bibl.child('title', { type: 'document' }).txt(doc.title);
  if (s.repository) bibl.child('orgName', { role: 'repository' }).txt(s.repository);
  if (s.recordGroup) bibl.child('idno', { type: 'record-group' }).txt(s.recordGroup);
  if (s.collection) bibl.child('title', { type: 'collection' }).txt(s.collection);
  if (s.file) bibl.child('idno', { type: 'file' }).txt(s.file);
  if (doc.telegramNumber) bibl.child('idno', { type: 'telegram' }).txt(doc.telegramNumber);
  for (const r of s.responsibilities) {
    for (const person of r.persons) {
      const resp = bibl.container('respStmt');
      resp.child('resp').txt(r.role);
      resp.child('persName').txt(person.name);
      if (person.office) resp.child('orgName').txt(person.office);
      resp.close();
    }
  }
  if (s.classification) bibl.child('note', { type: 'classification' }).txt(s.classification);
  for (const h of s.handling) bibl.child('note', { type: 'handling' }).txt(h);
  bibl.close();
}

function writeDocumentDiv(body: Container, doc: TeiDocument): void {
  const div = body.container('div', { type: 'document', subtype: doc.kind, n: doc.n, 'xml:id': documentId(doc), 'xml:lang': doc.lang });
  const ids: Ids = { doc: documentId(doc), notes: noteIds(doc) };
  for (const pb of doc.pageBreaksBeforeHead) div.child('pb', pbAttrs(pb.pb));
  // The heading is the editors' own, in English, in a document printed in another language.
  inline(div.child('head', { 'xml:lang': doc.lang ? 'en' : undefined }), doc.head, ids);
  // The file line is printed under the heading, with no marker: FRUS's inline source note.
  if (doc.fileLine) inline(div.child('note', { type: 'source', rend: 'inline' }), doc.fileLine.content, ids);
  writeOpeners(div, doc.opener, ids);
  // TEI closes a division with its closer: a text with attachments after its signature is a
  // division of its own, and each attachment another.
  const own = doc.attachments.length ? div.container('div', { type: 'communication' }) : div;
  for (const block of doc.body) writeBlock(own, block, ids);
  if (doc.closer) writeCloser(own, doc.closer, ids);
  if (own !== div) own.close();
  doc.attachments.forEach((attachment, k) => writeAttachment(div, attachment, attachmentId(doc, k), ids));
  // A note whose marker was not found is kept, marked as standing nowhere in the text.
  for (const note of doc.notes.filter((n) => !n.placed)) {
    writeNote(div.child('note', { ...noteAttrs(note, ids), rend: 'unanchored' }), note, ids);
  }
  div.close();
}

function writeAttachment(parent: Container, attachment: Attachment, id: string, ids: Ids): void {
  const div = parent.container('div', { type: 'attachment', 'xml:id': id, 'xml:lang': attachment.lang });
  for (const pb of attachment.pageBreaksBefore) div.child('pb', pbAttrs(pb.pb));
  if (attachment.label) writeOpeners(div, [attachment.label], ids);
  if (attachment.head) inline(div.child('head'), attachment.head, ids);
  writeOpeners(div, attachment.opener, ids);
  for (const block of attachment.body) writeBlock(div, block, ids);
  if (attachment.closer) writeCloser(div, attachment.closer, ids);
  div.close();
}

/**
 * Note ids follow FRUS (`d284fn3`: the document, fn, the printed number). A number printed twice
 * (one note cited at two places) or a symbol gets an id of its own by its place in the notes.
 */
function noteIds(doc: TeiDocument): Map<Note, string> {
  const ids = new Map<Note, string>();
  const used = new Set<string>();
  doc.notes.forEach((note, i) => {
    let id = `${documentId(doc)}fn${/^[0-9A-Za-z]+$/.test(note.n) ? note.n : `s${i + 1}`}`;
    for (let k = 2; used.has(id); k++) id = `${documentId(doc)}fn${note.n}_${k}`;
    used.add(id);
    ids.set(note, id);
  });
  return ids;
}

interface Ids {
  doc: string;
  notes: Map<Note, string>;
}

/**
 * The opener, as one element or several: lines printed one under another (`[Telegram.]`,
 * `[Paraphrase]`) are phrase-level in TEI, so each after the first opens an opener of its own,
 * as the FRUS editors write them, and every edition keeps them apart.
 */
function writeOpeners(div: Container, parts: readonly OpenerPart[], ids: Ids): void {
  let group: OpenerPart[] = [];
  for (const part of parts) {
    if (part.kind === 'line' && group[group.length - 1]?.kind === 'line') {
      writeOpener(div, group, ids);
      group = [];
    }
    group.push(part);
  }
  if (group.length) writeOpener(div, group, ids);
}

function writeOpener(div: Container, parts: OpenerPart[], ids: Ids): void {
  // A caption is mixed content: the opener is then written without indentation.
  const mixed = parts.some((p) => p.kind === 'caption');
  const opener = div.container('opener');
  let previous: OpenerPart | undefined;
  for (const part of parts) {
    const add = (name: string, attrs: Attrs = {}): XMLBuilder => {
      if (mixed) {
        if (previous) opener.el.txt(' ');
        return opener.el.ele(name, defined(attrs));
      }
      return opener.child(name, attrs);
    };
    if (part.kind === 'dateline') {
      const d = part.dateline;
      inline(add('dateline'), d.content, ids);
    } else if (part.kind === 'salute') {
      inline(add('salute'), part.content, ids);
    } else if (part.kind === 'pb') {
      add('pb', pbAttrs(part.pb));
    } else if (part.kind === 'line') {
      inline(add('seg', { type: part.type }), part.content, ids);
    } else {
      if (previous) opener.el.txt(' ');
      inline(opener.el, part.content, ids);
    }
    previous = part;
  }
  if (!mixed) opener.close();
}

function writeBlock(parent: Container, block: Block, ids: Ids): void {
  switch (block.kind) {
    case 'p':
      inline(parent.child('p'), block.content, ids);
      break;
    case 'pb':
      parent.child('pb', pbAttrs(block.pb));
      break;
    case 'list':
      writeList(parent.container('list', listAttrs(block)), block, ids);
      break;
    case 'div': {
      const div = parent.container('div', { type: 'paragraph', n: block.n });
      for (const b of block.blocks) writeBlock(div, b, ids);
      div.close();
      break;
    }
  }
}

function listAttrs(list: List): Attrs {
  return list.type === 'dash' ? { rend: 'dash' } : { type: list.type };
}

function writeList(list: Container, model: List, ids: Ids): void {
  if (model.head) inline(list.child('head'), model.head, ids);
  for (const entry of model.entries) {
    if (entry.kind === 'pb') {
      list.child('pb', pbAttrs(entry.pb));
      continue;
    }
    const item = list.child('item');
    inline(item, entry.content, ids);
    if (entry.sublist) {
      // Inside the item's mixed content: the nested list follows its text directly.
      const sub = new Container(item.ele('list', listAttrs(entry.sublist)), list.depth + 1);
      writeList(sub, entry.sublist, ids);
    }
  }
  list.close();
}

function writeCloser(div: Container, closer: Closer, ids: Ids): void {
  writeSignature(div, closer, ids);
  if (closer.postscript) {
    const postscript = div.container('postscript');
    for (const p of closer.postscript) writeBlock(postscript, p, ids);
    postscript.close();
  }
  for (const pb of closer.pageBreaksAfter ?? []) div.child('pb', pbAttrs(pb.pb));
}

function writeSignature(div: Container, closer: Closer, ids: Ids): void {
  if (closer.title) {
    // The title line is text of the closer itself (mixed content): no indentation inside.
    const el = div.child('closer');
    if (closer.salute) inline(el.ele('salute'), closer.salute, ids);
    for (const signed of closer.signatures) inline(el.ele('signed'), signed, ids);
    el.ele('lb');
    inline(el, closer.title, ids);
    if (closer.dateline) inline(el.ele('dateline'), closer.dateline.content, ids);
    return;
  }
  const c = div.container('closer');
  if (closer.salute) inline(c.child('salute'), closer.salute, ids);
  for (const signed of closer.signatures) inline(c.child('signed'), signed, ids);
  if (closer.dateline) inline(c.child('dateline'), closer.dateline.content, ids);
  c.close();
}

const pbAttrs = (pb: PageBreak): Attrs => ({ n: pb.n, 'xml:id': `pg_${pb.n}` });

function noteAttrs(note: Note, ids: Ids): Attrs {
  return { n: note.n, 'xml:id': ids.notes.get(note), type: note.type, place: 'foot' };
}

function writeNote(el: XMLBuilder, note: Note, ids: Ids): void {
  inline(el, note.content, ids);
}

function inline(el: XMLBuilder, content: readonly Inline[], ids: Ids): void {
  for (const node of content) {
    switch (node.kind) {
      case 'text':
        el.txt(node.text);
        break;
      case 'note':
        writeNote(el.ele('note', defined(noteAttrs(node.note, ids))), node.note, ids);
        break;
      case 'pb':
        el.ele('pb', defined(pbAttrs(node)));
        break;
      case 'name':
        inline(el.ele(node.type, defined({ corresp: node.ref && `#${node.ref}` })), node.content, ids);
        break;
      case 'gloss':
        inline(el.ele('gloss', { target: `#${node.ref}` }), node.content, ids);
        break;
      case 'date':
        inline(el.ele('date', defined({ when: node.when, from: node.from, to: node.to })), node.content, ids);
        break;
      case 'bibl':
        inline(el.ele('bibl'), node.content, ids);
        break;
      case 'supplied':
        inline(el.ele('supplied', { reason: node.reason }), node.content, ids);
        break;
      case 'gap':
        inline(el.ele('gap', { reason: node.reason }).ele('desc'), node.content, ids);
        break;
      case 'idno':
        el.ele('idno', { type: node.type }).txt(node.text);
        break;
      case 'lb':
        el.ele('lb');
        break;
      case 'seg': {
        const seg = el.ele('seg', { type: node.type });
        seg.ele('label').txt(node.label);
        inline(seg, node.content, ids);
        break;
      }
    }
  }
}
