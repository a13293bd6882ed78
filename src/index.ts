/** The library API: each stage, usable without the command line. */
export { encode, readDocument, writeTei } from './encode/index.js';
export type { EncodeOptions, EncodeResult, ReadResult } from './encode/index.js';
export { readLists, readPersonList, readTermList } from './encode/names/index.js';
export type { ListSource } from './encode/names/index.js';
export { createValidator, formatHuman, formatJson } from './validate/index.js';
export type { Validator, ValidatorOptions } from './validate/index.js';
export { createPublisher } from './publish/index.js';
export type { Publisher, EditionSource, EditionOptions, EditionOutcome, Editions, NavLink, IndexEntry, IndexOptions, IndexVolume, PersonFact, PersonsVolume, SitePageOptions } from './publish/index.js';
// The archive's search from any HTML edition: a page's units, the index of many, the page's script.
export { searchRecord, searchData, searchIndexScript } from './publish/search.js';
export type { SearchRecord, SearchUnit, SearchDocument, SearchData } from './publish/search.js';
// The books: an EPUB 3 and a PDF of many TEI documents (strings or files), in order.
export { makeEpub, writeEpub, type EpubOptions } from './publish/epub.js';
export { makePdf, writePdf, NoBrowserError, type PdfOptions } from './publish/pdf.js';
export type { Book, BookInput, BookSource } from './publish/book.js';
export { build, BuildInputError, defaultJobs } from './build/index.js';
export type { BuildOptions, BuildResult, BuildEvent } from './build/index.js';
export * from './model/diagnostic.js';
// The one reader of input bytes, for callers that publish bytes or read files as the commands do.
export { decodeText, type DecodeTextOptions } from './model/decode-text.js';
export { decodeXml, type Decoded } from './model/decode-xml.js';
export { readInputFile } from './model/input.js';
export type * from './model/document.js';
export type * from './model/names.js';
export { TOOL } from './model/tool.js';
