import type { QuoteRecord } from '../graph/model';
import { builder } from './builder';
import { DocumentRef } from './document';
import { EntityRef } from './entity';
import { MentionRef } from './mention';

export const QuoteRef = builder.objectRef<QuoteRecord>('Quote');

builder.node(QuoteRef, {
  description: 'Words someone said, quoted or reported, with who said them to whom and where.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'direct' in value && 'speakerId' in value,
  id: { resolve: (quote) => quote.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.quote.load(id)),
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words, without the quote marks.' }),
    direct: t.exposeBoolean('direct', { description: 'True for words inside quote marks; false for reported speech.' }),
    // Entity-valued fields return store ids: the Entity loader batches them.
    speaker: t.field({ type: EntityRef, nullable: true, description: 'Who said it, when known.', resolve: (q) => q.speakerId }),
    addressee: t.field({ type: EntityRef, nullable: true, description: 'To whom it was said, when the article says.', resolve: (q) => q.addresseeId }),
    about: t.field({ type: [EntityRef], description: 'Entities named inside the quote.', resolve: (q) => q.aboutIds }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is of the quote and its speaker, 0..1.' }),
    rule: t.exposeString('rule', { description: 'The extractor rule that found it (pass:name), for debugging.' }),
    document: t.field({
      type: DocumentRef,
      description: 'The document it comes from.',
      resolve: async (q, _args, ctx) => {
        const document = await ctx.loaders.document.load(q.documentId);
        if (!document) throw new Error(`quote ${q.id} points at missing document ${q.documentId}`);
        return document;
      },
    }),
    evidence: t.field({
      type: MentionRef,
      description: 'Where the quote stands in its document.',
      resolve: (q) => ({ documentId: q.documentId, start: q.start, end: q.end, sentenceStart: q.sentenceStart, sentenceEnd: q.sentenceEnd }),
    }),
  }),
});

export const QuoteConnection = builder.connectionObject(
  { type: QuoteRef, name: 'QuoteConnection', description: 'A page of quotes.' },
  { name: 'QuoteEdge', description: 'A quote in a page, with its cursor.' },
);
