/**
 * How our encoder's output says it is ours: the publication statement it writes. The validator
 * recognises our documents by it (and checks them against our profile); one owner, so the two
 * cannot drift apart.
 */
export const OUR_PUBLICATION_STATEMENT = 'Encoded from the plain text of the printed document; not separately published.';
