/**
 * ingestArticle: the one way an article enters the graph, shared by the CLI and
 * the GraphQL mutation: validate -> extract -> store (one transaction).
 * A text already in the store is not extracted again.
 */
import { contentHash, extract } from '../extract/pipeline';
import type { DocumentInput, IngestResult, Store } from '../store/store';
import { validateArticleText } from './validate-input';

export interface IngestArticleOptions {
  /** Names the article in error messages (a file name, "input.text"). */
  label?: string;
}

export async function ingestArticle(store: Store, input: DocumentInput, options: IngestArticleOptions = {}): Promise<IngestResult> {
  const text = validateArticleText(input.text, options.label ?? 'article');
  const existing = await store.getDocumentByHash(contentHash(text));
  if (existing) return { document: existing, created: false, counts: { entities: 0, mentions: 0, quotes: 0, relations: 0 } };
  const extraction = extract(text, {
    title: input.title,
    publishedAt: input.publishedAt ?? null,
    source: input.source ?? null,
  });
  return store.ingestDocument({ ...input, text }, extraction);
}
