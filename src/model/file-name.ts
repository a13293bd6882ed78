/** What a document's file name says about it, by the FRUS convention (`frus1977-80v26_d284.txt`). */
import { basename, extname } from 'node:path';

const FRUS_DOCUMENT = /(?:^|_)d(\d+)$/;

/** The document number a FRUS file name carries (`…_d284.txt`, `d284.txt` → `284`), if any. */
export function documentNumberOfFileName(path: string): string | undefined {
  return FRUS_DOCUMENT.exec(basename(path, extname(path)))?.[1];
}

const FRUS_VOLUME = /^(.+)_d\d+[A-Za-z]?$/;

/** The volume a FRUS file name names (`frus1955-57v08_d100` → `frus1955-57v08`), if any. */
export function volumeOfFileName(path: string): string | undefined {
  return FRUS_VOLUME.exec(basename(path, extname(path)))?.[1];
}
