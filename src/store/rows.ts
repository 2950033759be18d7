/**
 * Rows as both adapters return them (SQLite and PostgreSQL have the same
 * columns), and their mapping to the domain records of src/graph/model. Rows
 * never leave the adapters. Ids are integer rowids in the database and opaque
 * strings outside it.
 */
import type {
  DocumentRecord,
  EntityRecord,
  EntityType,
  EventKind,
  LocationKind,
  MentionRecord,
  ParticipationRecord,
  QuoteRecord,
  RelationRecord,
  RoleRecord,
  SpanRef,
} from '../graph/model';

export interface DocumentRow {
  id: number;
  content_hash: string;
  title: string | null;
  published_at: string | null;
  source: string | null;
  text: string;
  ingested_at: string;
  dateline_location_id: number | null;
}

export interface EntityRow {
  id: number;
  type: EntityType;
  name: string;
  aliases: string;
  salience: number;
  confidence: number;
  mention_count: number;
  location_kind: LocationKind | null;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  gazetteer_id: string | null;
  within_id: number | null;
  event_kind: EventKind | null;
  time_text: string | null;
  time_date: string | null;
}

export interface MentionRow {
  id: number;
  entity_id: number;
  document_id: number;
  start: number;
  end: number;
  text: string;
  sentence_start: number;
  sentence_end: number;
  rule: string;
  confidence: number;
}

export interface QuoteRow {
  id: number;
  document_id: number;
  text: string;
  direct: number;
  speaker_id: number | null;
  addressee_id: number | null;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
  rule: string;
  confidence: number;
  about_json: string;
}

export interface RelationRow {
  id: number;
  type: string;
  source_id: number;
  target_id: number;
  confidence: number;
  evidence_json: string;
}

export interface RoleRow {
  parent: number;
  title: string;
  of_entity_id: number | null;
  document_id: number | null;
  evidence_start: number | null;
  evidence_end: number | null;
  sentence_start: number | null;
  sentence_end: number | null;
}

/** Extra columns of a paged-per-parent row. */
export interface PagedColumns {
  parent: number;
  rn: number;
  total: number;
}

/** Store ids are decimal rowids; anything else names no row. */
export function toRowId(id: string | null | undefined): number | null {
  if (typeof id !== 'string' || !/^[1-9]\d{0,14}$/.test(id)) return null;
  return Number(id);
}

export function toId(rowId: number): string;
export function toId(rowId: number | null): string | null;
export function toId(rowId: number | null): string | null {
  return rowId === null ? null : String(rowId);
}

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  return {
    id: toId(row.id),
    contentHash: row.content_hash,
    title: row.title,
    publishedAt: row.published_at,
    source: row.source,
    text: row.text,
    ingestedAt: row.ingested_at,
    datelineLocationId: toId(row.dateline_location_id),
  };
}

export function toEntityRecord(row: EntityRow): EntityRecord {
  return {
    id: toId(row.id),
    type: row.type,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    salience: row.salience,
    confidence: row.confidence,
    mentionCount: row.mention_count,
    locationKind: row.location_kind,
    countryCode: row.country_code,
    latitude: row.latitude,
    longitude: row.longitude,
    gazetteerId: row.gazetteer_id,
    withinId: toId(row.within_id),
    eventKind: row.event_kind,
    timeText: row.time_text,
    timeDate: row.time_date,
  };
}

export function toMentionRecord(row: MentionRow): MentionRecord {
  return {
    id: toId(row.id),
    entityId: toId(row.entity_id),
    documentId: toId(row.document_id),
    start: row.start,
    end: row.end,
    text: row.text,
    sentenceStart: row.sentence_start,
    sentenceEnd: row.sentence_end,
    rule: row.rule,
    confidence: row.confidence,
  };
}

export function toQuoteRecord(row: QuoteRow): QuoteRecord {
  return {
    id: toId(row.id),
    documentId: toId(row.document_id),
    text: row.text,
    direct: row.direct === 1,
    speakerId: toId(row.speaker_id),
    addresseeId: toId(row.addressee_id),
    aboutIds: (JSON.parse(row.about_json) as number[]).map((id) => toId(id)),
    start: row.start,
    end: row.end,
    sentenceStart: row.sentence_start,
    sentenceEnd: row.sentence_end,
    rule: row.rule,
    confidence: row.confidence,
  };
}

interface EvidenceJson {
  documentId: number;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export function toRelationRecord(row: RelationRow): RelationRecord {
  const evidence = (JSON.parse(row.evidence_json) as EvidenceJson[]).map(
    (ev): SpanRef => ({ ...ev, documentId: toId(ev.documentId) }),
  );
  return {
    id: toId(row.id),
    type: row.type,
    sourceId: toId(row.source_id),
    targetId: toId(row.target_id),
    confidence: row.confidence,
    evidence,
  };
}

export function toRoleRecord(row: RoleRow): RoleRecord {
  const hasEvidence = row.document_id !== null && row.evidence_start !== null && row.evidence_end !== null;
  return {
    personId: toId(row.parent),
    title: row.title,
    ofEntityId: toId(row.of_entity_id),
    evidence: hasEvidence
      ? {
          documentId: toId(row.document_id as number),
          start: row.evidence_start as number,
          end: row.evidence_end as number,
          sentenceStart: row.sentence_start ?? (row.evidence_start as number),
          sentenceEnd: row.sentence_end ?? (row.evidence_end as number),
        }
      : null,
  };
}

/** A row of participantsByEvent: the event is the row's parent. */
export interface ParticipationRow {
  parent: number;
  entity_id: number;
  role: string | null;
}

export function toParticipationRecord(row: ParticipationRow): ParticipationRecord {
  return { eventId: toId(row.parent), entityId: toId(row.entity_id), role: row.role };
}
