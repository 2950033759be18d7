/**
 * Pass 8: relations between the entities and events found so far, each with
 * the span that shows it, the rule and a confidence.
 *   MET              people who met, talked or shook hands at one MEETING event, or
 *                    a speaker and the person they told something (symmetric, once per pair)
 *   PARTICIPATED_IN  event participants -> the event
 *   OCCURRED_IN      event -> its places
 *   LOCATED_IN       place -> containing place (gazetteer withinId, "the Kremlin in
 *                    Moscow", "Moscow, Russia"); organisation -> place ("X in Y", "Y-based X")
 *   AFFILIATED_WITH  person -> the country or organisation of their title (roles[].ofId,
 *                    "Labour's Shadow Home Secretary Yvette Cooper", "Ann Lee, editor at the Gazette")
 */
import type { EntityMention, ExtractedEntity, ExtractedQuote, ExtractedRelation, LocationKind, Sentence, Span } from '../types';
import type { NormalizedText } from './01-normalize';
import { MentionIndex } from '../mention-index';
import { FORMAL_TITLES, ROLE_NOUNS } from '../lexicon/titles';
import { demonymCountry } from '../gazetteer/places';

type Draft = Omit<ExtractedRelation, 'id'>;

/** Bigger number = bigger place; a place lies in a bigger one. */
const PLACE_RANK: Record<LocationKind, number> = { SITE: 0, CITY: 1, OTHER: 1.5, REGION: 2, COUNTRY: 3 };
/** Single title words ("minister", "curator"); not the "of"/"state" inside multi-word titles. */
const TITLE_WORDS = new Set([...FORMAL_TITLES.filter((t) => !/\s/.test(t)), ...ROLE_NOUNS].map((w) => w.toLowerCase().replace(/\.$/, '')));

class RelationSet {
  private readonly seen = new Set<string>();
  readonly drafts: Draft[] = [];

  add(type: string, sourceId: string, targetId: string, span: Span, rule: string, confidence: number, symmetric = false): void {
    if (sourceId === targetId) return;
    const [a, b] = symmetric && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
    const key = `${type}|${a}|${b}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.drafts.push({ type, sourceId: a, targetId: b, start: span.start, end: span.end, rule, confidence });
  }
}

/** The event mention that shares a sentence with a mention of `entityId` (else the first one). */
function evidenceFor(event: ExtractedEntity, entity: ExtractedEntity | undefined): EntityMention {
  if (entity) {
    const sentences = new Set(entity.mentions.map((m) => m.sentence));
    const shared = event.mentions.find((em) => sentences.has(em.sentence));
    if (shared) return shared;
  }
  return event.mentions[0];
}

function eventRelations(set: RelationSet, events: ExtractedEntity[], byId: Map<string, ExtractedEntity>): void {
  for (const ev of events) {
    const info = ev.event;
    if (!info || ev.mentions.length === 0) continue;
    for (const p of info.participants) {
      const who = byId.get(p.entityId);
      if (!who || who.type === 'Event') continue;
      set.add('PARTICIPATED_IN', p.entityId, ev.id, evidenceFor(ev, who), 'relations:event-participant', Math.min(0.9, ev.confidence));
    }
    for (const placeId of info.locationIds) {
      const place = byId.get(placeId);
      if (!place || place.type !== 'Location') continue;
      set.add('OCCURRED_IN', ev.id, placeId, evidenceFor(ev, place), 'relations:event-place', Math.min(0.85, ev.confidence));
    }
    if (info.kind === 'MEETING' || info.kind === 'NEWS_CONFERENCE' || info.kind === 'NEGOTIATION') {
      // People at one meeting met each other; so did the parties (not the brokers) of a negotiation.
      const people = info.participants.filter((p) => byId.get(p.entityId)?.type === 'Person' && p.role !== 'broker');
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const span = evidenceFor(ev, byId.get(people[i].entityId));
          set.add('MET', people[i].entityId, people[j].entityId, span, `relations:met-at-${info.kind.toLowerCase()}`, info.kind === 'NEWS_CONFERENCE' ? 0.6 : 0.8, true);
        }
      }
    }
  }
}

function quoteRelations(set: RelationSet, quotes: ExtractedQuote[], byId: Map<string, ExtractedEntity>): void {
  // "Kerry told Putin" -- telling someone something to their face is meeting them.
  for (const q of quotes) {
    if (!q.direct || !q.speakerId || !q.addresseeId) continue;
    if (byId.get(q.speakerId)?.type !== 'Person' || byId.get(q.addresseeId)?.type !== 'Person') continue;
    set.add('MET', q.speakerId, q.addresseeId, q.cue ?? q, 'relations:told', 0.6, true);
  }
}

function placeRank(e: ExtractedEntity | undefined): number | null {
  return e?.type === 'Location' && e.location ? PLACE_RANK[e.location.kind] : null;
}

function locatedIn(set: RelationSet, text: string, index: MentionIndex, byId: Map<string, ExtractedEntity>): void {
  for (const e of byId.values()) {
    const within = e.location?.withinId;
    if (e.type !== 'Location' || !within || !byId.has(within) || byId.get(within)?.type !== 'Location') continue;
    // The evidence is where the place is named; a place never named shows nothing.
    const span = e.mentions.find((m) => !m.pronoun);
    if (span) set.add('LOCATED_IN', e.id, within, span, 'relations:gazetteer-within', 0.9);
  }
  const ms = index.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.pronoun || b.pronoun || b.type !== 'Location' || a.entityId === b.entityId || b.start - a.end > 12) continue;
    const gap = text.slice(a.end, b.start);
    const source = byId.get(a.entityId);
    const target = byId.get(b.entityId);
    const ra = placeRank(source);
    const rb = placeRank(target);
    // "Port Alden, Maine": a place the gazetteer does not know, before one it does, lies in it.
    const unknownInKnown = !source?.location?.gazetteerId && !!target?.location?.gazetteerId && rb !== null && rb >= 2;
    if (a.type === 'Location' && ra !== null && rb !== null && (ra < rb || unknownInKnown) && /^(,\s*|\s+in\s+(the\s+)?)$/.test(gap)) {
      set.add('LOCATED_IN', a.entityId, b.entityId, { start: a.start, end: b.end }, 'relations:place-in-place', 0.8);
    } else if (a.type === 'Organization' && /^\s+(in|of)\s+(the\s+)?$/.test(gap) && rb !== null && rb >= 1 && /^\s+in\s/.test(gap)) {
      set.add('LOCATED_IN', a.entityId, b.entityId, { start: a.start, end: b.end }, 'relations:organisation-in-place', 0.6);
    }
  }
  // "a Geneva-based group": the organisation after a "<place>-based" modifier.
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.type !== 'Location' || b.type !== 'Organization' || b.start - a.end > 40) continue;
    if (/^-based\s+([\p{L}-]+\s+){0,3}$/u.test(text.slice(a.end, b.start))) set.add('LOCATED_IN', b.entityId, a.entityId, { start: a.start, end: b.end }, 'relations:place-based', 0.7);
  }
}

function affiliatedWith(set: RelationSet, text: string, index: MentionIndex, byId: Map<string, ExtractedEntity>): void {
  const isTarget = (id: string): boolean => {
    const t = byId.get(id)?.type;
    return t === 'Organization' || t === 'Location';
  };
  for (const e of byId.values()) {
    if (e.type !== 'Person') continue;
    for (const r of e.roles ?? []) {
      if (r.ofId && isTarget(r.ofId)) set.add('AFFILIATED_WITH', e.id, r.ofId, r.evidence, 'relations:role-of', 0.85);
    }
  }
  // "Russian President Vladimir Putin": a demonym and a title before the name (inside the mention or just before it).
  const byCountry = new Map<string, string>();
  for (const e of byId.values()) {
    if (e.type === 'Location' && e.location?.kind === 'COUNTRY' && e.location.countryCode && !byCountry.has(e.location.countryCode)) byCountry.set(e.location.countryCode, e.id);
  }
  for (const e of byId.values()) {
    if (e.type !== 'Person' || byCountry.size === 0) continue;
    for (const m of e.mentions) {
      if (m.pronoun) continue;
      // The words of the clause just before the name, plus the mention's own words (E1 may include the title).
      const before = text.slice(Math.max(0, m.start - 50), m.start).split(/[,;:()\u201C\u201D"]|\.\s/).pop() ?? '';
      const words = `${before} ${text.slice(m.start, m.end)}`.match(/[\p{L}-]+/gu) ?? [];
      for (let i = 0; i < words.length - 1; i++) {
        const code = /^\p{Lu}\p{Ll}+$/u.test(words[i]) ? demonymCountry(words[i])?.countryCode : undefined;
        const countryId = code ? byCountry.get(code) : undefined;
        const rest = words.slice(i + 1);
        // Only a title run may stand between: "Russian Foreign Minister Sergey Lavrov", not "Russian President X met Y".
        const titleRun = rest.every((w) => /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || w === 'of');
        if (!countryId || !titleRun || !rest.slice(0, 4).some((w) => TITLE_WORDS.has(w.toLowerCase()))) continue;
        set.add('AFFILIATED_WITH', e.id, countryId, m, 'relations:demonym-title', 0.75);
        break;
      }
    }
  }
  const ms = index.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.pronoun || b.pronoun) continue;
    // "Labour's Shadow Home Secretary Yvette Cooper", "Russian Foreign Minister ..." (when the country is a mention)
    if ((a.type === 'Organization' || a.type === 'Location') && b.type === 'Person' && b.start - a.end <= 50) {
      const gap = text.slice(a.end, b.start);
      const m = /^(?:['\u2019]s)?((?:\s+[\p{L}-]+){1,5})\s+$/u.exec(gap);
      if (m && m[1].trim().split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) {
        set.add('AFFILIATED_WITH', b.entityId, a.entityId, { start: a.start, end: b.end }, 'relations:title-of', 0.75);
      }
    }
    // "Ann Lee, editor at large at the Gazette," / "Bo Lind, a professor at Acme University"
    if (a.type === 'Person' && isTarget(b.entityId) && b.start - a.end <= 60) {
      const gap = text.slice(a.end, b.start);
      const m = /^,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s+){1,5})(?:of|at|for|with|from)\s+(?:the\s+)?$/u.exec(gap);
      if (m && m[1].trim().split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()))) {
        set.add('AFFILIATED_WITH', a.entityId, b.entityId, { start: a.start, end: b.end }, 'relations:apposition-of', 0.7);
      }
    }
  }
}

export function extractRelations(doc: NormalizedText, _sentences: Sentence[], entities: ExtractedEntity[], quotes: ExtractedQuote[]): ExtractedRelation[] {
  const set = new RelationSet();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const things = entities.filter((e) => e.type !== 'Event');
  const index = new MentionIndex(things);
  const thingsById = new Map(things.map((e) => [e.id, e]));
  eventRelations(set, entities.filter((e) => e.type === 'Event'), byId);
  quoteRelations(set, quotes, byId);
  locatedIn(set, doc.text, index, thingsById);
  affiliatedWith(set, doc.text, index, thingsById);
  return set.drafts.map((d, i) => ({ id: `r${i + 1}`, ...d }));
}

