import { builder } from './builder';

/**
 * `first`/`after` of every connection. Only forward paging: the store pages by
 * offset, and the contract asks for no `last`/`before`.
 */
export const connectionArgs = builder.args((t) => ({
  first: t.int({ description: 'Page size: 20 when omitted, at most 100 (larger values are clamped); must not be negative.' }),
  after: t.string({ description: 'Cursor after which the page starts (an `endCursor` or edge `cursor` from this list).' }),
}));
