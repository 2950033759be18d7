/**
 * The extraction pipeline: an ordered list of pure passes. The order matters
 * because each pass reads what the earlier ones found:
 *   1 normalize   -> a same-length view of the text (offsets never move)
 *   2 sentences   -> sentence and paragraph spans
 *   3 quotes      -> quote-mark spans (before entities, so quoted words are known)
 *   4 entities    -> name mentions with types, titles and gazetteer facts
 *   5 coref       -> one entity per real thing; aliases; pronoun mentions
 *   6 attribution -> quote speakers and addressees; reported speech
 *   7 events      -> event entities with participants, places and times
 *   8 relations   -> MET, PARTICIPATED_IN, OCCURRED_IN, LOCATED_IN, AFFILIATED_WITH
 * and last, calibration: each rule's confidence corrected by its dev record.
 * Every pass is total: odd text yields fewer annotations, never an exception.
 */
import { createHash } from 'node:crypto';
import { normalize } from './passes/01-normalize';
import { splitSentences } from './passes/02-sentences';
import { findQuoteSpans } from './passes/03-quotes';
import { findEntityMentions } from './passes/04-entities';
import { resolveCoreference } from './passes/05-coref';
import { attributeQuotes } from './passes/06-attribution';
import { extractEvents } from './passes/07-events';
import { extractRelations } from './passes/08-relations';
import { calibrateResult } from './calibration';
import type { DocumentMeta, ExtractOptions, ExtractionResult } from './types';

/** Content hash of a text: the document's identity (same text, same document). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function extract(original: string, options: ExtractOptions = {}): ExtractionResult {
  return calibrateResult(extractUncalibrated(original, options));
}

/** The passes' own confidences, before calibration: what `npm run calibrate` measures. */
export function extractUncalibrated(original: string, options: ExtractOptions = {}): ExtractionResult {
  const normalized = normalize(original);
  const sentences = splitSentences(normalized);
  const meta: DocumentMeta = {
    id: options.id ?? contentHash(original).slice(0, 16),
    title: options.title !== undefined ? options.title : normalized.title,
    publishedAt: options.publishedAt ?? normalized.publishedAt ?? null,
    source: options.source ?? null,
  };
  const quoteSpans = findQuoteSpans(normalized, sentences);
  const candidates = findEntityMentions(normalized, sentences, quoteSpans);
  const coref = resolveCoreference(normalized, sentences, candidates);
  const quotes = attributeQuotes(normalized, sentences, quoteSpans, coref.entities);
  const events = extractEvents(normalized, sentences, coref.entities, meta, coref.datelineLocationId);
  const entities = [...coref.entities, ...events];
  const relations = extractRelations(normalized, sentences, entities, quotes);
  return {
    document: { ...meta, datelineLocationId: coref.datelineLocationId },
    sentences,
    entities,
    quotes,
    relations,
  };
}
