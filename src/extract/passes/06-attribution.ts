/**
 * Pass 6: who said each quotation, to whom, and reported speech.
 *
 * A sieve: the most reliable cue decides, weaker ones only fill the gaps.
 *   1 adjacent cue      "…,” Kerry told Putin / said Kerry / he added / Lavrov said, “…”
 *                       (for a quote ending in . ! ? the cue before it is tried first,
 *                       so “…regime.” Kerry said the U.S. … is not Kerry's)
 *   2 source phrase     according to X, in the words of X
 *   3 reporting clause  the subject of a speech verb in the same sentence, before or after
 *                       ("Kerry said the U.S. would begin the “very serious work” of…")
 *   4 colon paragraph   a paragraph ending "X tweeted:" introduces the quote after it
 *   5 continuation      a quote opening a sentence right after an attributed one (or after
 *                       reported speech: "Wilkins said Warhol was… “As a way to…”"), or a
 *                       paragraph that continues the previous paragraph's quotation
 *   6 answer            "Why did she go? “Because…”" -- the person the question is about
 *   7 nearest person    low confidence, only for quotes that read like speech
 * Subjects may be names, pronouns (resolved to the last matching speaker or
 * subject within two sentences; none -> null, never a guess), "the group"/"the
 * city" nominals, or a title held by one person in the document ("the minister").
 */
import type { QuoteSpan } from '../annotations';
import type { ExtractedEntity, ExtractedQuote, Sentence, Span } from '../types';
import type { NormalizedText } from './01-normalize';
import { MentionIndex, type IndexedMention } from '../mention-index';
import { splitSegments, type Segment } from '../attribution/segments';
import { lastAtOrBefore, spanAt } from '../span-search';
import { PREPOSITIONS, speechVerbs, wordsIn, type Word } from '../attribution/clause-words';
import { GENDERED_TITLES } from '../lexicon/titles';
import { ADDRESSEE_VERBS, NAMING_VERBS, ORGANISATION_NOUNS, PLACE_NOUNS, REPLY_VERBS, SOURCE_PHRASES, SPEECH_ADVERBS } from '../lexicon/speech-verbs';

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Words that may follow an addressee ("told Putin that …", "told Kerry on Monday"); any other lower-case word means the name was a modifier. */
const AFTER_ADDRESSEE = new Set([
  'that', 'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'and', 'but', 'as', 'about', 'of', 'the', 'a',
  'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'to', 'how', 'what', 'why', 'his', 'her', 'their', 'its', 'last',
  'earlier', 'later', 'yesterday', 'today', 'by', 'via', 'over', 'from', 'with', 'who', 'shortly', 'privately', 'publicly',
]);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
const ADDRESSEE = new Set(ADDRESSEE_VERBS);
const NAMING = new Set(NAMING_VERBS);
const REPLY = new Set(REPLY_VERBS);
const ADVERBS = new Set(SPEECH_ADVERBS);
const ORG_NOUNS = new Set(ORGANISATION_NOUNS);
/** Clause openers whose phrase runs to the first comma and holds no subject: "Speaking at the talks, Kerry said". */
const INTRO_OPENERS = new Set([
  'after', 'before', 'during', 'in', 'at', 'on', 'while', 'when', 'since', 'although', 'though', 'following',
  'speaking', 'asked', 'addressing', 'writing', 'responding', 'for', 'as', 'with', 'from', 'despite', 'upon', 'by',
]);
/** Verbs used for reported speech without quote marks: "Kerry said the U.S. will press…". */
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'stated', 'announced', 'explained', 'noted', 'warned', 'argued', 'insisted', 'confirmed', 'believes', 'believed']);

interface Candidate extends Span {
  kind: 'name' | 'pronoun' | 'nominal';
  /** Named mentions: the entity. Pronouns and nominals are resolved later. */
  mention: IndexedMention | null;
  word: string;
}

interface Attribution {
  speakerId: string | null;
  addresseeId: string | null;
  rule: string;
  confidence: number;
  cue?: Span;
  verb?: string;
}

interface Context {
  text: string;
  index: MentionIndex;
  segments: Segment[];
  quoteRanges: Array<[number, number]>;
  /** Speakers decided so far, in text order: for pronouns ("he added") and continuations. */
  decided: Array<{ span: QuoteSpan; segment: number; speakerId: string | null; verb?: string }>;
  roleHolders: Map<string, string[]>;
  /** Speaker of the reported speech ("Wilkins also said Warhol was…") in each segment without quotes. */
  reported: Map<number, string>;
  /** The quotations opening in each segment. */
  bySegment: Map<number, QuoteSpan[]>;
  /** Each quotation's position in its segment's list: indexOf would make a quote-dense line quadratic. */
  positionInSegment: Map<QuoteSpan, number>;
  /** organisationNamedBy's answers, per nominal head word. */
  organisationByWord: Map<string, string | null>;
  /** Words and candidates of each segment, computed once (a segment may hold many quotes). */
  memo: Map<number, { words: Word[]; cands: Candidate[]; verbs: number[] }>;
  sources: Map<number, Cue | null>;
  genders: Map<string, 'male' | 'female' | null>;
}

function segmentWords(ctx: Context, segment: number): { words: Word[]; cands: Candidate[]; verbs: number[] } {
  let m = ctx.memo.get(segment);
  if (!m) {
    const seg = ctx.segments[segment];
    const words = wordsIn(ctx.text, seg.start, seg.end, (o) => insideQuote(ctx, o));
    m = { words, cands: candidatesIn(ctx, seg.start, seg.end, words), verbs: speechVerbs(words) };
    ctx.memo.set(segment, m);
  }
  return m;
}

function segmentAt(segments: Segment[], offset: number): number {
  return Math.max(0, lastAtOrBefore(segments, offset, (s) => s.start));
}

function insideQuote(ctx: Context, offset: number): boolean {
  let lo = 0;
  let hi = ctx.quoteRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ctx.quoteRanges[mid];
    if (offset <= a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Names, pronouns and "the group"-style nominals in [start, end), outside quotations. */
function candidatesIn(ctx: Context, start: number, end: number, words: Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.index.within(start, end)) {
    if (insideQuote(ctx, m.start)) continue;
    out.push({ start: m.start, end: m.end, kind: m.pronoun ? 'pronoun' : 'name', mention: m, word: ctx.text.slice(m.start, m.end).toLowerCase() });
  }
  // Mentions are sorted and disjoint: a binary search answers "is this word inside one?".
  const named = [...out];
  const covered = (s: number): boolean => {
    let lo = 0;
    let hi = named.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid].end <= s) lo = mid + 1;
      else if (named[mid].start > s) hi = mid - 1;
      else return true;
    }
    return false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.start < start || w.end > end || covered(w.start)) continue;
    if (PRONOUNS.has(w.lower)) {
      out.push({ start: w.start, end: w.end, kind: 'pronoun', mention: null, word: w.lower });
    } else if (/^(the|this|that)$/.test(w.lower) && i + 1 < words.length) {
      // "the group", "the city", "the minister" (one optional adjective: "the foreign minister").
      for (const j of [i + 1, i + 2]) {
        const noun = words[j];
        if (!noun || noun.end > end || covered(noun.start)) break;
        if (ORG_NOUNS.has(noun.lower) || noun.lower in PLACE_NOUNS || ctx.roleHolders.has(noun.lower)) {
          out.push({ start: w.start, end: noun.end, kind: 'nominal', mention: null, word: noun.lower });
          break;
        }
        if (noun.text !== noun.lower && j === i + 1) break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordBefore(words: Word[], offset: number): Word | null {
  const i = lastAtOrBefore(words, offset, (w) => w.end);
  return i >= 0 ? words[i] : null;
}

/**
 * The subject of the speech verb words[v]: the first eligible candidate of the
 * clause before it (after any introductory phrase), or the one right after it
 * ("said Kerry"). Eligible = not the object of a preposition; a possessive or a
 * place in a title ("Labour's Shadow Home Secretary Yvette Cooper") yields to the name after it.
 */
function subjectOf(ctx: Context, clauseStart: number, words: Word[], v: number, cands: Candidate[]): Candidate | null {
  const verb = words[v];
  let from = clauseStart;
  const first = words.find((w) => w.start >= clauseStart);
  if (first && first.start < verb.start && (INTRO_OPENERS.has(first.lower) || /ing$/.test(first.lower))) {
    const comma = ctx.text.indexOf(',', first.end);
    if (comma >= 0 && comma < verb.start) {
      // Skip only if a candidate remains between the comma and the verb.
      if (cands.some((c) => c.start > comma && c.end <= verb.start)) from = comma + 1;
    }
  }
  const before = cands.filter((c) => c.start >= from && c.end <= verb.start);
  const nearest = before[before.length - 1];
  if (nearest && verb.lower.endsWith('ing') && /^\s+$/.test(ctx.text.slice(nearest.end, verb.start))) {
    // "with Boswell stating:", "with the i reporting" -- the name right before the -ing verb.
    const prev = wordBefore(words, nearest.start);
    if (prev && (prev.lower === 'with' || (prev.lower === 'the' && wordBefore(words, prev.start)?.lower === 'with'))) return nearest;
  }
  const eligible: Candidate[] = [];
  for (const c of before) {
    let prev = wordBefore(words, c.start);
    // "of the Italian Bishops' Conference": look past determiners for the preposition.
    while (prev && DETERMINER_WORDS.has(prev.lower)) prev = wordBefore(words, prev.start);
    const isIng = verb.lower.endsWith('ing');
    if (prev && prev.start >= from && PREPOSITIONS.has(prev.lower) && !(prev.lower === 'with' && isIng)) continue;
    // "(Italian Episcopal Conference)" explains a word; it is not the subject.
    if (/\(\s*$/.test(ctx.text.slice(Math.max(from, c.start - 3), c.start))) continue;
    eligible.push(c);
  }
  for (let i = 0; i < eligible.length; i++) {
    const c = eligible[i];
    const next = eligible[i + 1];
    if (next && next.kind === 'name' && next.mention?.type === 'Person' && c.mention?.type !== 'Person') {
      // "Civil Defense Authority director General Suleiman al-Amr": a title run joins them.
      const gap = ctx.text.slice(c.end, next.start);
      if (/^(['\u2019]s)?(\s+[\p{L}][\p{L}.'\u2019-]*){0,5}\s+$/u.test(gap) && !/\b(said|says|told|and|or|but|who|which|that)\b/i.test(gap)) continue;
    }
    if (next && /^['\u2019]s\b/.test(ctx.text.slice(c.end, c.end + 3)) && c.kind !== 'pronoun') continue;
    // "The head of CEI, Nunzio Galantino, said" -- the person in apposition is the speaker.
    if (next && next.mention?.type === 'Person' && c.mention?.type !== 'Person' && /^[\s,()]*,[\s,()]*$/.test(ctx.text.slice(c.end, next.start))) continue;
    // The subject should reach the verb through adverbs, appositives or a relative clause, not
    // through another finite verb of its own; approximated by taking the first one.
    return c;
  }
  // Inversion: "said Kerry", "says the ministry" -- not "urging Russia" or "told Putin", whose name is the object.
  if (verb.lower.endsWith('ing') || (ADDRESSEE.has(verb.lower) && !/^ask/.test(verb.lower)) || NAMING.has(verb.lower)) return null;
  const after = cands.find((c) => c.start >= verb.end);
  if (!after || !/^[\s,]*(the\s+)?$/i.test(ctx.text.slice(verb.end, after.start))) return null;
  if (after.mention?.type !== 'Person') {
    // "said the Norland Foreign Minister, Bo Lindqvist": the person the title run leads to.
    const person = cands.find((c) => c.start >= after.end && c.mention?.type === 'Person');
    if (person && person.start - after.end < 60 && /^(['\u2019]s)?(\s+[\p{L}.-]+){0,5}[\s,]+$/u.test(ctx.text.slice(after.end, person.start)) && !/\b(and|or|but|who|which|that|to)\b/.test(ctx.text.slice(after.end, person.start))) return person;
  }
  return after;
}

/** The entity's gender, or one read off a title next to its name ("Mr. Toccafondi") when coreference left none. */
function genderOf(ctx: Context, e: ExtractedEntity): 'male' | 'female' | null {
  if (e.gender) return e.gender;
  if (ctx.genders.has(e.id)) return ctx.genders.get(e.id) ?? null;
  let found: 'male' | 'female' | null = null;
  for (const m of e.mentions) {
    if (m.pronoun) continue;
    const words = ctx.text.slice(Math.max(0, m.start - 16), m.end).toLowerCase().match(/[a-z]+\.?/g) ?? [];
    for (const w of words) {
      const g = GENDERED_TITLES[w] ?? GENDERED_TITLES[w.replace(/\.$/, '')];
      if (g) found = g;
    }
    if (found) break;
  }
  ctx.genders.set(e.id, found);
  return found;
}

function compatible(ctx: Context, pronoun: string, entityId: string): boolean {
  const e = ctx.index.byId.get(entityId);
  if (!e) return false;
  if (pronoun === 'he') return e.type === 'Person' && genderOf(ctx, e) !== 'female';
  if (pronoun === 'she') return e.type === 'Person' && genderOf(ctx, e) !== 'male';
  if (pronoun === 'it') return e.type === 'Organization' || e.type === 'Location';
  // "they" is plural: a group or a country acting as one, never a single person.
  return e.type === 'Organization' || e.type === 'Location';
}

/** he/she/it/they -> the last compatible speaker, else the first compatible subject, within two sentences. */
function resolvePronoun(ctx: Context, c: Candidate, segment: number): string | null {
  const limit = Math.max(0, segment - 2);
  for (let i = ctx.decided.length - 1; i >= 0; i--) {
    const d = ctx.decided[i];
    if (d.segment < limit) break;
    if (d.span.start > c.start) continue;
    if (!d.speakerId || !compatible(ctx, c.word, d.speakerId)) continue;
    // A sentence in between that names another candidate takes over the topic:
    // "“…” Kiara said. For Kevin Allton, it was art. He said, “…”" -- he is Allton.
    const between = d.segment + 1 < segment ? ctx.index.within(ctx.segments[d.segment + 1].start, ctx.segments[segment].start) : [];
    if (between.some((m) => !m.pronoun && m.entityId !== d.speakerId && !insideQuote(ctx, m.start) && compatible(ctx, c.word, m.entityId))) break;
    return d.speakerId;
  }
  // The current sentence, nearest first; then earlier sentences, subject (first) first.
  const here = ctx.index.before(c.start, ctx.segments[segment].start).filter((m) => !m.pronoun && !insideQuote(ctx, m.start));
  for (const m of here) if (compatible(ctx, c.word, m.entityId)) return m.entityId;
  for (let s = segment - 1; s >= limit; s--) {
    const seg = ctx.segments[s];
    for (const m of ctx.index.within(seg.start, seg.end)) {
      if (m.pronoun || insideQuote(ctx, m.start)) continue;
      if (compatible(ctx, c.word, m.entityId)) return m.entityId;
    }
  }
  if (c.mention) return c.mention.entityId;
  return null;
}

/**
 * The one organisation whose name holds `word` ("government" -> "Norland Government"), or
 * null. Memoised per word: asked for every "the government" of a long text, the scan over
 * all organisations would make the pass quadratic.
 */
function organisationNamedBy(ctx: Context, word: string): string | null {
  const memo = ctx.organisationByWord.get(word);
  if (memo !== undefined) return memo;
  const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const named = [...ctx.index.byId.values()].filter((e) => e.type === 'Organization' && pattern.test([e.name, ...e.aliases].join(' | ')));
  const id = named.length === 1 ? named[0].id : null;
  ctx.organisationByWord.set(word, id);
  return id;
}

function resolveNominal(ctx: Context, c: Candidate, segment: number): string | null {
  const holders = ctx.roleHolders.get(c.word);
  if (holders && holders.length === 1) return holders[0];
  const kind = PLACE_NOUNS[c.word];
  if (!holders && !kind) {
    // "the government" -> an organisation called "... Government" when there is one.
    const named = organisationNamedBy(ctx, c.word);
    if (named) return named;
  }
  const from = ctx.segments[Math.max(0, segment - 5)].start;
  for (const m of ctx.index.before(c.start, from, 200)) {
    if (m.pronoun) continue;
    const e = ctx.index.byId.get(m.entityId);
    if (!e) continue;
    if (holders && holders.includes(m.entityId)) return m.entityId;
    if (!holders && kind && e.type === 'Location' && (!e.location || e.location.kind === kind || e.location.kind === 'OTHER')) return m.entityId;
    if (!holders && !kind && e.type === 'Organization') return m.entityId;
  }
  return null;
}

function resolve(ctx: Context, c: Candidate | null, segment: number): string | null {
  if (!c) return null;
  if (c.kind === 'name') return c.mention?.entityId ?? null;
  if (c.kind === 'pronoun') return resolvePronoun(ctx, c, segment);
  return resolveNominal(ctx, c, segment);
}

/** The addressee after "told X", "replied to X". */
function addresseeAfter(ctx: Context, words: Word[], v: number, cands: Candidate[], segment: number, speakerId: string | null): string | null {
  const verb = words[v];
  const after = cands.find((c) => c.start >= verb.end);
  if (!after) return null;
  const gap = ctx.text.slice(verb.end, after.start);
  // "told Putin", "replied to Varga", "said to Varga" (a person: "said to the parliament" is not an addressee).
  const ok = ADDRESSEE.has(verb.lower) ? /^\s+(the\s+)?$/i.test(gap) : /^\s+to\s+(the\s+)?$/i.test(gap) && (REPLY.has(verb.lower) || after.mention?.type === 'Person');
  if (!ok || after.kind === 'pronoun') return null;
  // "told the Norland parliament": the name only modifies the real addressee.
  const next = /^(['\u2019]s\b|\s+(\p{Ll}+))/u.exec(ctx.text.slice(after.end, after.end + 20));
  if (next && (next[1].startsWith("'") || next[1].startsWith('\u2019') || !AFTER_ADDRESSEE.has(next[2]))) return null;
  const id = resolve(ctx, after, segment);
  return id && id !== speakerId ? id : null;
}

interface Cue {
  speakerId: string | null;
  addresseeId: string | null;
  cue: Span;
  verb: string;
  pronoun: boolean;
}

/** Speech verbs in [start, end) and their subjects; `pick` chooses which verb ('first' after, 'last' before). */
function cueIn(ctx: Context, segment: number, start: number, end: number, pick: 'first' | 'last', adjacentOnly: boolean): Cue | null {
  if (end <= start) return null;
  const { words, cands, verbs: allVerbs } = segmentWords(ctx, segment);
  const verbs = allVerbs.filter((i) => words[i].start >= start && words[i].end <= end);
  if (verbs.length === 0) return null;
  const ordered = pick === 'first' ? verbs : [...verbs].reverse();
  for (const v of ordered) {
    const verb = words[v];
    // 'a print called "Cowboys"' names a thing; 'has called the ruling "dangerous"' is speech.
    if (NAMING.has(verb.lower) && pick === 'last' && /^\s*$/.test(ctx.text.slice(verb.end, end))) continue;
    if (adjacentOnly) {
      // Adjacent: only the subject, adverbs and the verb stand between the quote and the verb.
      const between = pick === 'first' ? ctx.text.slice(start, verb.start) : ctx.text.slice(verb.end, end);
      if (pick === 'last' && !/^[\s,:;\u2014\u2013-]*(that\s*)?$/i.test(between)) {
        // "Kerry told Putin: “…”" -- a name after the verb is the addressee, not a gap.
        const rest = cands.find((c) => c.start >= verb.end && c.end <= end);
        if (!(rest && /^\s+(the\s+)?$/i.test(ctx.text.slice(verb.end, rest.start)) && /^[\s,:;]*(that\s*)?$/i.test(ctx.text.slice(rest.end, end)))) continue;
      }
      if (pick === 'first') {
        const gapWords = words.filter((w) => w.start >= start && w.end <= verb.start);
        const subjectish = gapWords.every((w) => ADVERBS.has(w.lower) || cands.some((c) => w.start >= c.start && w.end <= c.end) || w.lower === 'the');
        if (!subjectish || gapWords.length > 8) continue;
      }
    }
    // The subject is looked for in the cue's own stretch first ("…,” but Osei said it “fails”"
    // is Osei's even when Varga opens the sentence), then from the sentence start.
    const local = cands.filter((c) => c.start >= start);
    let subject = subjectOf(ctx, start, words, v, local);
    if (!subject && !(pick === 'first' && adjacentOnly) && start > ctx.segments[segment].start) subject = subjectOf(ctx, ctx.segments[segment].start, words, v, cands);
    if (!subject) continue;
    const speakerId = resolve(ctx, subject, segment);
    const addresseeId = addresseeAfter(ctx, words, v, cands, segment, speakerId);
    const cueStart = Math.min(subject.start, verb.start);
    const cueEnd = Math.max(subject.end, verb.end);
    return { speakerId, addresseeId, cue: { start: cueStart, end: cueEnd }, verb: verb.lower, pronoun: subject.kind !== 'name' };
  }
  return null;
}

/** "according to X", "in the words of X" in the quote's sentence (once per sentence). */
function sourcePhrase(ctx: Context, segment: number): Cue | null {
  if (!ctx.sources.has(segment)) ctx.sources.set(segment, findSourcePhrase(ctx, segment));
  return ctx.sources.get(segment) ?? null;
}

function findSourcePhrase(ctx: Context, segment: number): Cue | null {
  const seg = ctx.segments[segment];
  const lower = ctx.text.slice(seg.start, seg.end).toLowerCase();
  for (const phrase of SOURCE_PHRASES) {
    let at = lower.indexOf(phrase);
    while (at >= 0) {
      const after = seg.start + at + phrase.length;
      const next = segmentWords(ctx, segment).cands.find((c) => c.start >= after);
      let cand = next && /^[\s,]*(the\s+)?$/i.test(ctx.text.slice(after, next.start)) ? next : null;
      if (cand && cand.mention?.type !== 'Person') {
        // "in the words of the Crown prosecutor, Mark Tedeschi," -- the person in apposition.
        const cands = segmentWords(ctx, segment).cands;
        const person = cands.find((c) => c.start >= cand!.end && c.mention?.type === 'Person');
        if (person && /^[\s\p{L}]{0,30},\s*$/u.test(ctx.text.slice(cand.end, person.start))) cand = person;
      }
      if (cand && !insideQuote(ctx, seg.start + at)) {
        const speakerId = resolve(ctx, cand, segment);
        if (speakerId) return { speakerId, addresseeId: null, cue: { start: seg.start + at, end: cand.end }, verb: phrase, pronoun: cand.kind !== 'name' };
      }
      at = lower.indexOf(phrase, at + 1);
    }
  }
  return null;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function attributeOne(ctx: Context, span: QuoteSpan, segment: number): Attribution {
  const seg = ctx.segments[segment];
  const inner = ctx.text.slice(span.start, span.end);
  // Neighbouring quotes of the same sentence bound the cue before and after; the list is
  // in text order, so the nearest ones are found by walking out from this quote.
  const sameSeg = ctx.bySegment.get(segment) ?? [];
  const at = ctx.positionInSegment.get(span) ?? sameSeg.indexOf(span);
  let prevClose = seg.start;
  for (let i = at - 1; i >= 0; i--) {
    if (sameSeg[i].close < span.open) {
      prevClose = Math.max(seg.start, sameSeg[i].close + 1);
      break;
    }
  }
  let nextOpen = seg.end;
  for (let i = at + 1; i < sameSeg.length; i++) {
    if (sameSeg[i].open > span.close) {
      nextOpen = Math.min(seg.end, sameSeg[i].open);
      break;
    }
  }
  const postStart = Math.min(seg.end, span.close + 1);
  const found = (c: Cue | null, rule: string, confidence: number): Attribution | null =>
    c && c.speakerId ? { speakerId: c.speakerId, addresseeId: c.addresseeId, rule, confidence: c.pronoun ? confidence - 0.1 : confidence, cue: c.cue, verb: c.verb } : null;

  const terminal = /[.!?]$/.test(inner);
  const pre = (): Attribution | null => found(cueIn(ctx, segment, prevClose, span.open, 'last', true), 'attribution:cue-before', 0.9);
  const post = (): Attribution | null => {
    const cue = cueIn(ctx, segment, postStart, nextOpen, 'first', true);
    if (cue && terminal) {
      // "…?” Kerry asked." is a cue; "…regime.” Kerry said the U.S. … is a new sentence.
      const rest = ctx.text.slice(cue.cue.end, nextOpen);
      if (!/^[\s\p{L}]{0,40}?[.,;!?]?\s*$/u.test(rest) || wordCount(rest) > 3) return null;
    }
    return found(cue, 'attribution:cue-after', 0.9);
  };
  const sieve: Array<() => Attribution | null> = [
    ...(terminal ? [pre, post] : [post, pre]),
    () => found(sourcePhrase(ctx, segment), 'attribution:according-to', 0.85),
    () => found(cueIn(ctx, segment, seg.start, span.open, 'last', false), 'attribution:reporting-clause', 0.75),
    () => found(cueIn(ctx, segment, postStart, seg.end, 'first', false), 'attribution:reporting-clause', 0.7),
    () => {
      // "US President Barack Obama tweeted using his account:" ends the previous paragraph.
      if (segment === 0 || span.open > seg.start + 1) return null;
      const prev = ctx.segments[segment - 1];
      if (!/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
      return found(cueIn(ctx, segment - 1, prev.start, prev.end, 'last', false), 'attribution:colon-before-paragraph', 0.75);
    },
  ];
  // Guesses only for quotes with no reporting verb of their own: "…,” he said" with no
  // antecedent, or "…,” one engineer said", stays null rather than going to someone nearby.
  if (!hasOwnCue(ctx, segment, prevClose, span.open, postStart, nextOpen)) {
    sieve.push(
      () => continuation(ctx, span, segment),
      () => answerToQuestion(ctx, span, segment),
      () => nearestPerson(ctx, span, segment, inner),
    );
  }
  for (const step of sieve) {
    const a = step();
    if (a) return a;
  }
  return { speakerId: null, addresseeId: null, rule: 'attribution:none', confidence: 0.5 };
}

/**
 * A speech verb right next to the quote (within four words after it, or ending the words
 * before it) whose subject is a pronoun or a common noun ("he said", "one engineer said").
 * A capitalised subject that is no known entity ("Water said", a misspelt name) does not
 * count: the quote may still go to the speaker it continues.
 */
function hasOwnCue(ctx: Context, segment: number, preStart: number, open: number, postStart: number, postEnd: number): boolean {
  const { words, verbs } = segmentWords(ctx, segment);
  const named = (ws: Word[]): boolean => ws.some((x) => /^\p{Lu}/u.test(x.text) && !PRONOUNS.has(x.lower));
  for (const v of verbs) {
    const w = words[v];
    if (w.start >= postStart && w.end <= postEnd) {
      const gap = words.filter((x) => x.start >= postStart && x.end <= w.start);
      if (gap.length <= 4) return !named(gap.length > 0 ? gap : words.filter((x) => x.start >= w.end && x.end <= postEnd).slice(0, 1));
    }
    if (w.start >= preStart && w.end <= open && /^[\s,:;\u2014\u2013-]*(that\s*)?$/i.test(ctx.text.slice(w.end, open))) {
      return !named(words.filter((x) => x.start >= preStart && x.end <= w.start).slice(-3));
    }
  }
  return false;
}

/** A quote that opens its sentence right after an attributed quote of the same or the previous paragraph. */
function continuation(ctx: Context, span: QuoteSpan, segment: number): Attribution | null {
  const seg = ctx.segments[segment];
  const opensSentence = span.open <= seg.start + 1;
  const reportedBefore = ctx.reported.get(segment - 1);
  if (opensSentence && reportedBefore && segment > 0 && ctx.segments[segment - 1].paragraph === seg.paragraph) {
    // "Wilkins also said Warhol was a businessman. “As a way to…”" -- the quote carries the report on.
    return { speakerId: reportedBefore, addresseeId: null, rule: 'attribution:continues-reported-speech', confidence: 0.65 };
  }
  const last = ctx.decided[ctx.decided.length - 1];
  if (!last || !last.speakerId) return null;
  if (span.open > seg.start + 1 && !(span.open < seg.start)) return null;
  const lastSeg = ctx.segments[last.segment];
  const gapParagraphs = seg.paragraph - lastSeg.paragraph;
  if (gapParagraphs > 1 || segment - last.segment > 2) return null;
  if (gapParagraphs === 1 && last.segment !== segment - 1) return null;
  const inner = ctx.text.slice(span.start, span.end);
  // Short quotes are usually scare quotes, unless they are a whole sentence right after the speaker's.
  const wholeSentenceNext = last.segment === segment - 1 && gapParagraphs === 0 && /[.!?]$/.test(inner);
  if (wordCount(inner) < 3 && !wholeSentenceNext) return null;
  return { speakerId: last.speakerId, addresseeId: null, rule: 'attribution:continuation', confidence: 0.7 };
}

/** "Why did she want to go? “It's Warhol.”" -- the quote answers a question about the person in it. */
function answerToQuestion(ctx: Context, span: QuoteSpan, segment: number): Attribution | null {
  const seg = ctx.segments[segment];
  if (segment === 0 || span.open > seg.start + 1) return null;
  const prev = ctx.segments[segment - 1];
  if (prev.paragraph !== seg.paragraph || !/\?\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const person = segmentWords(ctx, segment - 1).cands.find((c) => (c.kind === 'pronoun' && /^(he|she)$/.test(c.word)) || c.mention?.type === 'Person');
  const speakerId = person ? resolve(ctx, person, segment - 1) : null;
  return speakerId ? { speakerId, addresseeId: null, rule: 'attribution:answer-to-question', confidence: 0.5 } : null;
}

/** Last resort: the nearest person named in the quote's sentence, for quotes that read like speech. */
function nearestPerson(ctx: Context, span: QuoteSpan, segment: number, inner: string): Attribution | null {
  if (wordCount(inner) < 4) return null;
  const seg = ctx.segments[segment];
  let best: IndexedMention | null = null;
  let bestDistance = Infinity;
  for (const m of ctx.index.within(seg.start, seg.end)) {
    if (m.pronoun || m.type !== 'Person' || insideQuote(ctx, m.start)) continue;
    const d = m.start >= span.close ? m.start - span.close : span.open - m.end;
    if (d >= 0 && d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  if (best) return { speakerId: best.entityId, addresseeId: null, rule: 'attribution:nearest-person', confidence: 0.3 };
  // A quote opening its paragraph's second sentence: the last person named just before, lower still.
  if (segment > 0 && span.open <= seg.start + 1 && ctx.segments[segment - 1].paragraph === seg.paragraph) {
    const prev = ctx.segments[segment - 1];
    const last = ctx.index.before(prev.end, prev.start).find((m) => !m.pronoun && m.type === 'Person' && !insideQuote(ctx, m.start));
    if (last) return { speakerId: last.entityId, addresseeId: null, rule: 'attribution:nearest-person-before', confidence: 0.2 };
  }
  return null;
}

/** A "you" quote in reply to someone, or after someone's question, is addressed to them. */
function impliedAddressee(ctx: Context, span: QuoteSpan, segment: number, a: Attribution): string | null {
  if (!/\byou\b/i.test(ctx.text.slice(span.start, span.end)) || !a.speakerId) return null;
  const prev = ctx.decided[ctx.decided.length - 1];
  if (prev && prev.speakerId && prev.speakerId !== a.speakerId && segment - prev.segment <= 2) {
    const prevText = ctx.text.slice(prev.span.start, prev.span.end);
    if (/\?$/.test(prevText) || prev.verb === 'asked' || prev.verb === 'asks') return prev.speakerId;
  }
  if (a.verb && REPLY.has(a.verb)) {
    for (let s = segment - 1; s >= Math.max(0, segment - 2); s--) {
      const seg = ctx.segments[s];
      for (const m of ctx.index.within(seg.start, seg.end)) {
        if (m.pronoun || m.type !== 'Person' || m.entityId === a.speakerId || insideQuote(ctx, m.start)) continue;
        return m.entityId;
      }
    }
  }
  return null;
}

/** "Kerry said the U.S. and Russia will press for…" -> an indirect quote of Kerry. */
function reportedSpeech(ctx: Context, segment: number): { speakerId: string | null; span: Span; cue: Span } | null {
  const seg = ctx.segments[segment];
  const { words, cands } = segmentWords(ctx, segment);
  for (let v = 0; v < words.length && v < 25; v++) {
    if (!REPORTING.has(words[v].text)) continue;
    const subject = subjectOf(ctx, seg.start, words, v, cands);
    if (!subject || subject.start > words[v].start) return null;
    let k = v + 1;
    const addressee = cands.find((c) => c.start >= words[v].end && /^\s+(the\s+)?$/i.test(ctx.text.slice(words[v].end, c.start)));
    if (ADDRESSEE.has(words[v].lower) && addressee) {
      while (k < words.length && words[k].start < addressee.end) k++;
    }
    if (k < words.length && words[k].lower === 'that') k++;
    if (k >= words.length || words.length - k < 3) return null;
    let end = seg.end;
    while (end > words[k].start && /[.!?;:,\s]/.test(ctx.text[end - 1])) end--;
    const speakerId = resolve(ctx, subject, segment);
    return { speakerId, span: { start: words[k].start, end }, cue: { start: subject.start, end: words[v].end } };
  }
  return null;
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  return spanAt(sentences, offset)?.index ?? 0;
}

/** Quote ranges [open, close] merged so that nested quotes do not break the binary search. */
function disjointRanges(spans: QuoteSpan[]): Array<[number, number]> {
  const sorted = spans.map((q) => [q.open, q.close] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function roleHolderIndex(entities: ExtractedEntity[]): Map<string, string[]> {
  // Sets while collecting: thousands of "minister"s would make list.includes quadratic.
  const holders = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    for (const r of e.roles ?? []) {
      const head = r.title.toLowerCase().split(/\s+/).pop();
      if (!head || head.length < 3) continue;
      const set = holders.get(head) ?? new Set<string>();
      set.add(e.id);
      holders.set(head, set);
    }
  }
  return new Map([...holders].map(([head, ids]) => [head, [...ids]]));
}

export function attributeQuotes(doc: NormalizedText, sentences: Sentence[], spans: QuoteSpan[], entities: ExtractedEntity[]): ExtractedQuote[] {
  const text = doc.text;
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const segments = splitSegments(text, ordered);
  if (segments.length === 0) return [];
  const ctx: Context = {
    text,
    index: new MentionIndex(entities),
    segments,
    quoteRanges: disjointRanges(ordered),
    decided: [],
    roleHolders: roleHolderIndex(entities),
    reported: new Map(),
    bySegment: new Map(),
    positionInSegment: new Map(),
    organisationByWord: new Map(),
    memo: new Map(),
    sources: new Map(),
    genders: new Map(),
  };
  for (const q of ordered) {
    const seg = segmentAt(segments, Math.max(0, q.open));
    const list = ctx.bySegment.get(seg) ?? [];
    ctx.positionInSegment.set(q, list.length);
    list.push(q);
    ctx.bySegment.set(seg, list);
  }
  const quoted = new Set(ctx.bySegment.keys());
  const reported: Array<{ speakerId: string; span: Span; cue: Span; segment: number }> = [];
  for (const seg of segments) {
    if (quoted.has(seg.index)) continue;
    const r = reportedSpeech(ctx, seg.index);
    if (!r || !r.speakerId) continue;
    reported.push({ speakerId: r.speakerId, span: r.span, cue: r.cue, segment: seg.index });
    ctx.reported.set(seg.index, r.speakerId);
  }
  const drafts: Array<Omit<ExtractedQuote, 'id'>> = [];
  for (const span of ordered) {
    const segment = segmentAt(segments, Math.max(0, span.open));
    let a: Attribution;
    try {
      a = attributeOne(ctx, span, segment);
    } catch {
      a = { speakerId: null, addresseeId: null, rule: 'attribution:error', confidence: 0 };
    }
    const addresseeId = a.addresseeId ?? impliedAddressee(ctx, span, segment, a);
    ctx.decided.push({ span, segment, speakerId: a.speakerId, verb: a.verb });
    const aboutIds = [...new Set(ctx.index.within(span.start, span.end).map((m) => m.entityId))];
    drafts.push({
      start: span.start,
      end: span.end,
      text: doc.original.slice(span.start, span.end),
      direct: true,
      speakerId: a.speakerId,
      addresseeId,
      aboutIds,
      sentence: span.sentence,
      rule: a.rule,
      confidence: Math.max(0, Math.min(1, a.confidence * span.confidence)),
      ...(a.cue ? { cue: a.cue } : {}),
    });
  }
  for (const r of reported) {
    drafts.push({
      start: r.span.start,
      end: r.span.end,
      text: doc.original.slice(r.span.start, r.span.end),
      direct: false,
      speakerId: r.speakerId,
      addresseeId: null,
      aboutIds: [...new Set(ctx.index.within(r.span.start, r.span.end).map((m) => m.entityId))],
      sentence: sentenceIndexAt(sentences, r.span.start),
      rule: 'attribution:reported-speech',
      confidence: 0.6,
      cue: r.cue,
    });
  }
  drafts.sort((a, b) => a.start - b.start);
  return drafts.map((d, i) => ({ id: `q${i + 1}`, ...d }));
}
