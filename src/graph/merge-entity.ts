/**
 * What happens to an entity's facts when a new document's entity is merged
 * into it: aliases accumulate, the longer name becomes canonical, salience and
 * confidence keep their maximum, and location/event facts already known are
 * kept (a later document fills only what is still missing). Pure, so every
 * store adapter merges the same way.
 */
import type { EntityType, EventKind, ExtractedEntity, LocationKind } from '../extract/types';
import { normalizeName } from './merge-keys';

export interface EntityFacts {
  type: EntityType;
  name: string;
  aliases: string[];
  salience: number;
  confidence: number;
  rule: string | null;
  gender: 'male' | 'female' | null;
  locationKind: LocationKind | null;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  gazetteerId: string | null;
  withinName: string | null;
  eventKind: EventKind | null;
  timeText: string | null;
  timeDate: string | null;
}

export function factsOf(entity: ExtractedEntity): EntityFacts {
  const location = entity.location;
  const event = entity.event;
  return {
    type: entity.type,
    name: entity.name,
    aliases: distinctAliases(entity.name, entity.aliases),
    salience: entity.salience,
    confidence: entity.confidence,
    rule: entity.rule,
    gender: entity.gender ?? null,
    locationKind: location?.kind ?? null,
    countryCode: location?.countryCode ?? null,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    gazetteerId: location?.gazetteerId ?? null,
    withinName: location?.withinName ?? null,
    eventKind: event?.kind ?? null,
    timeText: event?.time?.text ?? null,
    timeDate: event?.time?.date ?? null,
  };
}

/** Distinct surface forms other than the name itself, in first-seen order. */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    if (trimmed.length === 0 || seen.has(trimmed)) continue;
    seen.add(trimmed);
    out.push(trimmed);
  }
  return out;
}

/**
 * The canonical name is the longest proper name seen ("Vladimir Putin" over
 * "Putin"); on a tie the name already in the graph stays, so names do not flip
 * with every new document.
 */
function preferredName(existing: string, incoming: string): string {
  const words = (n: string) => normalizeName(n).split(' ').length;
  if (words(incoming) !== words(existing)) return words(incoming) > words(existing) ? incoming : existing;
  return incoming.length > existing.length ? incoming : existing;
}

export function mergeFacts(existing: EntityFacts, incoming: EntityFacts): EntityFacts {
  const name = preferredName(existing.name, incoming.name);
  return {
    type: existing.type,
    name,
    aliases: distinctAliases(name, [existing.name, ...existing.aliases, incoming.name, ...incoming.aliases]),
    salience: Math.max(existing.salience, incoming.salience),
    confidence: Math.max(existing.confidence, incoming.confidence),
    rule: existing.rule ?? incoming.rule,
    gender: existing.gender ?? incoming.gender,
    locationKind: existing.locationKind ?? incoming.locationKind,
    countryCode: existing.countryCode ?? incoming.countryCode,
    latitude: existing.latitude ?? incoming.latitude,
    longitude: existing.longitude ?? incoming.longitude,
    gazetteerId: existing.gazetteerId ?? incoming.gazetteerId,
    withinName: existing.withinName ?? incoming.withinName,
    eventKind: existing.eventKind ?? incoming.eventKind,
    timeText: existing.timeText ?? incoming.timeText,
    timeDate: existing.timeDate ?? incoming.timeDate,
  };
}
