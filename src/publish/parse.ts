/**
 * Parses TEI once into the tree every stylesheet then runs on. Saxon-JS reads no DTD, so an entity
 * a DTD would define is an error here: it is reported where it stands, as a PositionedError.
 */
import SaxonJS, { type XdmDocument } from 'saxon-js';
import { PositionedError, diagnostic } from '../model/diagnostic.js';

/** Saxon-JS ends parse errors with "at line L column C"; its lines count from 0. */
const SAXON_POSITION = /\s*at line (\d+) column (\d+)\s*$/;

export function parseTei(tei: string, file: string): XdmDocument {
  try {
    return SaxonJS.XPath.evaluate('parse-xml($tei)', null, { params: { tei } }) as XdmDocument;
  } catch (error) {
    throw parseError(error, file);
  }
}

function parseError(error: unknown, file: string): PositionedError {
  const message = error instanceof Error ? error.message : String(error);
  const position = SAXON_POSITION.exec(message);
  const line = position ? Number(position[1]) + 1 : 1;
  const column = position ? Number(position[2]) : 1;
  let text = `not well-formed XML: ${message.replace(SAXON_POSITION, '')}`;
  if (/unknown entity/i.test(message)) {
    text += ' (DTDs are not read: write the character itself or a numeric reference such as &#x2014;)';
  }
  return new PositionedError(diagnostic(file, { line, column }, 'error', 'publish-xml', text));
}
