/**
 * The body of PostgresStore.ingestDocument, run inside its transaction on one
 * connection: src/store/sqlite/write-extraction.ts made asynchronous, with the
 * same merge rules (src/graph/merge-keys, src/graph/merge-entity). Any throw
 * rolls the whole document back.
 *
 * Concurrency, which SQLite settles with one writer at a time:
 *   - the document row is inserted first, ON CONFLICT (content_hash) DO
 *     NOTHING: a second ingest of the same text waits for the first to commit,
 *     then gets no row back and writes nothing (see PostgresStore);
 *   - before looking up merge candidates, the transaction takes an advisory
 *     lock per merge key of its entities, in ascending order: two articles
 *     naming the same new person at once take turns, and the second finds
 *     the entity the first created. Ascending order means no two ingests
 *     wait for each other in a cycle.
 * The stored entities those keys lead to are then row-locked in id order, so
 * two ingests reaching one entity through different keys queue, not deadlock.
 * Round trips, not rows, are the cost here: with the keys locked, their owners
 * are read once up front and kept in memory (no other transaction may change
 * them), and the rows of a kind are written with one statement of arrays
 * (unnest) wherever no later step needs their ids.
 */
import { createHash } from 'node:crypto';
import type { ExtractedEntity, ExtractionResult } from '../../extract/types';
import type { IngestCounts } from '../../graph/model';
import { factsOf, mergeFacts } from '../../graph/merge-entity';
import { foldText, MERGE_ORDER, mergeKeysFor, normalizeName, rolesConflict, withRoleKeys, type RoleSignature } from '../../graph/merge-keys';
import { LocalIds } from '../../graph/local-ids';
import { sentenceSpanOf } from '../../graph/sentence-spans';
import type { DocumentInput } from '../store';
import { documentParams, entityDocumentParams, quoteParams, relationParams, roleParams } from '../extraction-params';
import { factsFromRow, factsParams, incomingRoleSignature, roleSignatureFromRow, type EntityFactsRow, type StoredRoleRow } from '../entity-facts-row';
import type { StatementName } from './statements';

/** Runs one named statement with named parameters on the transaction's connection. */
export type RunStatement = <Row = Record<string, unknown>>(name: StatementName, params?: Record<string, unknown>) => Promise<Row[]>;

/** First argument of pg_advisory_xact_lock(int, int) for merge keys ("ng"), so other users of advisory locks do not collide. */
export const MERGE_KEY_LOCK_NAMESPACE = 0x6e67;

/** A merge key as a 32-bit lock id: collisions only make two unrelated ingests take turns. */
export function mergeKeyLockId(type: string, key: string): number {
  return createHash('sha256').update(`${type}\u0000${key}`).digest().readInt32BE(0);
}

/**
 * The lock ids of every merge key the extraction could match or claim, sorted
 * and distinct. Role-qualified keys ("name:x@country:NL") extend a plain name
 * key of the same entity, so locking the plain keys covers them.
 */
export function mergeKeyLocks(extraction: ExtractionResult): number[] {
  const locks = new Set<number>();
  for (const entity of extraction.entities) {
    const keys = mergeKeysFor(entity);
    for (const key of [...keys.match, ...keys.claim]) locks.add(mergeKeyLockId(entity.type, key));
  }
  return [...locks].sort((a, b) => a - b);
}

/**
 * Writes the extraction of a document whose row is `documentId` (inserted by
 * the caller in this transaction). Returns the counts of what was written.
 */
export async function writeExtraction(
  run: RunStatement,
  documentId: number,
  extraction: ExtractionResult,
): Promise<IngestCounts> {
  const { sentences } = extraction;
  const ids = new LocalIds<number>(extraction.entities);

  await run('ingestDocument.lockMergeKeys', { namespace: MERGE_KEY_LOCK_NAMESPACE, locks: mergeKeyLocks(extraction) });
  const owners = await MergeKeyOwners.load(run, extraction);

  if (sentences.length > 0) {
    await run('ingestDocument.insertSentences', {
      documentId,
      idx: sentences.map((s) => s.index),
      start: sentences.map((s) => s.start),
      end: sentences.map((s) => s.end),
      paragraph: sentences.map((s) => s.paragraph),
    });
  }

  // ---- 1. identity: merge or create every entity, in MERGE_ORDER ----------
  const ordered = MERGE_ORDER.flatMap((type) => extraction.entities.filter((e) => e.type === type));
  const merges = { localId: [] as string[], entityId: [] as number[], reason: [] as string[] };
  for (const entity of ordered) {
    const { entityId, reason } = await mergeOrCreate(run, owners, entity, ids);
    ids.set(entity.id, entityId);
    merges.localId.push(entity.id);
    merges.entityId.push(entityId);
    merges.reason.push(reason);
  }
  await owners.save(run);
  await run('ingestDocument.recordMerges', { documentId, ...merges });

  // ---- 2. the facts of each entity in this document -------------------------
  let mentions = 0;
  const perEntity = new EntityDocumentRows();
  const names = { entityId: [] as number[], name: [] as string[], nameKey: [] as string[] };
  const rows = {
    entityId: [] as number[],
    start: [] as number[],
    end: [] as number[],
    text: [] as string[],
    sentenceIndex: [] as number[],
    sentenceStart: [] as number[],
    sentenceEnd: [] as number[],
    pronoun: [] as number[],
    rule: [] as string[],
    confidence: [] as number[],
  };
  for (const entity of extraction.entities) {
    const entityId = ids.resolve(entity.id, `entity ${entity.id}`);
    for (const name of [entity.name, ...entity.aliases]) {
      names.entityId.push(entityId);
      names.name.push(name);
      names.nameKey.push(normalizeName(name));
    }

    let nameMentions = 0;
    for (const mention of entity.mentions) {
      const sentence = sentenceSpanOf(sentences, mention, mention.sentence);
      rows.entityId.push(entityId);
      rows.start.push(mention.start);
      rows.end.push(mention.end);
      rows.text.push(mention.text);
      rows.sentenceIndex.push(sentence.index);
      rows.sentenceStart.push(sentence.start);
      rows.sentenceEnd.push(sentence.end);
      rows.pronoun.push(mention.pronoun ? 1 : 0);
      rows.rule.push(mention.rule);
      rows.confidence.push(mention.confidence);
      if (!mention.pronoun) nameMentions++;
    }
    mentions += nameMentions;
    perEntity.add(entityId, entityDocumentParams(entity, nameMentions));

    for (const role of entity.roles ?? []) {
      await run('ingestDocument.insertRole', roleParams(sentences, documentId, entityId, entity, role, ids));
    }
    const withinId = ids.resolveOptional(entity.location?.withinId, `location ${entity.id} (within)`);
    if (withinId !== null) await run('ingestDocument.setWithin', { withinId, id: entityId });
    if (entity.event) {
      for (const participant of entity.event.participants) {
        const participantId = ids.resolve(participant.entityId, `participant of event ${entity.id}`);
        await run('ingestDocument.insertParticipant', { eventId: entityId, entityId: participantId, role: participant.role });
      }
      for (const locationId of entity.event.locationIds) {
        await run('ingestDocument.insertEventLocation', {
          eventId: entityId,
          locationId: ids.resolve(locationId, `location of event ${entity.id}`),
        });
      }
    }
  }
  // Names and mentions in one statement each (a document has hundreds of mentions).
  if (names.entityId.length > 0) await run('ingestDocument.insertEntityNames', names);
  if (rows.entityId.length > 0) await run('ingestDocument.insertMentions', { documentId, ...rows });
  const linked = perEntity.columns();
  await run('ingestDocument.insertEntityDocuments', { documentId, ...linked });
  await run('ingestDocument.addMentionCounts', { id: linked.entityId, count: linked.mentionCount });

  // ---- 3. quotes ---------------------------------------------------------------
  const about = { quoteId: [] as number[], entityId: [] as number[], position: [] as number[] };
  for (const quote of extraction.quotes) {
    const [{ id: quoteId }] = await run<{ id: number }>('ingestDocument.insertQuote', quoteParams(sentences, documentId, quote, ids));
    for (const [position, aboutId] of quote.aboutIds.entries()) {
      about.quoteId.push(quoteId);
      about.entityId.push(ids.resolve(aboutId, `quote ${quote.id} (about)`));
      about.position.push(position);
    }
  }
  if (about.quoteId.length > 0) await run('ingestDocument.insertQuoteAbout', about);

  // ---- 4. relations: one per (type, source, target); evidence accumulates ----
  let relations = 0;
  const evidence = {
    relationId: [] as number[],
    start: [] as number[],
    end: [] as number[],
    sentenceStart: [] as number[],
    sentenceEnd: [] as number[],
    rule: [] as string[],
    confidence: [] as number[],
  };
  for (const relation of extraction.relations) {
    const endpoints = relationParams(relation, ids);
    if (endpoints === null) continue;
    const [{ id: relationId }] = await run<{ id: number }>('ingestDocument.upsertRelation', endpoints);
    const sentence = sentenceSpanOf(sentences, relation);
    evidence.relationId.push(relationId);
    evidence.start.push(relation.start);
    evidence.end.push(relation.end);
    evidence.sentenceStart.push(sentence.start);
    evidence.sentenceEnd.push(sentence.end);
    evidence.rule.push(relation.rule);
    evidence.confidence.push(relation.confidence);
    relations++;
  }
  if (evidence.relationId.length > 0) await run('ingestDocument.insertRelationEvidence', { documentId, ...evidence });

  const datelineId = ids.resolveOptional(extraction.document.datelineLocationId, 'document dateline');
  if (datelineId !== null) await run('ingestDocument.setDateline', { locationId: datelineId, documentId });

  return { entities: extraction.entities.length, mentions, quotes: extraction.quotes.length, relations };
}

/** The parameters of the document row itself, with the folded title and text PostgreSQL's text search and filters read. */
export function pgDocumentParams(input: DocumentInput, contentHash: string, extraction: ExtractionResult) {
  const params = documentParams(input, contentHash, extraction);
  return { ...params, titleFold: params.title === null ? null : foldText(params.title), textFold: foldText(input.text) };
}

/** The store id of an extracted entity (an existing entity sharing a merge key, or a new one) and why. */
async function mergeOrCreate(
  run: RunStatement,
  owners: MergeKeyOwners,
  entity: ExtractedEntity,
  ids: LocalIds<number>,
): Promise<{ entityId: number; reason: string }> {
  const incoming = factsOf(entity);
  const roles = entity.type === 'Person' ? await incomingRoleSignatures(run, entity, ids) : [];
  const keys = withRoleKeys(mergeKeysFor(entity), roles);
  let existingId: number | null = null;
  let reason = 'new';
  const refused: string[] = [];
  for (const key of keys.match) {
    const ownerId = owners.get(entity.type, key);
    if (ownerId === undefined) continue;
    if (entity.type === 'Person' && rolesConflict(await storedRoleSignatures(run, ownerId), roles)) {
      // Same name, another person: "Foreign Minister X of A" is not "Prime Minister X of B".
      refused.push(`${key} -> ${ownerId}`);
      continue;
    }
    existingId = ownerId;
    reason = `key ${key}`;
    break;
  }
  if (refused.length > 0) reason += ` (roles conflict: ${refused.join(', ')})`;

  let entityId: number;
  if (existingId === null) {
    [{ id: entityId }] = await run<{ id: number }>('ingestDocument.insertEntity', factsParams(incoming));
  } else {
    const [row] = await run<EntityFactsRow>('ingestDocument.getEntityFacts', { id: existingId });
    await run('ingestDocument.updateEntity', { id: existingId, ...factsParams(mergeFacts(factsFromRow(row), incoming)) });
    entityId = existingId;
  }
  // First come, first served: a key owned by another entity stays with it.
  for (const key of keys.claim) owners.claim(entity.type, key, entityId);
  return { entityId, reason };
}

/**
 * Who owns each merge key this document can match or claim: read once after
 * the keys are locked, then kept here as the document claims keys, and the
 * new claims written in one statement. Same answers as a lookup per key,
 * since no other transaction can change a locked key.
 */
class MergeKeyOwners {
  private readonly owners = new Map<string, number>();
  private readonly claimed = { type: [] as string[], key: [] as string[], entityId: [] as number[] };

  static async load(run: RunStatement, extraction: ExtractionResult): Promise<MergeKeyOwners> {
    const owners = new MergeKeyOwners();
    const asked = { type: [] as string[], key: [] as string[] };
    for (const entity of extraction.entities) {
      const keys = mergeKeysFor(entity);
      for (const key of new Set([...keys.match, ...keys.claim])) {
        asked.type.push(entity.type);
        asked.key.push(key);
      }
    }
    if (asked.key.length === 0) return owners;
    const rows = await run<{ type: string; key: string; entity_id: number }>('ingestDocument.findMergeKeys', asked);
    for (const row of rows) owners.owners.set(MergeKeyOwners.slot(row.type, row.key), row.entity_id);
    // Existing entities are reached only through these keys, so these are all the stored entities the document can change.
    const existing = [...new Set(rows.map((row) => row.entity_id))];
    if (existing.length > 0) await run('ingestDocument.lockEntities', { ids: existing });
    return owners;
  }

  private static slot(type: string, key: string): string {
    return `${type}\u0000${key}`;
  }

  get(type: string, key: string): number | undefined {
    return this.owners.get(MergeKeyOwners.slot(type, key));
  }

  claim(type: string, key: string, entityId: number): void {
    const slot = MergeKeyOwners.slot(type, key);
    if (this.owners.has(slot)) return;
    this.owners.set(slot, entityId);
    this.claimed.type.push(type);
    this.claimed.key.push(key);
    this.claimed.entityId.push(entityId);
  }

  async save(run: RunStatement): Promise<void> {
    if (this.claimed.key.length > 0) await run('ingestDocument.insertMergeKeys', this.claimed);
  }
}

interface EntityDocumentRow {
  localId: string;
  salience: number;
  confidence: number;
  mentionCount: number;
  rule: string | null;
  timeText: string | null;
  timeDate: string | null;
  timeStart: number | null;
  timeEnd: number | null;
}

/**
 * The document's row per store entity. Two local entities merged into one
 * combine as SQLite's upsert combines them: the first local id and rule, the
 * best salience and confidence, the mentions added up, the first time stated.
 */
class EntityDocumentRows {
  private readonly rows = new Map<number, EntityDocumentRow>();

  add(entityId: number, row: EntityDocumentRow): void {
    const seen = this.rows.get(entityId);
    if (!seen) {
      this.rows.set(entityId, { ...row });
      return;
    }
    seen.salience = Math.max(seen.salience, row.salience);
    seen.confidence = Math.max(seen.confidence, row.confidence);
    seen.mentionCount += row.mentionCount;
    seen.timeText ??= row.timeText;
    seen.timeDate ??= row.timeDate;
    seen.timeStart ??= row.timeStart;
    seen.timeEnd ??= row.timeEnd;
  }

  columns() {
    const entries = [...this.rows];
    const column = <K extends keyof EntityDocumentRow>(key: K) => entries.map(([, row]) => row[key]);
    return {
      entityId: entries.map(([id]) => id),
      localId: column('localId'),
      salience: column('salience'),
      confidence: column('confidence'),
      mentionCount: column('mentionCount'),
      rule: column('rule'),
      timeText: column('timeText'),
      timeDate: column('timeDate'),
      timeStart: column('timeStart'),
      timeEnd: column('timeEnd'),
    };
  }
}

async function storedRoleSignatures(run: RunStatement, personId: number): Promise<RoleSignature[]> {
  return (await run<StoredRoleRow>('ingestDocument.roleSignatures', { personId })).map(roleSignatureFromRow);
}

async function incomingRoleSignatures(run: RunStatement, entity: ExtractedEntity, ids: LocalIds<number>): Promise<RoleSignature[]> {
  const signatures: RoleSignature[] = [];
  for (const role of entity.roles ?? []) {
    // Roles point at places and organisations, merged before people; anything else counts as unknown.
    const ofId = role.ofId ? ids.peek(role.ofId) ?? null : null;
    const [of] = ofId === null ? [] : await run<{ type: string; country_code: string | null }>('ingestDocument.entityCountry', { id: ofId });
    signatures.push(incomingRoleSignature(role.title, ofId, of));
  }
  return signatures;
}
