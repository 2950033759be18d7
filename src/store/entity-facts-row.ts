/**
 * An entity's stored facts as both adapters read and write them: the row
 * shape of `entities` (snake_case columns, aliases as JSON text) mapped to and
 * from the domain's EntityFacts, and the role signatures a person's stored
 * roles give the merge rules (src/graph/merge-keys). Only the SQL differs
 * between SQLite and PostgreSQL; what a row means is the same, so it is said once.
 */
import type { ExtractedEntity } from '../extract/types';
import type { EntityFacts } from '../graph/merge-entity';
import { normalizeName, type RoleSignature } from '../graph/merge-keys';

/** The columns `ingestDocument.getEntityFacts` returns. */
export interface EntityFactsRow {
  id: number;
  type: ExtractedEntity['type'];
  name: string;
  aliases: string;
  salience: number;
  confidence: number;
  rule: string | null;
  gender: 'male' | 'female' | null;
  location_kind: EntityFacts['locationKind'];
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  gazetteer_id: string | null;
  within_name: string | null;
  event_kind: EntityFacts['eventKind'];
  time_text: string | null;
  time_date: string | null;
}

export function factsFromRow(row: EntityFactsRow): EntityFacts {
  return {
    type: row.type,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    salience: row.salience,
    confidence: row.confidence,
    rule: row.rule,
    gender: row.gender,
    locationKind: row.location_kind,
    countryCode: row.country_code,
    latitude: row.latitude,
    longitude: row.longitude,
    gazetteerId: row.gazetteer_id,
    withinName: row.within_name,
    eventKind: row.event_kind,
    timeText: row.time_text,
    timeDate: row.time_date,
  };
}

/** The named parameters of `ingestDocument.insertEntity` / `updateEntity` (the latter adds `id`). */
export function factsParams(facts: EntityFacts) {
  return {
    type: facts.type,
    name: facts.name,
    nameKey: normalizeName(facts.name),
    aliases: JSON.stringify(facts.aliases),
    salience: facts.salience,
    confidence: facts.confidence,
    rule: facts.rule,
    gender: facts.gender,
    locationKind: facts.locationKind,
    countryCode: facts.countryCode,
    latitude: facts.latitude,
    longitude: facts.longitude,
    gazetteerId: facts.gazetteerId,
    withinName: facts.withinName,
    eventKind: facts.eventKind,
    timeText: facts.timeText,
    timeDate: facts.timeDate,
  };
}

/** "of Russia" and "of Moscow" are the same country; an organisation is itself. */
export function ofKey(type: string | null, countryCode: string | null, id: number | null): string | null {
  if (id === null) return null;
  return type === 'Location' && countryCode ? `country:${countryCode}` : `entity:${id}`;
}

/** A row of `ingestDocument.roleSignatures`: one stored role of a person and what it is "of". */
export interface StoredRoleRow {
  title_key: string;
  of_entity_id: number | null;
  of_type: string | null;
  of_country: string | null;
}

export function roleSignatureFromRow(row: StoredRoleRow): RoleSignature {
  return { titleKey: row.title_key, ofKey: ofKey(row.of_type, row.of_country, row.of_entity_id) };
}

/**
 * The signature of an incoming role whose "of" entity (if any) is already
 * stored as `ofId`, with `of` its row from `ingestDocument.entityCountry`.
 */
export function incomingRoleSignature(
  title: string,
  ofId: number | null,
  of: { type: string; country_code: string | null } | undefined,
): RoleSignature {
  return { titleKey: normalizeName(title), ofKey: of ? ofKey(of.type, of.country_code, ofId) : null };
}
