import { ingestArticle } from '../graph/ingest';
import { publishIngest } from '../graph/publish-ingest';
import { badUserInput } from './bad-user-input';
import { builder } from './builder';
import { DocumentRef } from './document';
import { IngestCountsRef } from './ingest-counts';
import type { IngestResult } from '../store/store';

export const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  description: 'An article to add to the graph.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text (UTF-8, not empty, at most 1 MiB by default).' }),
    title: t.string({ description: 'Headline; taken from the first line when omitted and the text starts with one.' }),
    publishedAt: t.string({ description: 'Publication date, YYYY-MM-DD: relative times ("on Thursday") resolve against it.' }),
    source: t.string({ description: 'Where the article comes from (agency, site or file).' }),
  }),
});

export const IngestDocumentPayload = builder.objectRef<IngestResult>('IngestDocumentPayload');

IngestDocumentPayload.implement({
  description: 'The outcome of ingestDocument.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, description: 'The document, new or already there.', resolve: (result) => result.document }),
    created: t.exposeBoolean('created', { description: 'False when the same text was ingested before (nothing changed).' }),
    counts: t.field({ type: IngestCountsRef, description: 'What this ingest wrote.', resolve: (result) => result.counts }),
  }),
});

// "2024-05-01" or a full ISO timestamp; anything else would silently break time resolution.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestDocumentPayload,
    description:
      'Extracts an article and merges it into the graph in one transaction. Bad input (empty or binary text, a malformed date) is rejected with extensions.code BAD_USER_INPUT and nothing is written.',
    args: { input: t.arg({ type: IngestDocumentInput, required: true, description: 'The article.' }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.publishedAt != null && (!ISO_DATE.test(input.publishedAt) || Number.isNaN(Date.parse(input.publishedAt)))) {
        throw badUserInput(`input.publishedAt: "${input.publishedAt}" is not a date; use YYYY-MM-DD`);
      }
      // InvalidDocumentError from validation reaches the client as BAD_USER_INPUT (src/server/mask-error.ts).
      const result = await ingestArticle(ctx.store, input, { label: 'input.text' });
      if (ctx.events) await publishIngest(ctx.store, ctx.events, result);
      return result;
    },
  }),
}));
