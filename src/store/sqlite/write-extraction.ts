/**
 * The body of SqliteStore.ingestDocument, run inside its transaction: writes a
 * document and its extraction, merging entities into the graph. Any throw
 * (a bad reference, a constraint) rolls the whole document back.
 *
 * Order matters: places and organisations are merged before people, so that a
 * person's roles can be compared by the (already merged) country they belong
 * to; people before events, whose participants they are (see MERGE_ORDER).
 */
import type Database from 'better-sqlite3';
import type { ExtractedEntity, ExtractionResult } from '../../extract/types';
import type { IngestCounts } from '../../graph/model';
import { factsOf, mergeFacts } from '../../graph/merge-entity';
import { MERGE_ORDER, mergeKeysFor, normalizeName, rolesConflict, withRoleKeys, type RoleSignature } from '../../graph/merge-keys';
import { LocalIds } from '../../graph/local-ids';
import { sentenceSpanOf } from '../../graph/sentence-spans';
import type { DocumentInput } from '../store';
import { documentParams, entityDocumentParams, quoteParams, relationParams, roleParams } from '../extraction-params';
import { factsFromRow, factsParams, incomingRoleSignature, roleSignatureFromRow, type EntityFactsRow, type StoredRoleRow } from '../entity-facts-row';
import type { StatementName } from './statements';

type Statements = (name: StatementName) => Database.Statement;

export function writeExtraction(
  sql: Statements,
  input: DocumentInput,
  contentHash: string,
  extraction: ExtractionResult,
): { documentId: number; counts: IngestCounts } {
  const { sentences } = extraction;
  const ids = new LocalIds<number>(extraction.entities);
  const documentId = (
    sql('ingestDocument.insertDocument').get(documentParams(input, contentHash, extraction)) as { id: number }
  ).id;
  for (const sentence of sentences) {
    sql('ingestDocument.insertSentence').run({ documentId, ...sentence });
  }

  // ---- 1. identity: merge or create every entity, in MERGE_ORDER ----------
  const ordered = MERGE_ORDER.flatMap((type) => extraction.entities.filter((e) => e.type === type));
  for (const entity of ordered) ids.set(entity.id, mergeOrCreate(sql, documentId, entity, ids));

  // ---- 2. the facts of each entity in this document -------------------------
  let mentions = 0;
  for (const entity of extraction.entities) {
    const entityId = ids.resolve(entity.id, `entity ${entity.id}`);
    const names = [entity.name, ...entity.aliases];
    for (const name of names) sql('ingestDocument.insertEntityName').run(entityId, name, normalizeName(name));

    let nameMentions = 0;
    for (const mention of entity.mentions) {
      const sentence = sentenceSpanOf(sentences, mention, mention.sentence);
      sql('ingestDocument.insertMention').run({
        entityId,
        documentId,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        sentenceIndex: sentence.index,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        pronoun: mention.pronoun ? 1 : 0,
        rule: mention.rule,
        confidence: mention.confidence,
      });
      if (!mention.pronoun) nameMentions++;
    }
    mentions += nameMentions;
    sql('ingestDocument.addMentionCount').run(nameMentions, entityId);
    sql('ingestDocument.upsertEntityDocument').run({ entityId, documentId, ...entityDocumentParams(entity, nameMentions) });

    for (const role of entity.roles ?? []) {
      sql('ingestDocument.insertRole').run(roleParams(sentences, documentId, entityId, entity, role, ids));
    }
    const withinId = ids.resolveOptional(entity.location?.withinId, `location ${entity.id} (within)`);
    if (withinId !== null) sql('ingestDocument.setWithin').run(withinId, entityId, withinId);
    if (entity.event) {
      for (const participant of entity.event.participants) {
        const participantId = ids.resolve(participant.entityId, `participant of event ${entity.id}`);
        sql('ingestDocument.insertParticipant').run(entityId, participantId, participant.role);
      }
      for (const locationId of entity.event.locationIds) {
        sql('ingestDocument.insertEventLocation').run(entityId, ids.resolve(locationId, `location of event ${entity.id}`));
      }
    }
  }

  // ---- 3. quotes ---------------------------------------------------------------
  for (const quote of extraction.quotes) {
    const quoteId = (sql('ingestDocument.insertQuote').get(quoteParams(sentences, documentId, quote, ids)) as { id: number }).id;
    quote.aboutIds.forEach((aboutId, position) => {
      sql('ingestDocument.insertQuoteAbout').run(quoteId, ids.resolve(aboutId, `quote ${quote.id} (about)`), position);
    });
  }

  // ---- 4. relations: one per (type, source, target); evidence accumulates ----
  let relations = 0;
  for (const relation of extraction.relations) {
    const endpoints = relationParams(relation, ids);
    if (endpoints === null) continue;
    const relationId = (sql('ingestDocument.upsertRelation').get(endpoints) as { id: number }).id;
    const sentence = sentenceSpanOf(sentences, relation);
    sql('ingestDocument.insertRelationEvidence').run({
      relationId,
      documentId,
      start: relation.start,
      end: relation.end,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      rule: relation.rule,
      confidence: relation.confidence,
    });
    relations++;
  }

  const datelineId = ids.resolveOptional(extraction.document.datelineLocationId, 'document dateline');
  if (datelineId !== null) sql('ingestDocument.setDateline').run(datelineId, documentId);

  return {
    documentId,
    counts: { entities: extraction.entities.length, mentions, quotes: extraction.quotes.length, relations },
  };
}

/** The store id of an extracted entity: an existing entity sharing a merge key, or a new one. */
function mergeOrCreate(sql: Statements, documentId: number, entity: ExtractedEntity, ids: LocalIds<number>): number {
  const incoming = factsOf(entity);
  const roles = entity.type === 'Person' ? incomingRoleSignatures(sql, entity, ids) : [];
  const keys = withRoleKeys(mergeKeysFor(entity), roles);
  let existingId: number | null = null;
  let reason = 'new';
  const refused: string[] = [];
  for (const key of keys.match) {
    const row = sql('ingestDocument.findMergeKey').get(entity.type, key) as { entity_id: number } | undefined;
    if (!row) continue;
    if (entity.type === 'Person' && rolesConflict(storedRoleSignatures(sql, row.entity_id), roles)) {
      // Same name, another person: "Foreign Minister X of A" is not "Prime Minister X of B".
      refused.push(`${key} -> ${row.entity_id}`);
      continue;
    }
    existingId = row.entity_id;
    reason = `key ${key}`;
    break;
  }
  if (refused.length > 0) reason += ` (roles conflict: ${refused.join(', ')})`;

  let entityId: number;
  if (existingId === null) {
    entityId = (sql('ingestDocument.insertEntity').get(factsParams(incoming)) as { id: number }).id;
  } else {
    const existing = factsFromRow(sql('ingestDocument.getEntityFacts').get(existingId) as EntityFactsRow);
    sql('ingestDocument.updateEntity').run({ id: existingId, ...factsParams(mergeFacts(existing, incoming)) });
    entityId = existingId;
  }
  // First come, first served: a key owned by another entity stays with it.
  for (const key of keys.claim) {
    sql('ingestDocument.insertMergeKey').run(entity.type, key, entityId);
  }
  sql('ingestDocument.recordMerge').run(documentId, entity.id, entityId, reason);
  return entityId;
}

function storedRoleSignatures(sql: Statements, personId: number): RoleSignature[] {
  return (sql('ingestDocument.roleSignatures').all(personId) as StoredRoleRow[]).map(roleSignatureFromRow);
}

function incomingRoleSignatures(sql: Statements, entity: ExtractedEntity, ids: LocalIds<number>): RoleSignature[] {
  return (entity.roles ?? []).map((role) => {
    // Roles point at places and organisations, merged before people; anything else counts as unknown.
    const ofId = role.ofId ? ids.peek(role.ofId) ?? null : null;
    const of = ofId === null ? undefined : (sql('ingestDocument.entityCountry').get(ofId) as { type: string; country_code: string | null });
    return incomingRoleSignature(role.title, ofId, of);
  });
}
