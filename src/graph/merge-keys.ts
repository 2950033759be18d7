/**
 * Cross-document identity: which extracted entities are the same real thing.
 * An entity gets a list of merge keys; two entities of the same type that share
 * a key are merged by the store (which keeps a unique (type, key) -> entity
 * table). The rules, per type:
 *   Location     -> "gaz:<gazetteerId>" when the gazetteer knows it, else "name:<normalised name>"
 *   Person       -> the normalised full name and every multi-word alias
 *                   ("Putin" alone is too ambiguous to merge on), unless roles conflict
 *   Organization -> normalised name, aliases and acronym ("NATO" = North Atlantic Treaty Organization)
 *   Event        -> kind + normalised name + date; undated events stay per document
 * This module is pure: the store decides what to do with the keys.
 */
import type { EntityType, ExtractedEntity } from '../extract/types';

/** Words skipped when building an acronym: "Ministry of Foreign Affairs" -> "MFA". */
const ACRONYM_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/**
 * The comparable form of a name: NFKC, lower case, accents folded, punctuation
 * dropped, spaces collapsed, a leading "the" dropped.
 *   "U.S."        -> "us"
 *   "The Kremlin" -> "kremlin"
 *   "Zelenskyy's" -> "zelenskyys" (apostrophes join, they do not split)
 *   "São Paulo"   -> "sao paulo"
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
  // Dots and apostrophes join ("U.S." = "US", "O'Brien" = "OBrien"); other punctuation separates words.
  const words = folded
    .replace(/[.'’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return words.startsWith('the ') ? words.slice(4) : words;
}

/** Initials of the significant words, when there are at least two: "World Health Organization" -> "who". */
export function acronymOf(name: string): string | null {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w.length > 0 && !ACRONYM_STOPWORDS.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

function isMultiWord(key: string): boolean {
  return key.includes(' ');
}

function distinct(keys: (string | null)[]): string[] {
  return [...new Set(keys.filter((k): k is string => k !== null && k.length > 0))];
}

/**
 * The merge keys of an extracted entity, best first (the first one that finds
 * an existing entity decides). An empty list means "never merge" (undated events,
 * single-word person names).
 */
export function mergeKeysFor(entity: ExtractedEntity): string[] {
  const name = normalizeName(entity.name);
  switch (entity.type) {
    case 'Location': {
      const gazetteerId = entity.location?.gazetteerId;
      return gazetteerId ? [`gaz:${gazetteerId}`] : distinct([name ? `name:${name}` : null]);
    }
    case 'Person': {
      // An alias must still contain the surname: "Secretary of State John Kerry" is
      // a key, a bare "the Secretary of State" would merge every holder of the post.
      const surname = name.split(' ').pop() ?? '';
      const aliases = entity.aliases.map(normalizeName).filter((a) => a.split(' ').includes(surname));
      const names = [name, ...aliases].filter(isMultiWord);
      return distinct(names.map((n) => `name:${n}`));
    }
    case 'Organization': {
      const names = [name, ...entity.aliases.map(normalizeName)];
      // A name that is itself an acronym ("NATO") matches the acronym of the long form.
      const acronyms = [entity.name, ...entity.aliases].map(acronymOf);
      return distinct([...names.map((n) => (n ? `name:${n}` : null)), ...acronyms.map((a) => (a ? `name:${a}` : null))]);
    }
    case 'Event': {
      const date = entity.event?.time?.date;
      if (!date || !entity.event || !name) return [];
      return [`event:${entity.event.kind}:${name}:${date}`];
    }
  }
}

/**
 * Keys a merged Location also registers so that a later mention of the same
 * place that the gazetteer did not resolve still finds it ("name:moscow").
 * Registered only when free: the first place to claim a name keeps it.
 */
export function secondaryMergeKeysFor(entity: ExtractedEntity): string[] {
  if (entity.type !== 'Location' || !entity.location?.gazetteerId) return [];
  const name = normalizeName(entity.name);
  return distinct([name ? `name:${name}` : null]);
}

/** Types merged in this order, so that a person's role can point at an already-merged country. */
export const MERGE_ORDER: readonly EntityType[] = ['Location', 'Organization', 'Person', 'Event'];

/**
 * A role reduced to what identifies the holder: the normalised title and the
 * "country" it belongs to (the country code of a place, else the store id of
 * the organisation).
 */
export interface RoleSignature {
  titleKey: string;
  ofKey: string | null;
}

/**
 * Two people with the same name are different people when both have roles tied
 * to a known country or organisation and they share neither a title nor a country:
 * "Foreign Minister of Russia" vs "Prime Minister of Israel" conflict;
 * "President of Russia" vs "Prime Minister of Russia" do not (same country);
 * roles without an "of" never conflict (the text did not say enough).
 */
export function rolesConflict(existing: readonly RoleSignature[], incoming: readonly RoleSignature[]): boolean {
  const a = existing.filter((r) => r.ofKey !== null);
  const b = incoming.filter((r) => r.ofKey !== null);
  if (a.length === 0 || b.length === 0) return false;
  const sharesCountry = a.some((x) => b.some((y) => x.ofKey === y.ofKey));
  const sharesTitle = a.some((x) => b.some((y) => x.titleKey === y.titleKey));
  return !sharesCountry && !sharesTitle;
}

/**
 * Case and accent folding without dropping punctuation, for substring filters
 * over free text ("Résumé" contains "resume").
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}
