/**
 * Pass 4: name mentions with a type, the rule that typed them and a
 * confidence. It works on runs of capitalised words in each sentence and
 * applies, in this order (earlier rules are more specific):
 *   1 dateline places and sources ("Reuters, Moscow :")
 *   2 trimming: function words, sentence-initial common words ("The", "Images")
 *   3 splitting runs at "and", "at", "on", "of" unless the run is an
 *     organisation name ("University of Kent", "Museum of Art")
 *   4 titles ("U.S. Secretary of State John Kerry" -> Person "John Kerry",
 *     title "Secretary of State", of "U.S." which is itself a Location mention)
 *   5 typing by sites, gazetteer, facility/geo/org words, given names, role
 *     nouns, reporting verbs and place prepositions.
 * Single capitalised words with no cue are marked `weak`: coreference keeps
 * them only when they match a confident entity or recur.
 */
import type { MentionCandidate, QuoteSpan } from '../annotations';
import { demonymCountry, lookupPlace, type Place } from '../gazetteer/places';
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { EXAMPLE_CLASS_NOUNS } from '../lexicon/class-nouns';
import { COMMON_WORDS } from '../lexicon/common-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import {
  CAPTION_LABELS,
  CONNECTORS,
  GEO_OPENERS,
  GEO_TRAILING_NOUNS,
  GROUP_ADJECTIVES,
  JOINERS,
  LEGISLATURES,
  MEDIA_HEADS,
  NAME_FORMING_WORDS,
  NAME_PARTICLES,
  NOT_PERSON_WORDS,
  OF_PLACE_NOUNS,
  OF_WORDS,
  ORG_LEADING_NOUNS,
  PAST_VERBS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  TRAVEL_VERBS,
} from '../lexicon/name-cues';
import { NON_NAME_WORDS } from '../lexicon/function-words';
import { COMPANY_HEADS, DESCRIPTIVE_ORG_HEADS, GEO_HEADS, ORG_ACRONYMS, RANKING_ADJECTIVES, ORG_HEADS, ORG_OPENERS, ORG_TRAILING_NOUNS, SITE_HEADS, WELL_KNOWN_SITES } from '../lexicon/org-words';
import { SPEECH_VERB_FORMS } from '../lexicon/speech-verbs';
import { FORMAL_TITLES, GENDERED_TITLES, ROLE_NOUNS } from '../lexicon/titles';
import type { EntityType, LocationInfo, LocationKind, Sentence, Span } from '../types';
import type { NormalizedText } from './01-normalize';
import { isCapitalised, tokenize, type Token } from './tokens';

/** Name particles ("Bashar al-Assad", "Ludwig van Beethoven"). */
const PARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|bin|ibn|abu)-\p{L}/iu;
const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,})$/;
const MAX_RUN = 14;
const KNOWN_ORG_NAMES = new Set(Object.values(ORG_ACRONYMS).map((n) => n.toLowerCase()));
// Maps for the hot path: dictionary-mode object look-ups with arbitrary words are slow.
const SITES = new Map(Object.entries(WELL_KNOWN_SITES));
const ACRONYM_NAMES = new Map(Object.entries(ORG_ACRONYMS));
const GENDER_BY_TITLE = new Map(Object.entries(GENDERED_TITLES));
/** "Smith said", "said Smith": a reporting verb next to a name makes it a speaker. */
const REPORTING_VERBS = new Set(SPEECH_VERB_FORMS.filter((v) => /(?:s|ed|id|ld|te|ke|ote)$/.test(v)));

const TITLES_BY_LENGTH: string[][] = (() => {
  const out: string[][] = [];
  for (const t of FORMAL_TITLES) {
    const words = t.replace(/\./g, '').split(/\s+/);
    (out[words.length] ??= []).push(words.join(' '));
  }
  return out;
})();
const TITLE_SET = new Set(FORMAL_TITLES.map((t) => t.replace(/\./g, '')));
/** First words of titles: most tokens fail this one look-up before any title matching. */
const TITLE_FIRST_WORDS = new Set(FORMAL_TITLES.map((t) => t.replace(/\./g, '').split(/\s+/)[0]));
const MAX_TITLE_WORDS = TITLES_BY_LENGTH.length - 1;

interface DocStats {
  /** Words seen in lower case somewhere: a capitalised one at sentence start is then a common word. */
  lower: Set<string>;
  /** Words seen capitalised away from a sentence start: names in their own right. */
  midCap: Set<string>;
}

interface Context {
  doc: NormalizedText;
  stats: DocStats;
  out: MentionCandidate[];
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function isNameToken(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (t.cap) return !/^\p{Lu}[\p{Lu}\p{N}]{7,}$/u.test(t.text) || t.text.length < 12;
  return PARTICLE.test(t.text);
}

function docStats(sentenceTokens: Token[][]): DocStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  for (const tokens of sentenceTokens) {
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      if (!t.cap) lower.add(t.text.toLowerCase());
      else if (!t.first) midCap.add(t.text);
    }
  }
  return { lower, midCap };
}

function locationInfo(place: Place): LocationInfo {
  return {
    kind: place.kind,
    countryCode: place.countryCode,
    latitude: place.latitude,
    longitude: place.longitude,
    gazetteerId: place.gazetteerId,
    withinId: null,
    withinName: place.withinName,
  };
}

/** Location facts for a place the gazetteer does not know (a site, a feature, a cue-typed name). */
function otherLocation(kind: LocationKind, withinName: string | null = null, countryCode: string | null = null): LocationInfo {
  return { kind, countryCode, latitude: null, longitude: null, gazetteerId: null, withinId: null, withinName };
}

function words(tokens: Token[]): string[] {
  return tokens.filter((t) => t.kind === 'word').map((t) => t.text);
}

function isOrgLike(ws: string[]): boolean {
  if (ws.length < 2) return false;
  if (ORG_OPENERS.has(ws[0]) || GEO_OPENERS.has(ws[0])) return true;
  return ws.some((w, i) => i > 0 && ORG_HEADS.has(w));
}

/**
 * "Example Energy", "Example Shipping": a sector word closing a name after a word
 * that is no country or demonym ("Chilean Energy Minister" holds a portfolio).
 */
function isCompanyName(ws: string[]): boolean {
  if (ws.length < 2 || !COMPANY_HEADS.has(ws[ws.length - 1])) return false;
  // "Somali State Railways": with a word between them the place names whose company it is.
  return ws.length > 2 || !demonymCountry(ws[0]) && lookupPlace(ws[0])?.kind !== 'COUNTRY' && !TITLE_SET.has(ws[0].toLowerCase());
}

/**
 * "Chilean Finance Minister Ann Lee and Bo Vik": the "and" after a titled name
 * (a title then only name words) ends that person; the index of the "and", or -1.
 */
function andAfterTitledName(all: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (all[k].text !== 'and' || !isNameToken(all[k + 1])) continue;
    for (let t = from; t < k - 1; t++) {
      const end = matchTitle(all, t);
      if (end <= t || end >= k) continue;
      let names = true;
      for (let n = end; n < k && names; n++) names = all[n].kind === 'word' && all[n].cap && matchTitle(all, n) === n;
      if (names) return k;
    }
  }
  return -1;
}

/** The longest formal title starting at token index `i` (dots ignored): its end index (exclusive). */
function matchTitle(tokens: Token[], i: number): number {
  const head = tokens[i];
  if (!head || head.kind !== 'word' || !TITLE_FIRST_WORDS.has(head.text.toLowerCase())) return i;
  const seq: string[] = [];
  const ends: number[] = [];
  for (let j = i; j < tokens.length && seq.length < MAX_TITLE_WORDS; j++) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (t.text === '.' && seq.length > 0) {
        ends[seq.length - 1] = j + 1;
        continue;
      }
      if (t.text === '-' ) continue;
      break;
    }
    seq.push(t.text.toLowerCase());
    ends.push(j + 1);
  }
  for (let n = seq.length; n >= 1; n--) {
    if (TITLE_SET.has(seq.slice(0, n).join(' '))) return ends[n - 1];
  }
  return i;
}

function nextWordAfter(all: Token[], idx: number): Token | undefined {
  for (let j = idx + 1; j < all.length && j <= idx + 2; j++) if (all[j].kind === 'word') return all[j];
  return undefined;
}

function cueAfter(all: Token[], lastIdx: number): { word: string; token: Token | undefined; comma: boolean } {
  let j = lastIdx + 1;
  let comma = false;
  if (all[j]?.text === "'s") {
    // "Google's headquarters": the noun after the possessive is the cue.
    const t = all[j + 1];
    return { word: t && t.kind === 'word' && ORG_TRAILING_NOUNS.has(t.text.toLowerCase()) ? t.text.toLowerCase() : "'s", token: all[j], comma };
  }
  if (all[j]?.text === ',') {
    comma = true;
    j++;
  }
  const t = all[j];
  return { word: t && t.kind === 'word' ? t.text.toLowerCase() : '', token: t, comma };
}

function wordBefore(all: Token[], firstIdx: number): string {
  const t = all[firstIdx - 1];
  return t && t.kind === 'word' ? t.text.toLowerCase() : '';
}

interface Piece {
  /** Indices into the sentence's tokens, inclusive. */
  from: number;
  to: number;
}

export function findEntityMentions(doc: NormalizedText, sentences: Sentence[], _quotes: QuoteSpan[]): MentionCandidate[] {
  const text = doc.text;
  const sentenceTokens = sentences.map((s) => tokenize(text, s));
  const ctx: Context = { doc, stats: docStats(sentenceTokens), out: [] };
  const dateline = doc.datelineSpan ?? null;

  sentences.forEach((sentence, si) => {
    const all = sentenceTokens[si];
    let i = 0;
    if (dateline && dateline.start >= sentence.start && dateline.start < sentence.end) {
      i = datelineMentions(ctx, all, sentence, dateline);
    }
    while (i < all.length) {
      const t = all[i];
      // "501st Legion": an ordinal opens a name when a capitalised word follows.
      // "#Hashtag" and "@handle" are not names.
      if (isWord(t) && i > 0 && (all[i - 1].text === '#' || all[i - 1].text === '@') && all[i - 1].end === t.start) {
        i++;
        continue;
      }
      const ordinal = isWord(t) && t.text.charCodeAt(0) <= 57 && /^\p{N}+(?:st|nd|rd|th)$/u.test(t.text) && isNameToken(all[i + 1]) && all[i + 1].start === t.end + 1;
      if (!isNameToken(t) && !ordinal) {
        i++;
        continue;
      }
      let j = i;
      let connectors = 0;
      for (let k = i + 1; k < all.length && k - i < MAX_RUN; k++) {
        const u = all[k];
        if (isNameToken(u)) {
          // "Court of Cassation on July 8": a date after a connector is not part of the name.
          if (connectors > 0 && NON_NAME_WORDS.has(u.text.toLowerCase())) break;
          j = k;
          connectors = 0;
          continue;
        }
        // "Mr. Smith", "John F. Kennedy": the dot of an abbreviation or initial stays inside.
        if (u.text === '.' && k === j + 1 && (ABBREVIATIONS.has(all[j].text.toLowerCase()) || /^\p{Lu}$/u.test(all[j].text)) && isNameToken(all[k + 1])) {
          connectors++;
          continue;
        }
        const lw = u.text.toLowerCase();
        const isNum = u.kind === 'word' && /^\p{N}+$/u.test(u.text);
        if ((CONNECTORS.has(lw) && (u.kind === 'word' || u.text === '&' || (u.text === '-' && text[u.start - 1] === ' '))) || isNum) {
          connectors++;
          if (connectors > 2) break;
          continue;
        }
        break;
      }
      processRun(ctx, all, { from: i, to: j }, si);
      i = j + 1;
    }
  });
  linkAcronyms(ctx.out, text);
  coordinate(ctx.out, text);
  exemplified(ctx.out, text);
  regionAfterCity(ctx.out, text);
  sentences.forEach((sentence, si) => speakingBody(ctx, sentenceTokens[si], si));
  // Mention texts are slices of the original (the normalised view may have blanked noise inside a span).
  for (const c of ctx.out) {
    c.text = doc.original.slice(c.start, c.end);
  }
  // A Title Case Headline Capitalises Every Word: its names count only where the body confirms them.
  const title = doc.titleSpan;
  if (title && isTitleCase(text.slice(title.start, title.end))) {
    for (const c of ctx.out) if (c.start >= title.start && c.end <= title.end && !c.location?.gazetteerId) c.weak = true;
  }
  return ctx.out;
}

const SPEECH_FORMS = new Set(SPEECH_VERB_FORMS);

/**
 * "The main Norland opposition group urged X to “…”": a descriptive organisation
 * phrase (the, ranking adjectives, a demonym, up to two lower-case modifiers, an
 * organisation head) that opens its sentence and is followed by a verb, in a
 * sentence with a quotation or a speech verb. It is the speaker there and nowhere
 * a name, so only the subject position of speech counts.
 */
function speakingBody(ctx: Context, all: Token[], si: number): void {
  if (all.length < 5 || all[0].text !== 'The') return;
  let k = 1;
  while (k < all.length && k <= 3 && RANKING_ADJECTIVES.has(all[k].text)) k++;
  const demonym = all[k];
  if (!isWord(demonym) || !isCapitalised(demonym.text) || !demonymCountry(demonym.text)) return;
  let h = k + 1;
  while (h < all.length && h <= k + 3 && !DESCRIPTIVE_ORG_HEADS.has(all[h].text)) {
    if (!isWord(all[h]) || !/^\p{Ll}+$/u.test(all[h].text) || NON_NAME_WORDS.has(all[h].text) || FUNCTION_LIKE.has(all[h].text)) return;
    h++;
  }
  const head = all[h];
  const verb = all[h + 1];
  if (!head || !DESCRIPTIVE_ORG_HEADS.has(head.text) || !isWord(verb) || !/^\p{Ll}+$/u.test(verb.text) || FUNCTION_LIKE.has(verb.text)) return;
  const rest = ctx.doc.text.slice(verb.start, all[all.length - 1].end);
  const speaks = /[\u201c\u201d"]/.test(rest) || all.some((t, i) => i > h && SPEECH_FORMS.has(t.text));
  if (!speaks) return;
  const start = all[1].start;
  const end = head.end;
  if (ctx.out.some((m) => m.start < end && m.end > start && m.type !== 'Location')) return;
  ctx.out = ctx.out.filter((m) => !(m.start >= start && m.end <= end));
  const at = ctx.out.findIndex((m) => m.start > start);
  const mention: MentionCandidate = { start, end, text: ctx.doc.text.slice(start, end), type: 'Organization', sentence: si, rule: 'entities:speaking-body', confidence: 0.7 };
  ctx.out.splice(at < 0 ? ctx.out.length : at, 0, mention);
}

/** Words after a noun that show it is not a subject ("group of", "union and"). */
const FUNCTION_LIKE: ReadonlySet<string> = new Set(['of', 'and', 'or', 'in', 'at', 'on', 'for', 'to', 'with', 'by', 'from', 'that', 'which', 'who', 'the', 'a', 'an', 's']);

const isBlank = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * "Geneva, Switzerland (Reuters) -" -> "Geneva, Switzerland": the dateline without its
 * agency and separator. A scan back from the end: the regex it replaces,
 * \s*(?:\([^)]*\))?\s*(?::|--?|—|–)\s*$, is cubic on a run of spaces.
 */
export function datelineSegmentsText(s: string): string {
  let end = s.length;
  while (isBlank(s[end - 1])) end--;
  const sep = s[end - 1];
  if (sep === ':' || sep === '—' || sep === '–') end--;
  else if (sep === '-') end -= s[end - 2] === '-' ? 2 : 1;
  else return s;
  while (isBlank(s[end - 1])) end--;
  if (s[end - 1] === ')') {
    // The earliest "(" after the previous ")": what the regex's leftmost match would take.
    let open = -1;
    for (let i = end - 2; i >= 0 && s[i] !== ')'; i--) if (s[i] === '(') open = i;
    if (open >= 0) {
      end = open;
      while (isBlank(s[end - 1])) end--;
    }
  }
  return s.slice(0, end);
}

/** A dateline segment that is the filing date ("May 4", "May 4, 2015"), not a name. */
const FILING_DATE = /^\p{Lu}\p{Ll}{2,8}\.? \p{N}{1,2}$|^\p{N}{4}$/u;

/**
 * "SANTO DOMINGO, May 4 (Reuters) -": a capitalised name in parentheses closing a
 * dateline is the wire agency that filed the story, an organisation. Returns its
 * span (inside the parentheses), or null. One scan of the (bounded) dateline.
 */
export function datelineAgency(text: string, dateline: Span): Span | null {
  const close = text.lastIndexOf(')', dateline.end - 1);
  if (close < dateline.start) return null;
  const open = text.lastIndexOf('(', close);
  if (open < dateline.start) return null;
  let start = open + 1;
  let end = close;
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  const name = text.slice(start, end);
  if (!/^\p{Lu}/u.test(name) || NON_NAME_WORDS.has(name.toLowerCase()) || lookupPlace(name)) return null;
  return { start, end };
}

/** Dateline segments: places become Locations, other names (the agency) Organizations. */
function datelineMentions(ctx: Context, all: Token[], sentence: Sentence, dateline: Span): number {
  const text = ctx.doc.text;
  let i = 0;
  while (i < all.length && all[i].start < dateline.end) i++;
  const segmentText = datelineSegmentsText(text.slice(dateline.start, dateline.end));
  let offset = dateline.start;
  for (const seg of segmentText.split(', ')) {
    const start = offset;
    const end = offset + seg.length;
    offset = end + 2;
    // "PARIS, May 4 (Agency) -": the filing date is no name.
    if (!seg.trim() || FILING_DATE.test(seg)) continue;
    const place = lookupPlace(seg);
    if (place) {
      ctx.out.push({ start, end, text: seg, type: 'Location', sentence: sentence.index, rule: 'entities:dateline-place', confidence: 0.95, location: locationInfo(place) });
    } else if (start === ctx.doc.datelinePlaceSpan?.start) {
      // Normalisation took this unknown capitalised segment for the dateline's place.
      ctx.out.push({ start, end, text: seg, type: 'Location', sentence: sentence.index, rule: 'entities:dateline-place-unknown', confidence: 0.75, location: otherLocation('CITY') });
    } else if (/^\p{Lu}/u.test(seg) && !NON_NAME_WORDS.has(seg.toLowerCase())) {
      ctx.out.push({ start, end, text: seg, type: 'Organization', sentence: sentence.index, rule: 'entities:dateline-source', confidence: 0.7 });
    }
  }
  const agency = datelineAgency(text, dateline);
  if (agency) ctx.out.push({ ...agency, text: text.slice(agency.start, agency.end), type: 'Organization', sentence: sentence.index, rule: 'entities:dateline-agency', confidence: 0.85 });
  // The word after the dateline opens the sentence proper.
  if (all[i]) all[i] = { ...all[i], first: true };
  return i;
}

/** Trim, split and type one run of capitalised words. */
function processRun(ctx: Context, all: Token[], run: Piece, si: number): void {
  let { from, to } = run;
  const { stats } = ctx;
  // Leading function words and calendar words: "The Guardian", "In Italy", "On Monday".
  // An all-caps word is an acronym, not the function word it spells ("US", "IT").
  const leadingNoise = (t: Token): boolean =>
    t.kind === 'punct' || CONNECTORS.has(t.text.toLowerCase()) || (NON_NAME_WORDS.has(t.text.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(t.text));
  while (from <= to && leadingNoise(all[from])) from++;
  // Trailing caption labels and dates: "Ahmed Image", "Questions Wednesday".
  while (to >= from && (all[to].kind === 'punct' || (CONNECTORS.has(all[to].text.toLowerCase()) && !all[to].cap) || /^\p{N}+$/u.test(all[to].text) || (to > from && leadingNoise(all[to])))) to--;
  if (from > to) return;
  const first = all[from];
  if (first.first || from > run.from) {
    // A capitalised common word at sentence start ("Police arrested", "Images of") is not a name.
    const w = first.text;
    const known = FIRST_NAMES.has(w) || stats.midCap.has(w) || (lookupPlace(w) !== null && !lookupPlace(w)!.ambiguous) || demonymCountry(w) !== null || TITLE_SET.has(w.toLowerCase().replace(/\./g, ''));
    // "Researchers at the Example Institute": a plural opening the sentence before a connector is a common noun.
    const pluralBeforeConnector = /[^s]s$/.test(w) && from < to && /^(?:at|of|for|from|in)$/.test(all[from + 1].text);
    if (!known && (stats.lower.has(w.toLowerCase()) || /(?:ing|ed|ly)$/.test(w) || pluralBeforeConnector)) {
      processRun(ctx, all, { from: from + 1, to }, si);
      return;
    }
  }
  // "Reporter Ann Lee" at a sentence start: the role noun is a cue, not part of the name.
  if (from < to && all[from].first && ROLE_NOUNS.has(all[from].text.toLowerCase()) && !TITLE_SET.has(all[from].text.toLowerCase()) && isNameToken(all[from + 1]) && (FIRST_NAMES.has(all[from + 1].text) || personShaped(words(all.slice(from + 1, to + 1)), stats))) {
    processRun(ctx, all, { from: from + 1, to }, si);
    return;
  }
  // "United Nations High Commissioner for Refugees", "European Commission President Ann Lee":
  // a title inside the run ends the organisation before it.
  // "Ann Lee and Bo Vik" where a title precedes Ann Lee: two people even in an organisation-like run.
  const and = andAfterTitledName(all, from, to);
  if (and > 0) {
    processRun(ctx, all, { from, to: and - 1 }, si);
    processRun(ctx, all, { from: and + 1, to }, si);
    return;
  }
  for (let k = from + 2; k <= to; k++) {
    if (!all[k].cap || matchTitle(all, k) === k) continue;
    const left = words(all.slice(from, k));
    if (isOrgLike(left) || isCompanyName(left) || KNOWN_ORG_NAMES.has(left.join(' ').toLowerCase())) {
      const orgAt = ctx.out.length;
      processRun(ctx, all, { from, to: k - 1 }, si);
      const org = ctx.out.slice(orgAt).find((m) => m.type === 'Organization' && m.end === all[k - 1].end);
      const personAt = ctx.out.length;
      processRun(ctx, all, { from: k, to }, si);
      // "Example Assembly Chairman Ann Lee": the title is held in that organisation.
      const person = ctx.out.slice(personAt).find((m) => m.type === 'Person' && m.title && !m.titleOf);
      if (org && person) {
        person.titleOf = org.text;
        person.titleOfSpan = { start: org.start, end: org.end };
      }
      return;
    }
  }
  const ws = words(all.slice(from, to + 1));
  const split = isOrgLike(ws) ? splitOrgRun(all, from, to, stats) : null;
  if (split) {
    processRun(ctx, all, { from, to: split[0] }, si);
    processRun(ctx, all, { from: split[1], to }, si);
    return;
  }
  if (!isOrgLike(ws)) {
    // "Putin and Kerry", "John Kerry on Thursday": two names, not one.
    for (let k = from; k <= to; k++) {
      const lw = all[k].text.toLowerCase();
      if (JOINERS.has(lw) && !all[k].cap) {
        processRun(ctx, all, { from, to: k - 1 }, si);
        processRun(ctx, all, { from: k + 1, to }, si);
        return;
      }
    }
  }
  titledName(ctx, all, { from, to }, si);
}

/**
 * Where an organisation-like run holds two names: "Museum at the University of
 * X" (at), "X District and the Y Department" (and + a complete name each side),
 * "Ann Lee of Example Magazine" (a person of an organisation), "Example
 * Council Ann Lee" (a person right after an organisation). Returns the end of
 * the left name and the start of the right one, or null.
 */
function splitOrgRun(all: Token[], from: number, to: number, stats: DocStats): [number, number] | null {
  const complete = (a: number, b: number): boolean => {
    const ws = words(all.slice(a, b + 1)).filter((w) => w !== 'the');
    if (ws.length === 0) return false;
    if (ORG_HEADS.has(ws[ws.length - 1]) || isOrgLike(ws) || (ws.length === 1 && ACRONYM.test(ws[0]))) return true;
    const place = lookupPlace(ws.join(' '));
    return place !== null && (place.kind !== 'CITY' || place.population >= 1_000_000);
  };
  const personLike = (a: number, b: number): boolean => {
    const toks = all.slice(a, b + 1);
    const ws = words(toks);
    if (ws.some((w) => ORG_HEADS.has(w) || ORG_OPENERS.has(w) || SITE_HEADS.has(w) || demonymCountry(w) || lookupPlace(w)?.kind === 'COUNTRY')) return false;
    return ws.length >= 2 && ws.length <= 3 && toks.every((t) => t.kind === 'word' && t.cap) && (FIRST_NAMES.has(ws[0]) || personShaped(ws, stats));
  };
  // "... at Example University Ann Lee heard": a person's name between an organisation and a verb.
  const verb = all[to + 1]?.kind === 'word' ? all[to + 1].text : '';
  if (to - from >= 3 && (REPORTING_VERBS.has(verb) || /^[a-z]+ed$/.test(verb) || PAST_VERBS.has(verb)) && personLike(to - 1, to) && complete(from, to - 2)) return [to - 2, to - 1];
  for (let k = from + 1; k < to; k++) {
    if (all[k].text === 'at' && complete(from, k - 1) && complete(k + 1, to)) return [k - 1, k + 1];
  }
  for (let k = from + 1; k < to; k++) {
    const w = all[k].text;
    let capEnd = k + 1;
    while (capEnd + 1 <= to && all[capEnd + 1].cap && capEnd - k < 3) capEnd++;
    if ((w === 'and' || w === '&') && complete(from, k - 1) && (all[k + 1]?.text === 'the' || (personLike(k + 1, capEnd) && FIRST_NAMES.has(all[k + 1].text)) || (complete(k + 1, to) && words(all.slice(k + 1, to + 1)).length >= 3))) return [k - 1, k + 1];
    if (w === 'of' && personLike(from, k - 1)) return [k - 1, k + 1];
    if (all[k].cap && ORG_HEADS.has(w) && k - 1 >= from && personLike(k + 1, to)) return [k, k + 1];
  }
  return null;
}

/** Title detection: "[country|demonym] Title Name". */
function titledName(ctx: Context, all: Token[], piece: Piece, si: number): void {
  let { from } = piece;
  const { to } = piece;
  let ofIdx = -1;
  let ofPlace: Place | null = null;
  let ofIsDemonym = false;
  const w0 = all[from].text;
  if (to > from) {
    // "Somali Prime Minister": a demonym that is also a region's name is the demonym before a title.
    const found = lookupPlace(w0);
    const place = found?.kind === 'COUNTRY' ? found : null;
    const dem = place ? null : demonymCountry(w0);
    if (place || dem) {
      const titleEnd = matchTitle(all, from + 1);
      if (titleEnd > from + 1) {
        ofIdx = from;
        ofPlace = place ?? dem;
        ofIsDemonym = !place;
      }
    }
  }
  const titleStart = ofIdx >= 0 ? from + 1 : from;
  // "Chairman of the Example Centre": the title belongs to an unnamed person; the organisation remains.
  const bareTitleEnd = matchTitle(all, from);
  if (bareTitleEnd > from && (all[bareTitleEnd]?.text === 'of' || all[bareTitleEnd]?.text === 'for') && isOrgLike(words(all.slice(bareTitleEnd + 1, to + 1)).filter((w) => w !== 'the'))) {
    processRun(ctx, all, { from: bareTitleEnd + 1, to }, si);
    return;
  }
  // "Doctor Who Society" is an organisation, not Doctor "Who Society".
  let titleEnd = isOrgLike(words(all.slice(from, to + 1))) ? titleStart : matchTitle(all, titleStart);
  // "Minister of Education Ann Lee": the portfolio belongs to the title while a name still follows.
  if (titleEnd > titleStart && (all[titleEnd]?.text === 'of' || all[titleEnd]?.text === 'for')) {
    let k = titleEnd + 1;
    while (k <= to && all[k].cap && !FIRST_NAMES.has(all[k].text) && matchTitle(all, k) === k && to - k >= 2) k++;
    if (k > titleEnd + 1 && k <= to) titleEnd = k;
  }
  if (titleEnd > titleStart) {
    const text = ctx.doc.text;
    if (ofIdx >= 0 && !ofIsDemonym && ofPlace) {
      const t = all[ofIdx];
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: 'Location', sentence: si, rule: 'entities:title-country', confidence: 0.9, location: locationInfo(ofPlace) });
    }
    // Skip a lone dot ("Mr." / "Gen.") after the title.
    let nameFrom = titleEnd;
    while (nameFrom <= to && all[nameFrom].kind === 'punct') nameFrom++;
    if (nameFrom > to || !isNameToken(all[nameFrom])) return;
    const titleWords = text.slice(all[titleStart].start, all[titleEnd - 1].end);
    const key = titleWords.toLowerCase().replace(/\./g, '');
    const honorific = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady)$/.test(key);
    // "Prime Minister Ann Lee of Chile": the place after "of" is whose title it is, not part of the name.
    let nameTo = to;
    let ofTok: Span | null = null;
    if (ofIdx < 0) {
      for (let k = nameFrom + 1; k < to; k++) {
        if (all[k].text !== 'of' || all[k].cap) continue;
        const placeText = text.slice(all[k + 1].start, all[to].end);
        const place = lookupPlace(placeText);
        if (place && (place.kind === 'COUNTRY' || place.kind === 'REGION') && !place.ambiguous) {
          nameTo = k - 1;
          ofTok = { start: all[k + 1].start, end: all[to].end };
          ctx.out.push({ ...ofTok, text: placeText, type: 'Location', sentence: si, rule: 'entities:title-of-place', confidence: 0.9, location: locationInfo(place) });
        } else if (k - nameFrom <= 3) {
          // "Chairman Ann Lee of Example Steel": an organisation there holds the title.
          const orgWords = words(all.slice(k + 1, to + 1));
          if (isOrgLike(orgWords) || isCompanyName(orgWords)) {
            const at = ctx.out.length;
            processRun(ctx, all, { from: k + 1, to }, si);
            const org = ctx.out.slice(at).find((m) => m.type === 'Organization' && m.end === all[to].end);
            nameTo = k - 1;
            if (org) ofTok = { start: org.start, end: org.end };
          }
        }
        break;
      }
    }
    const nameToks = all.slice(nameFrom, nameTo + 1);
    const start = nameToks[0].start;
    const end = nameToks[nameToks.length - 1].end;
    ctx.out.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'Person',
      sentence: si,
      rule: honorific ? 'entities:honorific' : 'entities:title',
      confidence: 0.92,
      title: honorific ? null : titleWords,
      titleOf: ofIdx >= 0 ? all[ofIdx].text : ofTok ? text.slice(ofTok.start, ofTok.end) : null,
      titleOfSpan: ofIdx >= 0 ? { start: all[ofIdx].start, end: all[ofIdx].end } : ofTok ?? undefined,
      nameSpan: { start, end },
      // "Chairman", "spokesman" are said of women too: only the given name tells the gender there.
      gender: (/man$/.test(key) ? FIRST_NAMES.get(nameToks[0].text) : GENDER_BY_TITLE.get(key) ?? FIRST_NAMES.get(nameToks[0].text)) ?? null,
      surface: text.slice(all[ofIdx >= 0 ? ofIdx : titleStart].start, end),
    });
    return;
  }
  // Not a title: "of"-split unless the name is an organisation or a place with "of".
  const ws = words(all.slice(from, to + 1));
  let ofPerson = false;
  if (!isOrgLike(ws) && !lookupPlace(ctx.doc.text.slice(all[from].start, all[to].end))) {
    for (let k = from; k <= to; k++) {
      if (OF_WORDS.has(all[k].text) && !all[k].cap) {
        if (k - 1 >= from) typePiece(ctx, all, { from, to: k - 1 }, si);
        // "Nick Lee of Example Band": what a person is "of" is an organisation (or a place).
        const left = words(all.slice(from, k));
        if (all[k].text === 'of' && left.length >= 2 && left.length <= 3 && (FIRST_NAMES.has(left[0]) || personShaped(left, ctx.stats))) ofPerson = true;
        from = k + 1;
        while (from <= to && OF_WORDS.has(all[from].text)) from++;
      }
    }
  }
  if (from <= to) typePiece(ctx, all, { from, to }, si, ofPerson);
}

/** The type a noun in apposition gives ("X, a school in Y" -> Organization), or null. */
function apposedNoun(all: Token[], to: number): EntityType | null {
  if (all[to + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(all[to + 2]?.text ?? '')) return null;
  for (let k = to + 3; k <= to + 5 && k < all.length; k++) {
    const t = all[k];
    if (t.kind !== 'word') return null;
    const w = t.text.toLowerCase();
    if (ORG_LEADING_NOUNS.has(w) || ORG_TRAILING_NOUNS.has(w) || w === 'school' || w === 'university' || w === 'college') return 'Organization';
    if (PLACE_NOUNS.has(w)) return 'Location';
    if (ROLE_NOUNS.has(w)) return 'Person';
  }
  return null;
}

/**
 * A title in apposition after a name: "Ann Lee, the UN envoy for Syria," ->
 * title "envoy" of "UN"; "Ann Lee, Russia's foreign minister" -> of "Russia".
 */
function apposedTitle(all: Token[], to: number): Pick<MentionCandidate, 'title' | 'titleOf' | 'titleOfSpan'> | null {
  if (all[to + 1]?.text !== ',') return null;
  let k = to + 2;
  if (/^(?:the|a|an)$/i.test(all[k]?.text ?? '')) k++;
  let ofTok: Token | null = null;
  const t = all[k];
  if (t && t.kind === 'word' && t.cap && matchTitle(all, k) === k) {
    // "the UN envoy", "Russia's foreign minister", "the Syrian president".
    if (ACRONYM.test(t.text) || lookupPlace(t.text)?.kind === 'COUNTRY' || demonymCountry(t.text)) {
      ofTok = t;
      k += all[k + 1]?.text === "'s" ? 2 : 1;
    } else return null;
  }
  const end = matchTitle(all, k);
  if (end === k) return null;
  const title = all.slice(k, end).filter((x) => x.kind === 'word').map((x) => x.text).join(' ');
  return { title, titleOf: ofTok?.text ?? null, titleOfSpan: ofTok ? { start: ofTok.start, end: ofTok.end } : undefined };
}

/**
 * Coordinated names share a type: in "the schools Santo Marco and Immacolata"
 * or "Ann Lee, Bo Vik and Quist", an unknown single word next to a typed name
 * (joined by a comma, "and" or "or") takes its type.
 */
function coordinate(out: MentionCandidate[], text: string): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const unknown = (c: MentionCandidate): boolean => c.weak === true && c.rule.startsWith('entities:single-default');
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i];
      const b = sorted[i + 1];
      if (a.sentence !== b.sentence || b.start - a.end > 7) continue;
      if (!/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(a.end, b.start))) continue;
      let known: MentionCandidate | null = null;
      let other: MentionCandidate | null = null;
      if (unknown(a) && !b.weak) [known, other] = [b, a];
      else if (unknown(b) && !a.weak) [known, other] = [a, b];
      // Places come from the gazetteer; an unknown word beside one is no evidence of another.
      if (!known || !other || known.type === 'Location') continue;
      other.type = known.type;
      other.weak = false;
      other.rule = 'entities:coordination';
      other.confidence = 0.5;
    }
  }
}

const EXAMPLE_CUE = /\b(\p{L}\p{Ll}+),?\s+(?:such\s+as|including|like|namely)\s+$/u;

/**
 * "ancient gods, such as Zeus, Hera and Athena": unknown single names listed as
 * examples of a plural class noun take the class's type, and the whole list does.
 */
function exemplified(out: MentionCandidate[], text: string): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const unknown = (c: MentionCandidate): boolean => c.weak === true && c.rule.startsWith('entities:single-default');
  for (let i = 0; i < sorted.length; i++) {
    const cue = EXAMPLE_CUE.exec(text.slice(Math.max(0, sorted[i].start - 40), sorted[i].start));
    const type = cue ? EXAMPLE_CLASS_NOUNS.get(cue[1].toLowerCase()) : undefined;
    if (!type) continue;
    for (let j = i; j < sorted.length; j++) {
      const m = sorted[j];
      if (j > i && (m.sentence !== sorted[j - 1].sentence || !/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(sorted[j - 1].end, m.start)))) break;
      if (!unknown(m)) continue;
      m.type = type;
      m.weak = false;
      m.rule = 'entities:example-of-class';
      m.confidence = 0.55;
    }
  }
}

/**
 * "in Livorno, Tuscany, the court…": an unknown single name set off by commas right
 * after a gazetteer city is the region or country that contains it.
 */
function regionAfterCity(out: MentionCandidate[], text: string): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const city = sorted[i - 1];
    const m = sorted[i];
    if (!(m.weak === true && m.rule.startsWith('entities:single-default')) || city.type !== 'Location' || city.location?.kind !== 'CITY' || city.weak) continue;
    if (text.slice(city.end, m.start) !== ', ' || !/^(?:[,.;:)]|$)/.test(text.slice(m.end, m.end + 1))) continue;
    m.type = 'Location';
    m.weak = false;
    m.rule = 'entities:region-after-city';
    m.confidence = 0.6;
    m.location = otherLocation('REGION');
  }
}

/** No lower-case word of four letters or more: the line is in Title Case. */
function isTitleCase(line: string): boolean {
  const ws = line.match(/\p{L}{4,}/gu) ?? [];
  return ws.length >= 3 && ws.every((w) => isCapitalised(w));
}

/** Type one name and record it. */
function typePiece(ctx: Context, all: Token[], piece: Piece, si: number, ofPerson = false): void {
  const { from, to } = piece;
  const text = ctx.doc.text;
  const toks = all.slice(from, to + 1);
  const ws = words(toks);
  if (ws.length === 0) return;
  const start = toks[0].start;
  const end = toks[toks.length - 1].end;
  const name = text.slice(start, end);
  const bare = name.replace(/^the\s+/i, '');
  const last = ws[ws.length - 1];
  const prev = wordBefore(all, from);
  const prev2 = from >= 2 && all[from - 2].kind === 'word' ? all[from - 2].text.toLowerCase() : '';
  const after = cueAfter(all, to);
  const emit = (type: EntityType, rule: string, confidence: number, extra: Partial<MentionCandidate> = {}): void => {
    const role = type === 'Person' && !extra.title ? apposedTitle(all, to) : null;
    ctx.out.push({ start, end, text: name, type, sentence: si, rule: `entities:${rule}`, confidence, ...extra, ...(role ?? {}) });
  };
  if (ws.length === 1 && ((NON_NAME_WORDS.has(last.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(last)) || last.length < 2)) return;
  if (ws.length === 1 && /^\p{N}/u.test(last)) return;

  // 1 sites that stand for a government, and facilities.
  const site = SITES.get(bare);
  if (site) {
    const city = lookupPlace(site[0]);
    const gazetteerId = `site:${site[1]}:${bare.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    emit('Location', 'site', 0.9, {
      location: { ...otherLocation('SITE', city?.name ?? site[0], site[1]), latitude: city?.latitude ?? null, longitude: city?.longitude ?? null, gazetteerId },
    });
    return;
  }
  // 2 demonyms are not entities ("Russian", "Syrians", "North Korean"); "U.S." is both and a country first.
  const country = lookupPlace(bare);
  if (country?.kind === 'COUNTRY') return emit('Location', 'gazetteer-country', 0.95, { location: locationInfo(country) });
  if (demonymCountry(bare) || (ws.length === 1 && /s$/.test(last) && demonymCountry(last.slice(0, -1)))) return;
  if (ORG_TRAILING_NOUNS.has(after.word) && ws.length >= 2 && !FIRST_NAMES.has(ws[0]) && !lookupPlace(bare)) return emit('Organization', 'org-trailing-noun', 0.75);
  if (ws.length === 1 && GROUP_ADJECTIVES.has(last)) return;
  // 3 gazetteer.
  const place = lookupPlace(bare);
  const apposed = all[from - 1]?.text === ',' && all[from - 2]?.kind === 'word' ? all[from - 2].text.toLowerCase() : '';
  // "a resident of Canoas", "the city of Oran", "the mayor of Turin".
  const ofPlace = prev === 'of' && (PLACE_NOUNS.has(prev2) || OF_PLACE_NOUNS.has(prev2));
  // "is due to travel to Belmopan": the destination of a journey is a place.
  const destination = prev === 'to' && TRAVEL_VERBS.has(prev2);
  const placeCue = destination || PLACE_PREPOSITIONS.has(prev) || PLACE_NOUNS.has(prev) || PLACE_NOUNS.has(apposed) || ofPlace || (after.comma && after.token !== undefined && lookupPlace(after.token.text)?.kind !== undefined && lookupPlace(after.token.text)!.kind !== 'CITY');
  const personish = ws.length >= 2 && FIRST_NAMES.has(ws[0]);
  if (place && !personish) {
    if (place.kind === 'COUNTRY') return emit('Location', 'gazetteer-country', 0.95, { location: locationInfo(place) });
    // A bare city name needs to be famous (or have a cue): "Batman" and "Kerry" are also names.
    if (!place.ambiguous && (place.kind === 'REGION' || place.population >= 500_000 || placeCue || ws.length >= 2)) {
      return emit('Location', `gazetteer-${place.kind.toLowerCase()}`, placeCue ? 0.9 : 0.8, { location: locationInfo(place) });
    }
    if (placeCue) return emit('Location', `gazetteer-${place.kind.toLowerCase()}-cue`, 0.7, { location: locationInfo(place) });
  }
  if (ws.length >= 2 && ORG_HEADS.has(last) && !SITE_HEADS.has(last)) return emit('Organization', 'org-head', 0.8);
  if (isCompanyName(ws)) return emit('Organization', 'company-head', 0.8);
  if (ofPerson && !place && !FIRST_NAMES.has(ws[0])) return emit('Organization', 'person-of-org', 0.6);
  // 4 facilities and natural features; "the Andes mountains", "the Mekong river".
  if (GEO_TRAILING_NOUNS.has(after.word) && !personish && !place) return emit('Location', 'geo-noun-after', 0.7, { location: otherLocation('REGION') });
  if (ws.length >= 2 && SITE_HEADS.has(last)) {
    const within = after.word === 'in' ? nextWordAfter(all, to) : undefined;
    const withinPlace = within ? lookupPlace(within.text) : null;
    return emit('Location', 'site-head', 0.75, { location: otherLocation('SITE', withinPlace?.name ?? null, withinPlace?.countryCode ?? null) });
  }
  // "Federation of Port Authorities" is a body; "Federation of Malaysia" is a place.
  const bodyOfMembers = ORG_OPENERS.has(ws[0]) && ws[1] === 'of' && !GEO_HEADS.has(last) && !lookupPlace(ws.slice(2).join(' '));
  if (ws.length >= 2 && (GEO_HEADS.has(last) || GEO_OPENERS.has(ws[0])) && !bodyOfMembers) {
    const core = lookupPlace(ws.slice(0, -1).join(' '));
    if (core && GEO_HEADS.has(last) && (last === 'City' || last === 'State' || last === 'Province')) return emit('Location', 'geo-head-gazetteer', 0.85, { location: locationInfo(core) });
    return emit('Location', 'geo-head', 0.7, { location: otherLocation('REGION') });
  }
  // 5 organisations. "the United Nations" is known by its full name too.
  if (KNOWN_ORG_NAMES.has(bare.toLowerCase())) return emit('Organization', 'known-org-name', 0.85);
  // "Labour's Shadow Home Secretary": who has a title is an organisation (or a place).
  if (after.word === "'s" && (TITLE_SET.has(all[to + 2]?.text.toLowerCase() ?? '') || matchTitle(all, to + 2) > to + 2) && !personish) return emit('Organization', 'possessive-title', 0.7);
  if (isOrgLike(ws) || (ws.length >= 2 && ORG_HEADS.has(last))) return emit('Organization', 'org-words', 0.8);
  // "the Smith government": a government or administration named after its leader.
  if (ws.length === 1 && (after.word === 'government' || after.word === 'administration' || after.word === 'cabinet') && !place) return emit('Person', 'leader-government', 0.6);
  // "Volunteer organization", "the Brazilian team": an adjective before the noun is no name.
  const adjective = ws.length === 1 && (COMMON_WORDS.has(last.toLowerCase()) || /(?:ian|ese|ish|ean)$/.test(last));
  if (ORG_TRAILING_NOUNS.has(after.word) && !personish && !adjective) return emit('Organization', 'org-trailing-noun', 0.75);
  // Acronyms name organisations, except versions ("IE9") and post-nominals after a name ("Jane Roe QC").
  const before = all[from - 1];
  const postNominal = before?.kind === 'word' && before.cap && before.end + 1 === toks[0].start && !NON_NAME_WORDS.has(before.text.toLowerCase());
  if (ws.length === 1 && (ACRONYM.test(last) || ACRONYM_NAMES.has(last.replace(/\./g, ''))) && !FIRST_NAMES.has(last) && !/\p{N}$/u.test(last) && !postNominal) {
    // An unknown acronym said once ("VIP", "HTML") is weak; a recurring or glossed one is kept.
    const known = ACRONYM_NAMES.has(last.replace(/\./g, '')) || text[start - 1] === '(' || text[end] === ' ' && text[end + 1] === '(';
    // "VIP guests", "IQ points": an unknown acronym modifying a noun is a term, unless it names elsewhere.
    const next = all[to + 1];
    const modifier = !known && next?.kind === 'word' && !next.cap && next.start === end + 1 && !REPORTING_VERBS.has(next.text) && !/ed$/.test(next.text);
    return emit('Organization', modifier ? 'acronym-modifier' : 'acronym', 0.75, { weak: !known });
  }
  if (ws.length === 1 && MEDIA_HEADS.has(last) && prev === 'the') return emit('Organization', 'the-publication', 0.7);
  // "the Court" after "the Supreme Court": coreference keeps it only with one such host.
  if (ws.length === 1 && ORG_HEADS.has(last) && prev === 'the') return emit('Organization', 'the-org-head', 0.55, { weak: true });
  // Legislatures go by their bare name: "told Parliament", "Congress passed".
  if (ws.length === 1 && LEGISLATURES.has(last) && !toks[0].first) return emit('Organization', 'legislature', 0.7);
  // "Image: Jdoe.": a lone unknown word credited under a picture is most often a contributor's user name.
  if (ws.length === 1 && all[from - 1]?.text === ':' && CAPTION_LABELS.has(all[from - 2]?.text ?? '') && !place && !ctx.stats.lower.has(last.toLowerCase())) {
    return emit('Person', 'caption-credit', 0.3);
  }
  // "Example Academy, a private school in Turin": the noun in apposition types the name.
  const appositive = apposedNoun(all, to);
  if (appositive === 'Organization' && !personish) return emit('Organization', 'apposition-org', 0.7);
  if (appositive === 'Location' && !personish) return emit('Location', 'apposition-place', 0.65, { location: otherLocation('OTHER') });
  // 6 people.
  const roleCue = ROLE_NOUNS.has(prev) || TITLE_SET.has(prev);
  const speech = REPORTING_VERBS.has(after.word) || (REPORTING_VERBS.has(prev) && after.word !== 'that') || (prev === 'to' && prev2 === 'according');
  const gender = FIRST_NAMES.get(ws[0]) ?? GENDER_BY_TITLE.get(prev) ?? null;
  // "security firm Example.com", "news agency Example": an organisation noun before the name.
  if (ORG_LEADING_NOUNS.has(prev) && !personish) return emit('Organization', 'org-noun-before', 0.75);
  if (roleCue && !ORG_TRAILING_NOUNS.has(after.word)) return emit('Person', 'role-noun', 0.8, { gender, title: TITLE_SET.has(prev) ? prev : null });
  if (personish) return emit('Person', 'first-name', 0.85, { gender });
  // "Facebook creator Mark Zuckerberg": a name before a role noun and a person is an organisation.
  if (ws.length === 1 && !toks[0].first && !COMMON_WORDS.has(last.toLowerCase()) && ROLE_NOUNS.has(after.word) && after.token && isCapitalised(nextWordAfter(all, to + (after.comma ? 2 : 1))?.text ?? '')) {
    return emit('Organization', 'org-before-role', 0.65);
  }
  if (ws.length >= 2 && ws.length <= 4 && speech) {
    // "according to Amnesty International": a speaker that is no person's name is an organisation.
    if (personShaped(ws, ctx.stats)) return emit('Person', 'speech-verb', 0.8, { gender });
    return emit('Organization', 'speech-verb-org', 0.55);
  }
  if (ws.length === 1 && FIRST_NAMES.has(last) && !place) return emit('Person', 'first-name-alone', 0.6, { gender, weak: toks[0].first });
  // A small town's name with no cue ("Batman", "Reading") is kept only when another mention has one.
  if (place && !place.ambiguous && !personish) return emit('Location', `gazetteer-${place.kind.toLowerCase()}-small`, 0.6, { location: locationInfo(place), weak: true });
  if (placeCue && ws.length <= 4 && !ORG_TRAILING_NOUNS.has(after.word)) return emit('Location', 'place-preposition', 0.35, { location: otherLocation('OTHER') });
  if (ws.length === 1 && speech) return emit('Person', 'speech-verb-single', 0.5, { weak: true });
  // "Ontario Ghostbusters": a place name opening an unknown name makes an organisation.
  const opener = lookupPlace(ws[0]);
  if (ws.length >= 2 && opener && !opener.ambiguous && (opener.kind !== 'CITY' || opener.population >= 100_000)) {
    // "Malaysia Tourism": a place before common nouns is the place; "Ontario Ghostbusters" is a name.
    if (ws.slice(1).every((w) => ctx.stats.lower.has(w.toLowerCase()) || (COMMON_WORDS.has(w.toLowerCase()) && !NAME_FORMING_WORDS.has(w)))) {
      const t0 = toks[0];
      ctx.out.push({ start: t0.start, end: t0.end, text: t0.text, type: 'Location', sentence: si, rule: 'entities:place-modifier', confidence: 0.7, location: locationInfo(opener) });
      return;
    }
    return emit('Organization', 'place-opened-name', 0.5);
  }
  // "PC World", "HMC Searcher": an acronym heading an unknown name makes an organisation.
  // "K.C. Smith" is a person with initials; "PC World", "HMC Searcher" are organisations.
  if (ws.length === 2 && /^(?:\p{Lu}\.){1,3}$/u.test(ws[0]) && /^\p{Lu}\p{Ll}+$/u.test(ws[1])) return emit('Person', 'initials-name', 0.7);
  if (ws.length >= 2 && ws.length <= 4 && ACRONYM.test(ws[0]) && toks.every((t) => t.kind === 'word' && t.cap) && ws.slice(1).every((w) => /^\p{Lu}[\p{Ll}\p{Lu}]*$/u.test(w))) return emit('Organization', 'acronym-led-name', 0.5);
  if (ws.length >= 2 && ws.length <= 3 && toks.every((t) => t.kind === 'word') && personShaped(ws, ctx.stats)) {
    // People take no article: "the Velvet Underground" is a band, not a man.
    if (prev === 'the') return emit('Organization', 'the-name', 0.45);
    return emit('Person', 'name-shape', 0.55, { gender });
  }
  // Untyped: kept as a weak trace so that a gloss "(M5S)" can type it and names inside it are found.
  if (ws.length >= 2) return emit('Organization', 'unresolved-name', 0.2, { weak: true });
  // "If Iodine deficiency is serious": a word the article also writes in lower case is a common word.
  if (ctx.stats.lower.has(last.toLowerCase()) || countable(last, ctx.stats)) return;
  emit('Organization', toks[0].first ? 'single-default-initial' : 'single-default', 0.4, { weak: true });
}


/** "Polaroid" and "Polaroids" both capitalised: a countable product or kind, not a name. */
function countable(word: string, stats: DocStats): boolean {
  return word.length > 3 && (stats.midCap.has(`${word}s`) || (word.endsWith('s') && stats.midCap.has(word.slice(0, -1))));
}

/**
 * Two or three words that look like a personal name: each a capitalised
 * lower-case word that the article never uses as a common word, none of them
 * a heading word of events, works or products ("Lantern Festival").
 */
function personShaped(words: string[], stats: DocStats): boolean {
  // Name particles ("Staffan de Mistura", "Erik ten Hag") are part of surnames, not evidence against.
  const ws = words.filter((w, i) => i === 0 || !NAME_PARTICLES.has(w));
  if (ws.length === 0) return false;
  if (ws.some((w) => countable(w, stats))) return false;
  if (ws.length >= 2 && ws.every((w) => w === ws[0])) return false;
  // A person's name opens with a given name, not a common word ("Easy Rider", "Successful Stormtroopers").
  if (COMMON_WORDS.has(ws[0].toLowerCase())) return false;
  // "Prize-winner": a hyphenated common word is no surname.
  if (ws.some((w) => w.includes('-') && w.split('-').some((part) => COMMON_WORDS.has(part.toLowerCase()) || stats.lower.has(part.toLowerCase())))) return false;
  if (ws.some((w) => { const p = lookupPlace(w); return p !== null && (p.kind === 'COUNTRY' || p.kind === 'REGION'); })) return false;
  return ws.every((w) => (/^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]+)?$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w)) && !stats.lower.has(w.toLowerCase()) && !NOT_PERSON_WORDS.has(w));
}

/** "World Health Organization (WHO)": the acronym in parentheses expands to the name before it. */
function linkAcronyms(out: MentionCandidate[], text: string): void {
  const byEnd = new Map<number, MentionCandidate>();
  for (const c of out) byEnd.set(c.end, c);
  for (const c of out) {
    // Either way round: "World Health Organization (WHO)" and "WHO (World Health Organization)".
    // "BERN (Reuters) -": the agency after a dateline place glosses nothing.
    if (text[c.start - 1] !== '(' || c.rule === 'entities:dateline-agency') continue;
    let k = c.start - 2;
    while (k >= 0 && text[k] === ' ') k--;
    const host = byEnd.get(k + 1);
    if (!host || host === c) continue;
    const acronym = ACRONYM.test(c.text) ? c : ACRONYM.test(host.text) ? host : null;
    if (!acronym) continue;
    const full = acronym === c ? host : c;
    if (full.type === 'Person') continue;
    c.expands = { start: host.start, end: host.end };
    if (full.rule === 'entities:unresolved-name') {
      full.weak = false;
      full.rule = 'entities:glossed-name';
      full.confidence = 0.6;
    }
    acronym.type = full.type;
    acronym.weak = false;
    acronym.location = full.location;
  }
}
