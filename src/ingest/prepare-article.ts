/**
 * The CPU-bound half of ingesting one article, run in an extraction worker (or
 * in-process): decode and validate the bytes, then extract. Pure: no store, no
 * file system, so any number can run side by side and the main thread only
 * writes. Never throws: the outcome says whether the article was extracted,
 * rejected as not an article (empty, binary, too large), or failed (a bug).
 */
import type { ArticleMetadata } from '../cli/article-metadata';
import { extract } from '../extract/pipeline';
import type { ExtractionResult } from '../extract/types';
import { decodeArticle, InvalidDocumentError } from '../graph/validate-input';

export interface PrepareRequest {
  bytes: Uint8Array;
  /** Names the article in messages: its file name, or <stdin>. */
  label: string;
  metadata: ArticleMetadata;
}

export type PrepareOutcome =
  | { kind: 'extracted'; text: string; extraction: ExtractionResult }
  | { kind: 'rejected'; reason: string }
  | { kind: 'failed'; reason: string };

export function prepareArticle({ bytes, label, metadata }: PrepareRequest): PrepareOutcome {
  let text: string;
  try {
    text = decodeArticle(bytes, label);
  } catch (error) {
    if (error instanceof InvalidDocumentError) return { kind: 'rejected', reason: error.message };
    return { kind: 'failed', reason: `${label}: could not be read as an article: ${describe(error)}` };
  }
  try {
    const extraction = extract(text, { title: metadata.title, publishedAt: metadata.publishedAt ?? null, source: metadata.source ?? null });
    return { kind: 'extracted', text, extraction };
  } catch (error) {
    // The passes are meant to be total; an exception here is a bug, reported against this one file.
    return { kind: 'failed', reason: `${label}: extraction failed: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
