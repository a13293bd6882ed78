/**
 * One document through the publisher's one path, `editions`, as `publish` and `build` run it: a
 * batch of one, its refusal thrown. Shared by every test that needs a document's editions.
 */
import type { EditionOptions, EditionSource, Editions, Publisher } from '../../src/publish/index.js';

export type EditionOf = Omit<EditionSource, 'tei'> & EditionOptions;

export function editionOf(publisher: Publisher, tei: string, options: EditionOf = {}): Editions {
  const { stylesheetHref, width, ...source } = options;
  const [outcome] = publisher.editions([{ ...source, tei }], { stylesheetHref, width });
  if ('error' in outcome!) throw outcome.error;
  return outcome!.editions;
}
