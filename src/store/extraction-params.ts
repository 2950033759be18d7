/**
 * The named parameters of the ingest statements that both adapters write the
 * same way: a document row, a quote, a role, an entity's row for a document,
 * and the endpoints of a relation. SQLite binds them one row at a time,
 * PostgreSQL (for some) gathers them into arrays; what a row holds is the same.
 */
import type { ExtractedEntity, ExtractedQuote, ExtractedRelation, ExtractedRole, ExtractionResult, Sentence } from '../extract/types';
import type { LocalIds } from '../graph/local-ids';
import { foldText, normalizeName } from '../graph/merge-keys';
import { sentenceSpanOf } from '../graph/sentence-spans';
import type { DocumentInput } from './store';

/** The document row itself: what the caller gave wins over what the extraction found. */
export function documentParams(input: DocumentInput, contentHash: string, extraction: ExtractionResult) {
  return {
    contentHash,
    title: input.title ?? extraction.document.title ?? null,
    publishedAt: input.publishedAt ?? extraction.document.publishedAt ?? null,
    source: input.source ?? extraction.document.source ?? null,
    text: input.text,
    ingestedAt: new Date().toISOString(),
    extractionId: extraction.document.id,
  };
}

/** An entity's row for this document (`entity_documents`), `mentionCount` counting named mentions only. */
export function entityDocumentParams(entity: ExtractedEntity, mentionCount: number) {
  return {
    localId: entity.id,
    salience: entity.salience,
    confidence: entity.confidence,
    mentionCount,
    rule: entity.rule,
    timeText: entity.event?.time?.text ?? null,
    timeDate: entity.event?.time?.date ?? null,
    timeStart: entity.event?.time?.start ?? null,
    timeEnd: entity.event?.time?.end ?? null,
  };
}

export function roleParams(
  sentences: readonly Sentence[],
  documentId: number,
  personId: number,
  entity: ExtractedEntity,
  role: ExtractedRole,
  ids: LocalIds<number>,
) {
  const sentence = sentenceSpanOf(sentences, role.evidence);
  return {
    personId,
    title: role.title,
    titleKey: normalizeName(role.title),
    ofEntityId: ids.resolveOptional(role.ofId, `role "${role.title}" of entity ${entity.id}`),
    documentId,
    evidenceStart: role.evidence.start,
    evidenceEnd: role.evidence.end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
  };
}

export function quoteParams(sentences: readonly Sentence[], documentId: number, quote: ExtractedQuote, ids: LocalIds<number>) {
  const sentence = sentenceSpanOf(sentences, quote, quote.sentence);
  return {
    documentId,
    localId: quote.id,
    text: quote.text,
    textFold: foldText(quote.text),
    direct: quote.direct ? 1 : 0,
    speakerId: ids.resolveOptional(quote.speakerId, `speaker of quote ${quote.id}`),
    addresseeId: ids.resolveOptional(quote.addresseeId, `addressee of quote ${quote.id}`),
    start: quote.start,
    end: quote.end,
    sentenceIndex: sentence.index,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    cueStart: quote.cue?.start ?? null,
    cueEnd: quote.cue?.end ?? null,
    rule: quote.rule,
    confidence: quote.confidence,
  };
}

/**
 * The stored relation an extracted one becomes (`ingestDocument.upsertRelation`),
 * or null when it says nothing: one per (type, source, target), evidence accumulates.
 */
export function relationParams(relation: ExtractedRelation, ids: LocalIds<number>) {
  let sourceId = ids.resolve(relation.sourceId, `relation ${relation.id} (source)`);
  let targetId = ids.resolve(relation.targetId, `relation ${relation.id} (target)`);
  // Two local entities merged into one: "X met X" says nothing.
  if (sourceId === targetId) return null;
  // MET is symmetric: stored once, smaller id first, whichever way the text put it.
  if (relation.type === 'MET' && sourceId > targetId) [sourceId, targetId] = [targetId, sourceId];
  return { type: relation.type, sourceId, targetId, confidence: relation.confidence, rule: relation.rule };
}
