/**
 * Pass 7: events. Trigger phrases from the lexicon (longest first) become
 * event mentions; each mention collects participants, places and a time from
 * the words around it; coreferent mentions of one document merge into one
 * Event entity ("talks in Moscow" ... "the talks" ... "his meeting with Putin").
 *
 * Precision over recall: a verb trigger needs a participant beside it, a weak
 * noun ("visit", "vote", "briefing") needs a determiner, and figurative uses
 * ("heart attack", "conflict of interest", "to attack the plan") never fire.
 * Mentions merge when the kind agrees and their places do not contradict
 * (Brussels lies in Belgium, so "attacks in Belgium" and "the Brussels attacks" merge).
 */
import type { DocumentMeta, EntityMention, EventKind, EventParticipant, ExtractedEntity, Sentence, Span, TimeInfo } from '../types';
import type { NormalizedText } from './01-normalize';
import { MentionIndex, type IndexedMention } from '../mention-index';
import { EVENT_TRIGGERS, HOST_VERBS, NON_EVENT_AFTER, NON_EVENT_BEFORE, PARTICIPATION_VERBS, type TriggerEntry } from '../lexicon/event-triggers';
import { findTimeExpressions } from '../time/find-time-expressions';
import { resolveTime } from '../time/resolve-time';
import { demonymCountry } from '../gazetteer/places';
import { spanAt } from '../span-search';

interface Hit extends Span {
  text: string;
  entry: TriggerEntry;
  sentence: Sentence;
  participants: EventParticipant[];
  /** Places written with the trigger ("talks in Moscow", "Brussels attacks"). */
  locationIds: string[];
  time: TimeInfo | null;
  rule: string;
  confidence: number;
  /** The name this mention gives the event: "talks in Moscow". */
  label: string;
}

const TRIGGER_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(EVENT_TRIGGERS)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);
const BEFORE_BLOCK = new Set(NON_EVENT_BEFORE);
const DETERMINERS = /(?:^|\s)(the|a|an|his|her|its|their|our|this|that|last|next|latest|recent|first|second|planned|upcoming|weekend|\w+['\u2019]s)\s+(?:\p{Ll}+\s+){0,2}$/iu;
const PARTICIPATION = new RegExp(`\\b(${PARTICIPATION_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const HOSTS = new Set(HOST_VERBS);
/** Characters either side of a trigger that its rules may read. */
const WINDOW = 400;
const INTRO_OPENERS = /^(at|in|during|after|before|on|following|speaking|ahead\s+of|since|while|when|upon)\b/i;

const wordBefore = (text: string, at: number): string => {
  // Quadratic in its input (each start rescans the word), so it only ever sees 40 characters.
  const m = /([\p{L}'’]+)\W*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1].toLowerCase() : '';
};

function addParticipant(list: EventParticipant[], entityId: string, role: string | null): void {
  const found = list.find((p) => p.entityId === entityId);
  if (!found) list.push({ entityId, role });
  else if (!found.role && role) found.role = role;
}

interface Ctx {
  text: string;
  index: MentionIndex;
  entities: Map<string, ExtractedEntity>;
}

const isActor = (m: IndexedMention | null | undefined): m is IndexedMention => !!m && !m.pronoun && (m.type === 'Person' || m.type === 'Organization' || m.type === 'Location');

/** The first mention starting in [from, from + reach) after only the given gap pattern. */
function mentionAfter(ctx: Ctx, from: number, gap: RegExp, reach = 60): IndexedMention | null {
  const i = ctx.index.firstFrom(from);
  const m = ctx.index.mentions[i];
  if (!m || m.start - from > reach) return null;
  return gap.test(ctx.text.slice(from, m.start)) ? m : null;
}

/** "in Moscow", "at the Kremlin in Moscow, Russia" after the trigger (or after "with X"). */
function placesAfter(ctx: Ctx, hit: Hit): number {
  let at = hit.end;
  const withPhrase = /^\s+with\s+[^,;.:]{1,70}?(?=\s+(in|at)\s)/.exec(ctx.text.slice(at, at + 90));
  if (withPhrase) at += withPhrase[0].length;
  let m = mentionAfter(ctx, at, /^\s+(in|at|near|outside|inside)\s+(the\s+)?$/i);
  let chainEnd = hit.end;
  for (let guard = 0; m && m.type === 'Location' && guard < 4; guard++) {
    if (!hit.locationIds.includes(m.entityId)) hit.locationIds.push(m.entityId);
    chainEnd = m.end;
    m = mentionAfter(ctx, m.end, /^(,\s*|\s+in\s+(the\s+)?)$/i, 20);
  }
  return chainEnd;
}

/** "Brussels attacks", "Geneva peace talks", "Syrian conflict": a place right before the trigger. */
function placeBefore(ctx: Ctx, hit: Hit, byCountry: Map<string, string>): void {
  const before = ctx.index.before(hit.start, Math.max(0, hit.start - 40), 1)[0];
  if (before && before.type === 'Location' && /^[\s-]+(\p{Ll}+\s+)?$/u.test(ctx.text.slice(before.end, hit.start))) {
    if (!/brokered|backed|led|sponsored/.test(ctx.text.slice(before.end, hit.start))) {
      if (!hit.locationIds.includes(before.entityId)) hit.locationIds.push(before.entityId);
      return;
    }
  }
  const m = /([\p{Lu}][\p{L}]+)\s+(\p{Ll}+\s+)?$/u.exec(ctx.text.slice(Math.max(0, hit.start - 40), hit.start));
  if (m) {
    const country = demonymCountry(m[1]);
    const id = country?.countryCode ? byCountry.get(country.countryCode) : undefined;
    if (id && !hit.locationIds.includes(id)) hit.locationIds.push(id);
  }
}

/** Participants named around the trigger. */
function participantsOf(ctx: Ctx, hit: Hit): void {
  const text = ctx.text;
  const s = hit.sentence;
  const kind = hit.entry.kind;
  // "meeting with Putin", "news conference with Foreign Minister Sergey Lavrov"
  const withM = mentionAfter(ctx, hit.end, /^\s+with\s+([\p{L}.'’-]+\s+){0,4}$/u, 60);
  if (isActor(withM) && kind !== 'ATTACK' && kind !== 'CONFLICT') addParticipant(hit.participants, withM.entityId, null);
  // "talks between Kerry and Putin"
  const between = /^\s+between\s+/.exec(text.slice(hit.end, hit.end + 12));
  if (between) {
    const first = mentionAfter(ctx, hit.end + between[0].length, /^(the\s+)?$/i, 10);
    if (isActor(first)) {
      addParticipant(hit.participants, first.entityId, null);
      const second = mentionAfter(ctx, first.end, /^\s+and\s+(the\s+)?$/i, 15);
      if (isActor(second)) addParticipant(hit.participants, second.entityId, null);
    }
  }
  // "a cease-fire in Syria brokered by the U.S. and Russia"
  const brokered = /^[^,;.]{0,40}?\b(brokered|mediated|sponsored)\s+by\s+(the\s+)?/i.exec(text.slice(hit.end, hit.end + 70));
  if (brokered) {
    let m = mentionAfter(ctx, hit.end + brokered[0].length, /^$/, 1);
    for (let guard = 0; isActor(m) && guard < 4; guard++) {
      addParticipant(hit.participants, m.entityId, 'broker');
      m = mentionAfter(ctx, m.end, /^(,\s*|\s+and\s+)(the\s+)?$/i, 12);
    }
  }
  // "U.N.-brokered Geneva peace talks"
  for (const m of ctx.index.before(hit.start, Math.max(s.start, hit.start - 60), 4)) {
    if (isActor(m) && /^-(brokered|backed|led|sponsored|mediated|hosted)\s+([\p{L}-]+\s+){0,3}$/u.test(text.slice(m.end, hit.start))) {
      addParticipant(hit.participants, m.entityId, /hosted/.test(text.slice(m.end, m.end + 8)) ? 'host' : 'broker');
    }
  }
  // "the group, which claimed responsibility for the Brussels attacks"
  const claim = /\bclaimed\s+responsibility\s+for\s+([\p{L}'’.-]+\s+){0,4}$/u.exec(text.slice(Math.max(s.start, hit.start - 80), hit.start));
  if (claim) {
    const claimAt = hit.start - claim[0].length;
    const actor = ctx.index.before(claimAt, Math.max(s.start, claimAt - 80), 3).find((m) => isActor(m) && m.type !== 'Location');
    if (actor && /^[\s,]*((which|who|that)\s+)?(has\s+|had\s+)?$/i.test(text.slice(actor.end, claimAt).replace(/^[^,]*?(group|organisation|organization|militants?)\b/i, ''))) {
      addParticipant(hit.participants, actor.entityId, 'claimed responsibility');
    }
  }
  // A possessive owner: "Kerry's visit"
  const owner = ctx.index.before(hit.start, Math.max(s.start, hit.start - 40), 1)[0];
  if (isActor(owner) && owner.type !== 'Location' && /^['’]s\s+(\p{Ll}+\s+)?$/u.test(text.slice(owner.end, hit.start))) addParticipant(hit.participants, owner.entityId, null);

  if (hit.entry.verb) verbParticipants(ctx, hit);
  else {
    introSubject(ctx, hit);
    participationVerb(ctx, hit);
  }
}

/** "Kerry met Putin", "Kerry, right, shakes hands with Putin", "Kerry and Putin held talks". */
function verbParticipants(ctx: Ctx, hit: Hit): void {
  const text = ctx.text;
  const s = hit.sentence;
  const subjects = ctx.index.within(s.start, hit.start).filter((m) => isActor(m) && !/\b(of|in|at|for|to|from)\s+(the\s+)?$/i.test(text.slice(Math.max(s.start, m.start - 8), m.start)));
  const persons = subjects.filter((m) => m.type === 'Person');
  const subject = persons[0] ?? subjects[0];
  if (subject) {
    addParticipant(hit.participants, subject.entityId, null);
    const and = mentionAfter(ctx, subject.end, /^\s+and\s+([\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u, 50);
    if (isActor(and) && and.end <= hit.start) addParticipant(hit.participants, and.entityId, null);
  }
  const object = mentionAfter(ctx, hit.end, /^\s+(with\s+)?(the\s+)?([\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u, 60);
  if (isActor(object)) addParticipant(hit.participants, object.entityId, null);
}

/** "At a news conference with Lavrov, Kerry said …": the sentence subject after the introductory phrase. */
function introSubject(ctx: Ctx, hit: Hit): void {
  const text = ctx.text;
  const s = hit.sentence;
  const head = text.slice(s.start, hit.start);
  if (!INTRO_OPENERS.test(head) || /,/.test(head)) return;
  if (hit.entry.kind !== 'MEETING' && hit.entry.kind !== 'NEWS_CONFERENCE' && hit.entry.kind !== 'NEGOTIATION') return;
  let comma = text.indexOf(',', hit.end);
  if (comma < 0 || comma >= s.end) return;
  // Skip a relative clause: "…his meeting with Putin, which lasted four hours, Kerry hailed…"
  if (/^\s*(which|who|where|that)\b/i.test(text.slice(comma + 1, comma + 10))) {
    const next = text.indexOf(',', comma + 1);
    if (next < 0 || next >= s.end) return;
    comma = next;
  }
  const subject = mentionAfter(ctx, comma + 1, /^\s*((the|a|an)\s+)?([\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u, 60);
  if (!isActor(subject) || subject.type === 'Location' && !/^\s+(said|says|told|added)/.test(text.slice(subject.end, subject.end + 8))) {
    if (!isActor(subject)) return;
  }
  const speaking = /^\s+(\p{Ll}+\s+)?(said|says|told|added|noted|stated|announced|explained|hailed|warned|replied)\b/u.test(text.slice(subject.end, subject.end + 30));
  addParticipant(hit.participants, subject.entityId, hit.entry.kind === 'NEWS_CONFERENCE' && speaking ? 'speaker' : null);
}

/** "The opposition group wrapped up the latest round of talks": the subject of a participation verb. */
function participationVerb(ctx: Ctx, hit: Hit): void {
  const text = ctx.text;
  const s = hit.sentence;
  const head = text.slice(s.start, hit.start);
  PARTICIPATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = PARTICIPATION.exec(head)) !== null) last = m;
  if (!last) return;
  const verbStart = s.start + last.index;
  const verbEnd = verbStart + last[0].length;
  // The trigger must be the verb's object, a few words on: "held the first round of talks".
  if (!/^\s+([\p{L}'’-]+\s+){0,6}$/u.test(text.slice(verbEnd, hit.start)) || /[,;]/.test(text.slice(verbEnd, hit.start))) return;
  const subject = ctx.index.within(s.start, verbStart).filter(isActor).find((x) => !/\b(of|in|at|for|to|from|with)\s+(the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start)));
  if (!subject || !/^[\s\p{L}.'’,-]{0,40}$/u.test(text.slice(subject.end, verbStart))) return;
  addParticipant(hit.participants, subject.entityId, HOSTS.has(last[1].toLowerCase()) ? 'host' : null);
}

/** "on Thursday" right after the trigger or its places. */
function timeOf(ctx: Ctx, hit: Hit, from: number, publishedAt: string | null): void {
  const s = hit.sentence;
  // "Sunday's parliamentary election", "Thursday's talks"
  for (const t of findTimeExpressions(ctx.text, Math.max(s.start, hit.start - 40), hit.start)) {
    if (/^['\u2019]s\s+(\p{Ll}+\s+)?$/u.test(ctx.text.slice(t.end, hit.start))) {
      hit.time = { start: t.start, end: t.end, text: t.text, date: resolveTime(t, publishedAt) };
      return;
    }
  }
  const window = Math.min(s.end, from + 80);
  for (const t of findTimeExpressions(ctx.text, from, window)) {
    const gap = ctx.text.slice(from, t.start);
    if (/[.;:]/.test(gap) || (/,/.test(gap) && gap.trim() !== ',') || gap.split(/\s+/).filter(Boolean).length > 6) break;
    if (t.parts.kind === 'period' && !/^\s*$/.test(gap)) continue;
    hit.time = { start: t.start, end: t.end, text: t.text, date: resolveTime(t, publishedAt) };
    return;
  }
}

function figurative(text: string, hit: Span, word: string, entry: TriggerEntry, ctx: Ctx): boolean {
  const before = wordBefore(text, hit.start);
  if (BEFORE_BLOCK.has(before)) return true;
  const after = text.slice(hit.end, hit.end + 20).toLowerCase();
  if (NON_EVENT_AFTER.some((w) => after.startsWith(` ${w}`))) return true;
  // "he talks about", "the mayor visits schools": a third-person verb, not the noun.
  if (/^(talks|visits)$/.test(word) && /^\s+(about|to|of)\b/.test(after)) return true;
  if (entry.weak && !DETERMINERS.test(text.slice(Math.max(0, hit.start - 40), hit.start))) {
    const prevMention = ctx.index.before(hit.start, Math.max(0, hit.start - 30), 1)[0];
    if (!(prevMention && prevMention.type === 'Location' && /^[\s-]+$/.test(text.slice(prevMention.end, hit.start)))) return true;
  }
  return false;
}

function compatiblePlaces(ctx: Ctx, a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const chain = (id: string): Set<string> => {
    const out = new Set<string>();
    let cur: string | null | undefined = id;
    for (let guard = 0; cur && guard < 6 && !out.has(cur); guard++) {
      out.add(cur);
      cur = ctx.entities.get(cur)?.location?.withinId;
    }
    return out;
  };
  // Compatible when one place lies in (or is) the other: Brussels / Belgium.
  return a.some((x) => b.some((y) => chain(x).has(y) || chain(y).has(x)));
}

/**
 * Two mentions are one event unless they say otherwise: different dates, or two
 * different groups of people ("Kerry met Lavrov. … Kerry met Merkel." are two meetings;
 * "his meeting with Putin" after "Kerry met Putin" is the same one).
 * A draft keeps what its hits say in summary (the dates, the distinct groups of two or
 * more people), so the check does not rescan every earlier hit: a text of 10,000
 * "X met Y." sentences would otherwise take 10,000² comparisons.
 */
interface DraftFacts {
  dates: Set<string>;
  /** Distinct people groups (sorted ids joined) of the hits that name two or more people. */
  groups: Map<string, string[]>;
}

function peopleOf(ctx: Ctx, h: Hit): string[] {
  return h.participants.map((p) => p.entityId).filter((id) => ctx.entities.get(id)?.type === 'Person');
}

function compatibleHits(ctx: Ctx, facts: DraftFacts, hit: Hit): boolean {
  const date = hit.time?.date;
  if (date && (facts.dates.size > 1 || (facts.dates.size === 1 && !facts.dates.has(date)))) return false;
  const mine = peopleOf(ctx, hit);
  if (mine.length < 2) return true;
  const subset = (a: string[], b: string[]): boolean => a.every((x) => b.includes(x));
  for (const theirs of facts.groups.values()) {
    if (!subset(mine, theirs) && !subset(theirs, mine)) return false;
  }
  return true;
}

function recordHit(ctx: Ctx, facts: DraftFacts, hit: Hit): void {
  if (hit.time?.date) facts.dates.add(hit.time.date);
  const people = peopleOf(ctx, hit);
  if (people.length >= 2) facts.groups.set([...people].sort().join(' '), people);
}

/** How many earlier drafts of the same kind a mention may join: articles hold a handful of events. */
const DRAFT_LOOKBACK = 64;

function placeName(ctx: Ctx, id: string): string {
  return ctx.entities.get(id)?.name ?? '';
}

export function extractEvents(doc: NormalizedText, sentences: Sentence[], entities: ExtractedEntity[], meta: DocumentMeta, datelineLocationId: string | null = null): ExtractedEntity[] {
  const text = doc.text;
  if (text.length === 0 || sentences.length === 0) return [];
  const ctx: Ctx = { text, index: new MentionIndex(entities), entities: new Map(entities.map((e) => [e.id, e])) };
  const byCountry = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'Location' && e.location?.kind === 'COUNTRY' && e.location.countryCode && !byCountry.has(e.location.countryCode)) byCountry.set(e.location.countryCode, e.id);
  }
  const hits: Hit[] = [];
  TRIGGER_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER_PATTERN.exec(text)) !== null) {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const entry = EVENT_TRIGGERS[word];
    const found = spanAt(sentences, m.index);
    if (!entry || !found) continue;
    // Rules look around the trigger within its sentence; a window bounds that on text
    // without sentence ends, so the pass stays linear.
    const sentence: Sentence = { ...found, start: Math.max(found.start, m.index - WINDOW), end: Math.min(found.end, m.index + m[1].length + WINDOW) };
    // Inside a name ("World War Museum", "Peace Talks Committee") it is not a trigger.
    if (/^[A-Z]/.test(m[1]) && m.index > sentence.start + 1 && !/[.:"“”]\s*$/.test(text.slice(sentence.start, m.index))) continue;
    const hit: Hit = {
      start: m.index, end: m.index + m[1].length, text: m[1], entry, sentence,
      participants: [], locationIds: [], time: null,
      rule: entry.verb ? 'events:verb-trigger' : 'events:noun-trigger',
      confidence: entry.weak ? 0.6 : entry.verb ? 0.75 : 0.85,
      label: entry.noun ?? m[1].toLowerCase(),
    };
    if (figurative(text, hit, word, entry, ctx)) continue;
    const chainEnd = placesAfter(ctx, hit);
    const placesWritten = hit.locationIds.length;
    placeBefore(ctx, hit, byCountry);
    participantsOf(ctx, hit);
    if (entry.verb && hit.participants.length === 0) continue;
    timeOf(ctx, hit, chainEnd, meta.publishedAt);
    if (placesWritten > 0) hit.label = `${hit.label} in ${placeName(ctx, hit.locationIds[0])}`;
    else if (hit.locationIds.length > 0) hit.label = `${placeName(ctx, hit.locationIds[0])} ${hit.label}`;
    hits.push(hit);
  }

  interface Draft {
    kind: EventKind;
    hits: Hit[];
    locationIds: string[];
    facts: DraftFacts;
  }
  const drafts: Draft[] = [];
  // Per kind, so the lookback counts only drafts the mention could join.
  const draftsByKind = new Map<EventKind, Draft[]>();
  for (const hit of hits) {
    let target: Draft | undefined;
    const sameKind = draftsByKind.get(hit.entry.kind) ?? [];
    for (let i = sameKind.length - 1; i >= Math.max(0, sameKind.length - DRAFT_LOOKBACK) && !target; i--) {
      const d = sameKind[i];
      if (compatiblePlaces(ctx, d.locationIds, hit.locationIds) && compatibleHits(ctx, d.facts, hit)) target = d;
    }
    if (target) {
      target.hits.push(hit);
      for (const id of hit.locationIds) if (!target.locationIds.includes(id)) target.locationIds.push(id);
      recordHit(ctx, target.facts, hit);
    } else {
      const draft: Draft = { kind: hit.entry.kind, hits: [hit], locationIds: [...hit.locationIds], facts: { dates: new Set(), groups: new Map() } };
      recordHit(ctx, draft.facts, hit);
      drafts.push(draft);
      sameKind.push(draft);
      draftsByKind.set(hit.entry.kind, sameKind);
    }
  }

  return drafts.map((d, i): ExtractedEntity => {
    const participants: EventParticipant[] = [];
    for (const h of d.hits) for (const p of h.participants) addParticipant(participants, p.entityId, p.role);
    const locationIds = [...d.locationIds];
    if (locationIds.length === 0 && datelineLocationId && (d.kind === 'MEETING' || d.kind === 'NEWS_CONFERENCE')) locationIds.push(datelineLocationId);
    // A noun names an event better than a verb: "talks in Moscow", not "shakes hands in Kremlin".
    const nouns = d.hits.filter((h) => !h.entry.verb);
    const pool = nouns.length > 0 ? nouns : d.hits;
    const named = pool.find((h) => h.label.includes(' in ')) ?? pool.find((h) => h.locationIds.length > 0) ?? pool.reduce((a, b) => (b.label.length > a.label.length ? b : a));
    const labels = [...new Set(d.hits.map((h) => h.label))];
    const mentions: EntityMention[] = d.hits.map((h) => ({ start: h.start, end: h.end, text: doc.original.slice(h.start, h.end), sentence: h.sentence.index, rule: h.rule, confidence: h.confidence }));
    // reduce, not Math.max(...): a spread of 100k arguments overflows the stack.
    const best = d.hits.reduce((a, h) => Math.max(a, h.confidence), 0);
    const confidence = Math.min(0.95, best + 0.05 * (d.hits.length - 1));
    return {
      id: `ev${i + 1}`,
      type: 'Event',
      name: named.label,
      aliases: labels.filter((l) => l !== named.label),
      mentions,
      salience: Math.min(1, d.hits.length / 5),
      rule: d.hits[0].rule,
      confidence,
      event: { kind: d.kind, participants, locationIds, time: d.hits.find((h) => h.time)?.time ?? null },
    };
  });
}
