/**
 * The source note (`Source: National Archives, RG 59, …. Secret; Exdis. Drafted by Robert Mantel
 * (PM/SS); cleared by …; and approved by …. Sent for information to Paris, London …`) read as
 * structure for the header, with the ranges to mark in the note itself.
 */
import type { Correspondent, Person, Responsibility, SourceFacts } from '../model/document.js';
import { splitSeries } from './series.js';

export type SourceSpanType = 'bibl' | 'persName' | 'orgName';

export interface SourceSpan {
  start: number;
  end: number;
  type: SourceSpanType;
}

export interface ParsedSourceNote {
  facts: SourceFacts;
  information: Correspondent[];
  additional: Correspondent[];
  spans: SourceSpan[];
}

const CLASSIFICATION =
  /^(Top Secret|Secret|Confidential|Unclassified|Limited Official Use|Official Use Only|No classification marking)\b/i;

export function parseSourceNote(text: string): ParsedSourceNote {
  const facts: SourceFacts = { handling: [], responsibilities: [] };
  const result: ParsedSourceNote = { facts, information: [], additional: [], spans: [] };
  const lead = /^Source:\s*/.exec(text);
  if (!lead) return result;

  const sentences = splitSentences(text, lead[0].length);
  const first = sentences[0];
  if (first && !CLASSIFICATION.test(first.text)) {
    readCitation(first.text, facts);
    result.spans.push({ start: first.start, end: first.start + first.text.length, type: 'bibl' });
  }
  for (const s of sentences) {
    if (CLASSIFICATION.test(s.text) && facts.classification === undefined) {
      const [classification, ...handling] = s.text.split(/;\s*/).map((x) => x.trim());
      facts.classification = classification;
      facts.handling.push(...handling.filter(Boolean));
      continue;
    }
    readResponsibilities(s.text, s.start, facts.responsibilities, result.spans);
    readDistribution(s.text, result);
  }
  return result;
}

interface Sentence {
  text: string;
  start: number;
}

/**
 * Sentences end at a full stop followed by a capital, except after an initial (`Robert J. Lipshutz`)
 * or an abbreviation; the stop itself is not part of the sentence.
 */
function splitSentences(text: string, from: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const stop = /\.(?=\s+[\p{Lu}(“"]|\s*$)/gu;
  stop.lastIndex = from;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const before = text.slice(start, m.index);
    if (/(?:^|[\s.(])(?:\p{Lu}|[A-Z][a-z]{0,2}|Ibid|No|Nos|p|pp|vol|Jr|Sr|St|Mr|Mrs|Dr|Gen|Adm|Col|Lt|U\.S|U\.N)$/u.test(before)) continue;
    out.push({ text: before, start });
    start = m.index + 1;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start).trimEnd(), start });
  return out;
}

/** `National Archives, RG 59, Central Foreign Policy File, D780001–0958`. */
function readCitation(citation: string, facts: SourceFacts): void {
  facts.citation = citation;
  const parts = citation.split(/,\s+(?![^()]*\))/);
  facts.repository = parts.shift();
  const rg = parts.findIndex((p) => /^RG\s+\d+/.test(p));
  if (rg >= 0) facts.recordGroup = parts.splice(rg, 1)[0];
  const firstWithDigit = parts.findIndex((p) => /\d/.test(p));
  if (firstWithDigit < 0) {
    if (parts.length) facts.collection = parts.join(', ');
    return;
  }
  const collection = parts.slice(0, firstWithDigit);
  const fileParts = parts.slice(firstWithDigit);
  const colon = /^([^\d:]+):\s+(.*)$/.exec(fileParts[0]!);
  if (colon) {
    collection.push(colon[1]!);
    fileParts[0] = colon[2]!;
  }
  if (collection.length) facts.collection = collection.join(', ');
  facts.file = fileParts.join(', ');
}

const ROLE = /\b(drafted|cleared|approved|initialed|signed)(?: in draft)? by\s+/gi;

/** `Drafted by Robert Mantel (PM/SS); cleared by Thomas Gorman (DOD/ISA), …; and approved by …`. */
function readResponsibilities(sentence: string, base: number, into: Responsibility[], spans: SourceSpan[]): void {
  const roles = [...sentence.matchAll(ROLE)];
  roles.forEach((m, i) => {
    const start = m.index! + m[0].length;
    let end = i + 1 < roles.length ? roles[i + 1]!.index! : sentence.length;
    const segment = sentence.slice(start, end).replace(/[;,]?\s*(?:and\s*)?$/, '');
    end = start + segment.length;
    const persons: Person[] = [];
    for (const p of splitSeries(segment)) {
      const office = /^(.*?)\s*\(([^()]+)\)$/.exec(p.text);
      const name = office ? office[1]! : p.text;
      if (!/^\p{Lu}/u.test(name)) continue;
      persons.push(office ? { name, office: office[2]! } : { name });
      spans.push({ start: base + start + p.start, end: base + start + p.start + name.length, type: 'persName' });
      if (office) {
        const o = p.text.lastIndexOf('(') + 1;
        spans.push({ start: base + start + p.start + o, end: base + start + p.start + o + office[2]!.length, type: 'orgName' });
      }
    }
    if (persons.length) into.push({ role: m[1]!.toLowerCase(), persons });
  });
}

const DISTRIBUTION =
  /\b(Sent for information to|Repeated for information to|Also sent for information to|Repeated to|Also sent to|Also repeated to|Pouched to|Sent to)\s+/gi;

function readDistribution(sentence: string, into: ParsedSourceNote): void {
  for (const m of sentence.matchAll(DISTRIBUTION)) {
    const start = m.index! + m[0].length;
    const rest = sentence.slice(start);
    const stop = /\s+(?:and\s+)?(?:repeated|sent|pouched|which|for\s+information|for\s+action|as\s+telegram|as\s+Tosec)\b|[;(]|\s+\d/i.exec(rest);
    const list = stop ? rest.slice(0, stop.index) : rest;
    const target = /for information|Repeated|repeated/i.test(m[1]!) ? into.information : into.additional;
    for (const p of splitSeries(list)) {
      const name = p.text.replace(/^the\s+/, '');
      if (!name || !/^\p{Lu}/u.test(name)) continue;
      target.push({ name, type: /\b(?:Embassy|Mission|Department|Consulate|Legation|[A-Z]{3,})\b/.test(name) ? 'orgName' : 'placeName' });
    }
  }
}
