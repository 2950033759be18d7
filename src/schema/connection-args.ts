import { builder } from './builder';

/**
 * `first`/`after` of every connection. Only forward paging: the store pages by
 * offset, and the contract asks for no `last`/`before`.
 */
export const connectionArgs = builder.args((t) => ({
  first: t.int({ description: 'Page size: 20 when omitted, at most 100 (the server refuses larger values with FIRST_TOO_LARGE); must not be negative.' }),
  after: t.string({ description: 'Cursor after which the page starts (an `endCursor` or edge `cursor` from this list).' }),
}));
