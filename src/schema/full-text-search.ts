/**
 * Full-text search of quotes and documents: ranked hits, each with a snippet
 * in which the matched words are marked. The store answers from its FTS
 * index (SQLite FTS5: words folded for case and accents); the rank and the
 * totalCount come from the same index.
 */
import type { Page, PageArgs } from '../graph/model';
import { SNIPPET_MARKS, type TextHit } from '../store/store';
import { badUserInput } from './bad-user-input';
import { builder } from './builder';
import { connectionArgs } from './connection-args';
import { connectionFromPage } from './connection-from-page';
import { DocumentRef } from './document';
import { DocumentFilterInput, QuoteFilterInput, toDocumentWhere, toQuoteWhere } from './filters';
import { type ConnectionArgs, toPageArgs } from './page-args';
import { QuoteRef } from './quote';

const SNIPPET = `The best passage of the text with the matched words between ${SNIPPET_MARKS.open} and ${SNIPPET_MARKS.close}; … marks a cut.`;
const RANK = 'Relevance (BM25): higher is better; comparable only within one search.';
const QUERY =
  'Words that must all occur, without case or accents ("kerry syria"); "quoted words" are a phrase; a trailing * matches a prefix ("negotiat*").';

export const QuoteSearchConnection = builder.connectionObject(
  { type: QuoteRef, name: 'QuoteSearchConnection', description: 'A page of quotes found by full-text search, best first.' },
  {
    name: 'QuoteSearchEdge',
    description: 'A quote found by full-text search, with its snippet and rank.',
    fields: (t) => ({
      snippet: t.string({ description: SNIPPET, resolve: (edge) => (edge as unknown as Hit).snippet }),
      rank: t.float({ description: RANK, resolve: (edge) => (edge as unknown as Hit).rank }),
    }),
  },
);

export const DocumentSearchConnection = builder.connectionObject(
  { type: DocumentRef, name: 'DocumentSearchConnection', description: 'A page of documents found by full-text search, best first.' },
  {
    name: 'DocumentSearchEdge',
    description: 'A document found by full-text search, with its snippet and rank.',
    fields: (t) => ({
      snippet: t.string({ description: SNIPPET, resolve: (edge) => (edge as unknown as Hit).snippet }),
      rank: t.float({ description: RANK, resolve: (edge) => (edge as unknown as Hit).rank }),
    }),
  },
);

interface Hit {
  snippet: string;
  rank: number;
}

builder.queryFields((t) => ({
  searchQuotes: t.field({
    type: QuoteSearchConnection,
    description: 'Quotes whose words match the query, most relevant first, with highlighted snippets.',
    args: {
      ...connectionArgs,
      query: t.arg.string({ required: true, description: QUERY }),
      filter: t.arg({ type: QuoteFilterInput, description: 'Only quotes meeting these conditions as well.' }),
    },
    resolve: (_root, args, ctx) => {
      if (args.query.trim() === '') throw badUserInput('searchQuotes: query must not be empty');
      const where = toQuoteWhere(args.filter);
      return hitConnection(args, (page) => ctx.store.searchQuotes(args.query, where, page));
    },
  }),
  searchDocuments: t.field({
    type: DocumentSearchConnection,
    description: 'Documents whose title or text match the query, most relevant first (the title weighs more), with highlighted snippets.',
    args: {
      ...connectionArgs,
      query: t.arg.string({ required: true, description: QUERY }),
      filter: t.arg({ type: DocumentFilterInput, description: 'Only documents meeting these conditions as well.' }),
    },
    resolve: (_root, args, ctx) => {
      if (args.query.trim() === '') throw badUserInput('searchDocuments: query must not be empty');
      const where = toDocumentWhere(args.filter);
      return hitConnection(args, (page) => ctx.store.searchDocuments(args.query, where, page));
    },
  }),
}));

/** A page of hits -> a connection whose edges carry the hit's snippet and rank beside the node. */
async function hitConnection<T>(args: ConnectionArgs, load: (page: PageArgs) => Promise<Page<TextHit<T>>>) {
  const page = toPageArgs(args);
  const connection = connectionFromPage(await load(page), page);
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node: hit }) => ({ cursor, node: hit.record, snippet: hit.snippet, rank: hit.rank })),
  };
}
