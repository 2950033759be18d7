/**
 * Pass 5: one entity per real thing. Mentions are merged in this order, each
 * step more tentative than the one before:
 *   1 same place in the gazetteer ("U.S." = "US" = "United States" = "America")
 *   2 same normalised name ("the U.N." = "UN")
 *   3 acronyms: "(WHO)" after a name, or initials of an organisation's words
 *   4 a shorter organisation name inside a longer one ("Home Office" in
 *     "United Kingdom Home Office") when exactly one fits
 *   5 a bare given name or surname of a person ("Kerry" -> "John Kerry"); when
 *     two people share it, the one named most recently before it wins
 *   6 weak single words (no cue of their own) survive only when they matched
 *     in 2-5 or recur; a name matched to a Person is a Person everywhere.
 * Then each entity gets its canonical name, aliases, roles (with `ofId` to the
 * country or organisation entity), gender, location facts and salience.
 */
import type { MentionCandidate } from '../annotations';
import { countryByCode, demonymCountry, lookupPlace } from '../gazetteer/places';
import { ORG_ACRONYMS, ORG_HEADS } from '../lexicon/org-words';
import type { EntityMention, EntityType, ExtractedEntity, ExtractedRole, LocationInfo, Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export interface CorefResult {
  entities: ExtractedEntity[];
  datelineLocationId: string | null;
}

interface Cluster {
  members: MentionCandidate[];
  /** Set when the cluster was merged into another one. */
  into: Cluster | null;
  /** Memo of the canonical name, type and key words, valid while `memoSize` equals the member count. */
  memoSize?: number;
  memoName?: string;
  memoType?: EntityType;
  memoWords?: string[];
}

/** Name, type and key words are read many times per cluster; recompute only when the members changed. */
function memo(c: Cluster): Cluster {
  if (c.memoSize !== c.members.length) {
    c.memoSize = c.members.length;
    c.memoName = longestName(c.members);
    c.memoType = computeType(c);
    c.memoWords = nameWords(nameKey(c.memoName));
  }
  return c;
}

function clusterType(c: Cluster): EntityType {
  return c.members.length === 0 ? 'Organization' : memo(c).memoType!;
}

function keyWords(c: Cluster): string[] {
  return c.members.length === 0 ? [] : memo(c).memoWords!;
}

const LEGAL_SUFFIX = /\s+(?:inc|corp|corporation|ltd|llc|plc|co|ag|gmbh|sa|nv|bv|limited|incorporated)$/;
const SKIP_IN_INITIALS = new Set(['of', 'for', 'the', 'and', 'on', 'at', 'in', '&', '-', 'de', 'di', 'da', 'del']);

/** "The U.S.'s" -> "us": the name key two mentions must share to be one entity. */
const keyMemo = new Map<string, string>();

export function nameKey(name: string): string {
  const memo = keyMemo.get(name);
  if (memo !== undefined) return memo;
  if (keyMemo.size > 50_000) keyMemo.clear();
  const key = computeNameKey(name);
  keyMemo.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[.’',]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

function root(c: Cluster): Cluster {
  let r = c;
  while (r.into) r = r.into;
  return r;
}

function merge(a: Cluster, b: Cluster): Cluster {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return ra;
  // A loop, not push(...spread): a cluster of 100k mentions would overflow the call stack.
  for (const m of rb.members) ra.members.push(m);
  rb.members = [];
  rb.into = ra;
  return ra;
}

function computeType(c: Cluster): EntityType {
  // Votes in order of trust: confident mentions, then weak ones, then caption credits (a bare guess).
  const score = new Map<EntityType, number>();
  const credit = (m: MentionCandidate): boolean => m.rule === 'entities:caption-credit';
  for (const m of c.members) if (!m.weak && !credit(m)) score.set(m.type, (score.get(m.type) ?? 0) + m.confidence);
  if (score.size === 0) for (const m of c.members) if (!credit(m)) score.set(m.type, (score.get(m.type) ?? 0) + m.confidence);
  if (score.size === 0) for (const m of c.members) score.set(m.type, (score.get(m.type) ?? 0) + m.confidence);
  let best: EntityType = c.members[0].type;
  let bestScore = -1;
  for (const [t, s] of score) {
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}

function initials(name: string): string {
  return nameWords(name)
    .filter((w) => !SKIP_IN_INITIALS.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

function isStrong(c: Cluster): boolean {
  return c.members.some((m) => !m.weak);
}

export function resolveCoreference(doc: NormalizedText, sentences: Sentence[], candidates: MentionCandidate[]): CorefResult {
  // One candidate per span: the more confident wins (a span may be found by two rules).
  const bySpan = new Map<string, MentionCandidate>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const old = bySpan.get(key);
    if (!old || c.confidence > old.confidence) bySpan.set(key, c);
  }
  const mentions = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<MentionCandidate, Cluster>();

  // 1-2: gazetteer id for places, the normalised name for the rest.
  for (const m of mentions) {
    // "Tesla Inc." and "Tesla" are one company: legal suffixes do not tell organisations apart.
    const base = m.type === 'Organization' ? nameKey(m.text).replace(LEGAL_SUFFIX, '') : nameKey(m.text);
    const key = m.location?.gazetteerId ? `place:${m.location.gazetteerId}` : `name:${base}`;
    let c = byKey.get(key);
    if (!c) {
      c = { members: [], into: null };
      clusters.push(c);
      byKey.set(key, c);
    }
    c.members.push(m);
    clusterOf.set(m, c);
  }
  // A name key that is also a place key ("America" typed by a cue, "America" by the gazetteer).
  for (const c of clusters) {
    if (c.into) continue;
    const m = c.members[0];
    if (m.location?.gazetteerId) continue;
    const place = m.type !== 'Person' ? lookupPlace(m.text) : null;
    const other = place ? byKey.get(`place:${place.gazetteerId}`) : undefined;
    if (other && other !== c && place && !place.ambiguous) merge(other, c);
  }

  const live = (): Cluster[] => clusters.filter((c) => !c.into && c.members.length > 0);
  const canonical = (c: Cluster): string => (c.members.length === 0 ? '' : memo(c).memoName!);

  // 3: acronyms.
  for (const c of live()) {
    const m = c.members.find((x) => x.expands);
    if (m?.expands) {
      const host = bySpan.get(`${m.expands.start}:${m.expands.end}`);
      if (host) merge(clusterOf.get(host)!, c);
    }
  }
  const multiWord = live().filter((o) => clusterType(o) !== 'Person' && nameWords(canonical(o)).length >= 2);
  for (const c of live()) {
    const name = c.members[0].text.replace(/\./g, '');
    if (!/^[A-Z][A-Z0-9&]{1,7}$/.test(name) || clusterType(c) === 'Person') continue;
    const glued = ORG_ACRONYMS[name];
    const hosts = multiWord.filter((o) => {
      if (o.into || o === root(c)) return false;
      const full = canonical(o);
      return initials(full) === name || (glued !== undefined && nameKey(full) === nameKey(glued));
    });
    if (hosts.length === 1) merge(hosts[0], c);
  }

  // 4: shorter organisation names inside longer ones.
  // Bounded: an article names tens of organisations; odd text with thousands skips this step.
  const orgs = live().filter((o) => clusterType(o) === 'Organization' && keyWords(o).length >= 2);
  for (const c of orgs.length <= 400 ? [...orgs].sort((a, b) => canonical(a).length - canonical(b).length) : []) {
    if (c.into) continue;
    const words = keyWords(c);
    const hosts = orgs.filter((o) => {
      if (o.into || o === c) return false;
      const ow = keyWords(o);
      // Same head word: "Home Office" is the "United Kingdom Home Office", but "Example University"
      // is not its "Example University Student Association".
      return ow.length > words.length && containsRun(ow, words) && orgHead(ow) === orgHead(words);
    });
    if (hosts.length === 1) merge(hosts[0], c);
  }

  // 4b: "the Court" is the one organisation in the article whose name holds "Court".
  for (const c of live()) {
    if (!c.members.every((m) => m.rule === 'entities:the-org-head')) continue;
    const word = nameKey(canonical(c));
    const hosts = orgs.filter((o) => !o.into && o !== c && isStrong(o) && keyWords(o).includes(word));
    // Several hosts: the one named most often ("the University" of the article).
    hosts.sort((a, b) => root(b).members.length - root(a).members.length);
    if (hosts.length === 1 || (hosts.length > 1 && root(hosts[0]).members.length > root(hosts[1]).members.length)) merge(hosts[0], c);
  }

  // 5: given names and surnames of people, in text order (recency breaks ties).
  const personList = live().filter((c) => clusterType(c) === 'Person' && isStrong(c) && keyWords(c).length >= 2);
  const persons = (): Cluster[] => personList.filter((p) => !p.into);
  // Indexes over the people's name words, so that each name below is a lookup, not a scan of
  // every person (a long text names thousands). Merges in this step only add shorter names to a
  // person, so the key words the indexes were built from stay the person's key words.
  const byNamePart = new Map<string, Cluster[]>();
  const byLastTwo = new Map<string, Cluster[]>();
  const bySurnameInitial = new Map<string, Cluster[]>();
  const addTo = (index: Map<string, Cluster[]>, key: string, p: Cluster): void => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  for (const p of personList) {
    const pw = keyWords(p);
    // Given name, surname, and longer middle names ("Lula" in "Luiz Inacio Lula da Silva").
    const parts = new Set([pw[0], pw[pw.length - 1], ...pw.slice(1, -1).filter((w) => w.length >= 4)]);
    for (const w of parts) addTo(byNamePart, w, p);
    if (pw.length > 2) addTo(byLastTwo, `${pw[pw.length - 2]} ${pw[pw.length - 1]}`, p);
    addTo(bySurnameInitial, pw[pw.length - 1][0] ?? '', p);
  }
  for (const c of live()) {
    if (c.into) continue;
    const name = canonical(c);
    // "De Mistura" after "Staffan de Mistura": a two-word surname with its particle.
    if (nameWords(name).length === 2 && clusterType(c) !== 'Location') {
      const two = keyWords(c);
      const hosts = (byLastTwo.get(`${two[0]} ${two[1]}`) ?? []).filter((p) => !p.into);
      if (hosts.length === 1) {
        for (const m of c.members) asPerson(m);
        merge(hosts[0], c);
      }
      continue;
    }
    if (nameWords(name).length !== 1) continue;
    // A country name stays a country; a surname beats a small place of the same name ("Kerry", "Irving").
    if (clusterType(c) === 'Location' && c.members.some((m) => m.location?.kind === 'COUNTRY')) continue;
    const word = nameKey(name);
    const fits = (byNamePart.get(word) ?? []).filter((p) => !p.into);
    if (fits.length === 0) {
      // "Ms Bauchtman" after "Lydia Buchtmann": a misspelt surname still points to the one close name.
      if (word.length >= 5 && c.members.some((m) => m.rule === 'entities:honorific' || m.rule === 'entities:title')) {
        const near = (bySurnameInitial.get(word[0]) ?? []).filter((p) => {
          if (p.into) return false;
          const pw = keyWords(p);
          const last = pw[pw.length - 1];
          return last[0] === word[0] && editDistance(last, word) <= (word.length >= 8 ? 2 : 1);
        });
        if (near.length === 1) merge(near[0], c);
      }
      continue;
    }
    // What matched a person is a person, whatever the word looked like on its own.
    for (const m of c.members) asPerson(m);
    if (fits.length === 1) {
      merge(fits[0], c);
      continue;
    }
    // Several people share the word: each mention goes to the one named most recently before it.
    // Sorted starts of each candidate's full-name mentions: a binary search per bare mention.
    const starts = fits.map((p) => root(p).members.filter((pm) => nameWords(pm.text).length >= 2).map((pm) => pm.start).sort((a, b) => a - b));
    // The sentence of each full-name mention, to tell "just named" from "named long ago".
    const sentenceAt = new Map<number, number>();
    for (const p of fits) for (const pm of root(p).members) sentenceAt.set(pm.start, pm.sentence);
    // Moved members leave c in one filter at the end (one filter per member would be quadratic).
    const moved = new Set<MentionCandidate>();
    for (const m of [...c.members]) {
      let best: Cluster | null = null;
      let bestPos = -1;
      fits.forEach((p, fi) => {
        const pos = lastBefore(starts[fi], m.start);
        if (pos > bestPos) {
          best = p;
          bestPos = pos;
        }
      });
      // Named in this or the previous sentence: that one. Otherwise the bare name is the article's
      // main bearer of it, the person named most often ("Mohamed" is the boy, not his father).
      if (best && (sentenceAt.get(bestPos) ?? -9) < m.sentence - 1) {
        const most = fits.filter((_, fi) => lastBefore(starts[fi], m.start) >= 0).sort((a, b) => root(b).members.length - root(a).members.length);
        if (most.length > 0 && root(most[0]).members.length > root(best).members.length) best = most[0];
      }
      if (best) {
        moved.add(m);
        root(best).members.push(m);
      }
    }
    if (moved.size > 0) {
      const rc = root(c);
      rc.members = rc.members.filter((x) => !moved.has(x));
    }
  }

  // 5b: one person written two ways ("Kristin Lee" / "Kristen Lee").
  const people = persons().slice(0, 300);
  for (let a = 0; a < people.length; a++) {
    for (let b = a + 1; b < people.length; b++) {
      const x = keyWords(root(people[a]));
      const y = keyWords(root(people[b]));
      // Only names that share a word can be one name misspelt: a cheap filter before the distances.
      if (x.length !== y.length || root(people[a]) === root(people[b]) || !x.some((w, i) => w === y[i])) continue;
      const diff = x.reduce((d, w, i) => d + editDistance(w, y[i]), 0);
      if (diff === 1 && x.every((w, i) => w.length >= 4 || w === y[i])) merge(people[a], people[b]);
    }
  }

  // 6: weak leftovers must recur; everything matched takes the cluster's type.
  // A weak name must recur, once at least away from a sentence start ("Iodine levels ... Iodine is"),
  // and "the Court" with no host court is no name at all.
  const kept = live().filter(
    (c) =>
      isStrong(c) ||
      (c.members.length >= 2 &&
        c.members.some((m) => !m.rule.endsWith('-initial')) &&
        !c.members.every((m) => m.rule === 'entities:the-org-head' || m.rule === 'entities:unresolved-name' || m.rule === 'entities:acronym-modifier')),
  );
  const finalClusters = nestedNames(doc.text, doc.original, kept, live());
  const ordered = finalClusters
    .map((c) => ({ c, first: c.members.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .sort((a, b) => a.first - b.first);

  const entities: ExtractedEntity[] = [];
  const idOfCluster = new Map<Cluster, string>();
  ordered.forEach(({ c }, i) => idOfCluster.set(c, `e${i + 1}`));
  const idByGazetteer = new Map<string, string>();
  for (const { c } of ordered) {
    for (const m of c.members) if (m.location?.gazetteerId) idByGazetteer.set(m.location.gazetteerId, idOfCluster.get(c)!);
  }
  const idByName = new Map<string, string>();
  for (const { c } of ordered) for (const m of c.members) idByName.set(nameKey(m.text), idOfCluster.get(c)!);

  const titleLength = doc.titleSpan ? doc.titleSpan.end : -1;
  const docLength = Math.max(1, doc.text.length);
  let datelineLocationId: string | null = null;

  for (const { c } of ordered) {
    const id = idOfCluster.get(c)!;
    const type = clusterType(c);
    const members = [...c.members].sort((a, b) => a.start - b.start);
    const entityMentions: EntityMention[] = members.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      sentence: m.sentence,
      rule: m.rule,
      confidence: m.confidence,
    }));
    const location = type === 'Location' ? locationOf(members) : undefined;
    // Countries take their gazetteer name ("U.S." -> "United States"); so does a place written in capitals.
    let name = longestName(members);
    // An organisation named only by a well-known acronym takes its full name ("U.N." -> "United Nations").
    const glossed = type === 'Organization' ? ORG_ACRONYMS[name.replace(/\./g, '')] : undefined;
    if (glossed && nameWords(name).length === 1) name = glossed;
    if (type === 'Location' && location?.gazetteerId?.startsWith('country:')) name = countryByCode(location.countryCode ?? '')?.name ?? name;
    else if (type === 'Location' && location?.gazetteerId && name === name.toUpperCase() && name.length > 3) name = (lookupPlace(name)?.name ?? name).split(',')[0];
    const aliases = new Set<string>();
    for (const m of members) {
      aliases.add(m.text);
      if (m.surface) aliases.add(m.surface);
    }
    if (type === 'Organization') {
      // "Greek Ministry of Culture" is also "Ministry of Culture".
      for (const m of members) {
        const ws = nameWords(m.text);
        if (ws.length >= 3 && (demonymCountry(ws[0]) || lookupPlace(ws[0])?.kind === 'COUNTRY')) aliases.add(ws.slice(1).join(' '));
      }
    }
    aliases.delete(name);
    // reduce, not Math.max(...): a spread of 100k arguments overflows the stack.
    const strongest = members.reduce((best, m) => Math.max(best, m.confidence), -Infinity);
    const confidence = Math.min(0.99, 1 - members.reduce((p, m) => p * (1 - m.confidence * 0.5), 1 - strongest));
    const entity: ExtractedEntity = {
      id,
      type,
      name,
      aliases: [...aliases],
      mentions: entityMentions,
      salience: 0,
      rule: members.reduce((a, b) => (b.confidence > a.confidence ? b : a)).rule,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (type === 'Person') {
      entity.roles = rolesOf(members, idByGazetteer, idByName);
      entity.gender = genderOf(members);
    }
    if (location) {
      if (location.withinName) {
        const within = lookupPlace(location.withinName);
        const wid = (within && idByGazetteer.get(within.gazetteerId)) ?? idByName.get(nameKey(location.withinName)) ?? null;
        location.withinId = wid !== id ? wid : null;
      }
      entity.location = location;
    }
    // Salience: mentions, how early the first one is, and a mention in the headline.
    const inTitle = members.some((m) => m.start < titleLength);
    const firstPos = members[0].start / docLength;
    entity.salience = Math.min(1, 0.12 * Math.log2(1 + members.length) * 2 + (inTitle ? 0.3 : 0) + 0.2 * (1 - firstPos));
    if (members.some((m) => m.rule === 'entities:dateline-place')) datelineLocationId = id;
    entities.push(entity);
  }
  inferGenderFromPronouns(doc.text, sentences, entities);
  const top = Math.max(0.0001, ...entities.map((e) => e.salience));
  for (const e of entities) e.salience = Math.round((e.salience / top) * 100) / 100;
  return { entities, datelineLocationId };
}

/**
 * Names inside names: "Andy Warhol Foundation" also names Andy Warhol, "UK
 * Government" the UK, "University of Texas" Texas, when those are entities
 * of the article. Adds such nested mentions (rule coref:nested-name), and drops
 * a guessed person ("Warhol Polaroids") whose first word is another entity's name.
 */
function nestedNames(text: string, original: string, kept: Cluster[], all: Cluster[]): Cluster[] {
  const canonical = (c: Cluster): string => (c.members.length === 0 ? '' : memo(c).memoName!);
  const targets = new Map<string, Cluster | null>();
  const offer = (key: string, c: Cluster): void => {
    if (!key) return;
    const old = targets.get(key);
    targets.set(key, old === undefined || old === c ? c : null);
  };
  for (const c of kept) {
    const type = clusterType(c);
    for (const m of c.members) if (nameWords(m.text).length <= 4) offer(nameKey(m.text), c);
    const words = keyWords(c);
    if (type === 'Person' && words.length >= 2) offer(words[words.length - 1], c);
    // "NSW" inside "University of NSW" is New South Wales when the article names it.
    if (type !== 'Person' && words.length >= 2) {
      const abbreviation = initials(canonical(c)).toLowerCase();
      if (abbreviation.length >= 2) offer(abbreviation, c);
    }
  }
  const keptSet = new Set(kept);
  const byPlace = new Map<string, Cluster>();
  for (const c of kept) for (const m of c.members) if (m.location?.gazetteerId && clusterType(c) === 'Location') byPlace.set(m.location.gazetteerId, c);
  const result = kept.filter((c) => {
    const guessed = c.members.every((m) => m.rule === 'entities:name-shape');
    const first = keyWords(c)[0];
    const other = first ? targets.get(first) : undefined;
    return !(guessed && other && other !== c);
  });
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
  const added = new Set<string>();
  // Types and own mention starts fixed before adding: each check is then a binary search, not a scan.
  const typeOf = new Map<Cluster, EntityType>(kept.map((c) => [c, clusterType(c)]));
  const ownStarts = new Map<Cluster, number[]>(kept.map((c) => [c, c.members.map((x) => x.start).sort((a, b) => a - b)]));
  const maxLength = new Map<Cluster, number>(kept.map((c) => [c, c.members.reduce((mx, x) => Math.max(mx, x.end - x.start), 0)]));
  // The furthest end of the target's own mentions starting at each offset.
  const ownEndAt = new Map<Cluster, Map<number, number>>(
    kept.map((c) => {
      const ends = new Map<number, number>();
      for (const x of c.members) ends.set(x.start, Math.max(ends.get(x.start) ?? -1, x.end));
      return [c, ends];
    }),
  );
  for (const c of all) {
    for (const m of [...c.members]) {
      if (m.rule === 'coref:nested-name') continue;
      const spans: Array<[number, number]> = [];
      WORD.lastIndex = 0;
      const slice = text.slice(m.start, m.end);
      for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) spans.push([m.start + w.index, m.start + w.index + w[0].replace(/['’]s$/, '').length]);
      if (spans.length < 2 || spans.length > 12) continue;
      const covered = new Array<boolean>(spans.length).fill(false);
      for (let n = Math.min(4, spans.length - 1); n >= 1; n--) {
        for (let i = 0; i + n <= spans.length; i++) {
          if (covered.slice(i, i + n).some(Boolean)) continue;
          const start = spans[i][0];
          const end = spans[i + n - 1][1];
          // By name, or by gazetteer id for places: "GB" in "GB News" is the United Kingdom of the article.
          const sub = text.slice(start, end);
          const place = /^\p{Lu}/u.test(sub) ? lookupPlace(sub) : null;
          const target = targets.get(nameKey(sub)) ?? (place && !place.ambiguous ? byPlace.get(place.gazetteerId) : undefined);
          if (!target || target === root(c) || !keptSet.has(target)) continue;
          const key = `${start}:${end}`;
          // Overlap with one of the target's own mentions: one starting before `end` and reaching past `start`.
          const before = lastBefore(ownStarts.get(target)!, end);
          if (added.has(key) || (before >= 0 && before + maxLength.get(target)! > start && (ownEndAt.get(target)!.get(before) ?? -1) > start)) continue;
          added.add(key);
          for (let k = i; k < i + n; k++) covered[k] = true;
          target.members.push({ start, end, text: original.slice(start, end), type: typeOf.get(target)!, sentence: m.sentence, rule: 'coref:nested-name', confidence: 0.5 });
          const ends = ownEndAt.get(target)!;
          ends.set(start, Math.max(ends.get(start) ?? -1, end));
        }
      }
    }
  }
  return result;
}

/** The largest value in ascending `sorted` below `limit`, or -1. */
function lastBefore(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < limit) {
      found = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Levenshtein distance, capped for long words (names are short). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Gender for people with no honorific and an unknown given name, from the
 * pronouns that follow them: when a person is the only one named in a
 * sentence and the rest of it and the next sentence say only "she/her" (or
 * only "he/him/his"), that is taken as theirs. Attribution resolves quote
 * speakers by pronoun, so a guess here is better than none.
 */
function inferGenderFromPronouns(text: string, sentences: Sentence[], entities: ExtractedEntity[]): void {
  const peopleIn = new Map<number, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    for (const m of e.mentions) {
      const set = peopleIn.get(m.sentence) ?? new Set<string>();
      set.add(e.id);
      peopleIn.set(m.sentence, set);
    }
  }
  for (const e of entities) {
    if (e.type !== 'Person' || e.gender) continue;
    let male = 0;
    let female = 0;
    for (const m of e.mentions.slice(0, 6)) {
      if ((peopleIn.get(m.sentence)?.size ?? 0) !== 1) continue;
      const next = sentences[m.sentence + 1];
      const nextAlone = next && (peopleIn.get(next.index)?.size ?? 0) === 0;
      const window = text.slice(m.end, nextAlone ? next.end : (sentences[m.sentence]?.end ?? m.end));
      male += (window.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
      female += (window.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    }
    if (male > 0 && female === 0) e.gender = 'male';
    else if (female > 0 && male === 0) e.gender = 'female';
  }
}

function asPerson(m: MentionCandidate): void {
  m.type = 'Person';
  m.location = undefined;
}

const ORG_HEAD_KEYS = new Set([...ORG_HEADS].map((w) => w.toLowerCase()));

/** The last organisation head word of a name key ("court" in "supreme court of cassation"), else its last word. */
function orgHead(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) if (ORG_HEAD_KEYS.has(words[i])) return words[i];
  return words[words.length - 1];
}

function containsRun(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = haystack[i + j] === needle[j];
    if (ok) return true;
  }
  return false;
}

/** The longest name among the mentions (without title words: those are in `surface`). */
function longestName(members: MentionCandidate[]): string {
  let best = members[0].text;
  for (const m of members) {
    const t = m.text;
    if (nameWords(t).length > nameWords(best).length || (nameWords(t).length === nameWords(best).length && t.length > best.length)) best = t;
  }
  return best.replace(/^the\s+/i, '');
}

function locationOf(members: MentionCandidate[]): LocationInfo {
  const withGaz = members.find((m) => m.location?.gazetteerId);
  const any = withGaz ?? members.find((m) => m.location);
  if (any?.location) return { ...any.location };
  return { kind: 'OTHER', countryCode: null, latitude: null, longitude: null, gazetteerId: null, withinId: null, withinName: null };
}

function genderOf(members: MentionCandidate[]): 'male' | 'female' | null {
  let male = 0;
  let female = 0;
  for (const m of members) {
    if (m.gender === 'male') male += m.rule === 'entities:honorific' ? 2 : 1;
    if (m.gender === 'female') female += m.rule === 'entities:honorific' ? 2 : 1;
  }
  if (male === female) return null;
  return male > female ? 'male' : 'female';
}

function rolesOf(members: MentionCandidate[], idByGazetteer: Map<string, string>, idByName: Map<string, string>): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (!m.title) continue;
    let ofId: string | null = null;
    if (m.titleOf) {
      const place = lookupPlace(m.titleOf) ?? demonymCountry(m.titleOf);
      ofId = (place && idByGazetteer.get(place.gazetteerId)) ?? idByName.get(nameKey(m.titleOf)) ?? null;
    }
    const title = m.title.replace(/\.$/, '');
    const key = `${title.toLowerCase()}|${ofId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The title stands before the name ("U.S. Secretary of State Kerry") or after it ("Kerry, the U.S. envoy").
    const evidence = m.titleOfSpan ? { start: Math.min(m.start, m.titleOfSpan.start), end: Math.max(m.end, m.titleOfSpan.end) } : { start: m.start, end: m.end };
    roles.push({ title, ofId, evidence });
  }
  return roles;
}
