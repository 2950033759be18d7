/**
 * A span of a document: the provenance of every fact. `text` and `sentence`
 * are cut from the document text (loaded once per request per document), so
 * they always agree with `document.text`.
 */
import { builder } from './builder';
import type { GraphQLContext } from './context';
import { DocumentRef } from './document';
import type { DocumentRecord, SpanRef } from '../graph/model';

/** Mention records, quote spans and relation/role evidence all have this shape. */
export type MentionShape = SpanRef;

export const MentionRef = builder.objectRef<MentionShape>('Mention');

async function documentOf(span: MentionShape, ctx: GraphQLContext): Promise<DocumentRecord> {
  const document = await ctx.loaders.document.load(span.documentId);
  if (!document) throw new Error(`no document with store id ${span.documentId}: a span points at a document the store does not have`);
  return document;
}

MentionRef.implement({
  description: "A span of a document's text: the provenance of every fact.",
  fields: (t) => ({
    document: t.field({ type: DocumentRef, description: 'The document the span is in.', resolve: (span, _args, ctx) => documentOf(span, ctx) }),
    start: t.exposeInt('start', { description: 'Offset of the first character (UTF-16 code units, from 0).' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    text: t.string({
      description: 'document.text.slice(start, end)',
      resolve: async (span, _args, ctx) => (await documentOf(span, ctx)).text.slice(span.start, span.end),
    }),
    sentence: t.string({
      description: 'The sentence that contains the span.',
      resolve: async (span, _args, ctx) => (await documentOf(span, ctx)).text.slice(span.sentenceStart, span.sentenceEnd),
    }),
  }),
});

export const MentionConnection = builder.connectionObject(
  { type: MentionRef, name: 'MentionConnection', description: 'A page of mentions.' },
  { name: 'MentionEdge', description: 'A mention in a page, with its cursor.' },
);
