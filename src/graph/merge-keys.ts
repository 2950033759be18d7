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
import { ORG_HEADS, ORG_OPENERS } from '../extract/lexicon/org-words';
import { GENERIC_ORG_MODIFIERS } from './generic-org-words';
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

/**
 * Initials of the significant words, when there are at least two: "World
 * Health Organization" -> "who". A word that is itself an acronym gives all its
 * letters: "University of NSW" -> "unsw" (not "un", which is someone else).
 */
export function acronymOf(name: string): string | null {
  const words = name
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}.&]+/u)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => w.length > 0 && !ACRONYM_STOPWORDS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return normalizeName(words.map((w) => (isAcronymForm(w) ? w : w[0])).join(''));
}

/** Words that only say what kind of body something is: "court", "ministry", "supreme", "foreign". */
const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS, ...ORG_OPENERS, ...GENERIC_ORG_MODIFIERS].map((w) => w.toLowerCase()));

/**
 * "the Court", "Supreme Court", "Foreign Ministry": every country has one, so a
 * name made only of generic words is no key; "U.S. Supreme Court" is (its "us" is not generic).
 */
function isGenericOrgName(key: string): boolean {
  return key.split(' ').every((word) => GENERIC_ORG_WORDS.has(word));
}

function isMultiWord(key: string): boolean {
  return key.includes(' ');
}

function distinct(keys: (string | null)[]): string[] {
  return [...new Set(keys.filter((k): k is string => k !== null && k.length > 0))];
}

/**
 * The merge keys of an entity: `match` are looked up, in order (the first that
 * finds an entity decides); `claim` are registered for the entity afterwards,
 * first come first served. They differ where a key may find an entity but must
 * not be shared by two:
 *   - "Holmberg Industries" and "Holm Institute" both abbreviate to "HI": each
 *     claims "acr:hi", so a later "HI" finds the first, but neither matches the
 *     other on it;
 *   - a place the gazetteer resolved claims its name too, so that a later
 *     unresolved mention of the name still finds it.
 * Empty lists mean "never merge" (undated events, single-word person names).
 */
export interface MergeKeys {
  match: string[];
  claim: string[];
}

/** "NATO", "N.T.C.": a form that is itself an acronym. */
export function isAcronymForm(form: string): boolean {
  const letters = form.replace(/\./g, '').trim();
  return /^[\p{Lu}\d&]{2,6}$/u.test(letters) && /\p{Lu}/u.test(letters);
}

export function mergeKeysFor(entity: ExtractedEntity): MergeKeys {
  const name = normalizeName(entity.name);
  switch (entity.type) {
    case 'Location': {
      const gazetteerId = entity.location?.gazetteerId;
      const byName = name ? `name:${name}` : null;
      if (!gazetteerId) return same(distinct([byName]));
      return { match: [`gaz:${gazetteerId}`], claim: distinct([`gaz:${gazetteerId}`, byName]) };
    }
    case 'Person': {
      // An alias must still contain the surname: "Secretary of State John Kerry" is
      // a key, a bare "the Secretary of State" would merge every holder of the post.
      const surname = name.split(' ').pop() ?? '';
      const aliases = entity.aliases.map(normalizeName).filter((a) => a.split(' ').includes(surname));
      const names = [name, ...aliases].filter(isMultiWord);
      return same(distinct(names.map((n) => `name:${n}`)));
    }
    case 'Organization': {
      const match: (string | null)[] = [];
      const claim: (string | null)[] = [];
      for (const form of [entity.name, ...entity.aliases]) {
        const key = normalizeName(form);
        if (!key || isGenericOrgName(key)) continue;
        match.push(`name:${key}`);
        claim.push(`name:${key}`);
        if (isAcronymForm(form)) {
          // Two letters are too easily shared ("SC", "UN"): those merge on the name key only.
          if (key.length >= 3) match.push(`acr:${key}`);
        } else {
          const acronym = acronymOf(form);
          if (acronym && acronym.length >= 3) {
            match.push(`name:${acronym}`);
            claim.push(`acr:${acronym}`);
          }
        }
      }
      return { match: distinct(match), claim: distinct(claim) };
    }
    case 'Event': {
      const date = entity.event?.time?.date;
      if (!date || !entity.event || !name) return same([]);
      return same([`event:${entity.event.kind}:${name}:${date}`]);
    }
  }
}

function same(keys: string[]): MergeKeys {
  return { match: keys, claim: keys };
}

/**
 * People's keys qualified by the country of each role ("name:jon dale@country:XX"),
 * looked up first and claimed too. The plain name key belongs to the first
 * Jon Dale; when a second, conflicting Jon Dale appears, his qualified keys are
 * what a third article about him will find.
 */
export function withRoleKeys(keys: MergeKeys, roles: readonly RoleSignature[]): MergeKeys {
  const countries = distinct(roles.map((r) => r.ofKey));
  if (countries.length === 0) return keys;
  const qualify = (list: string[]) => list.filter((k) => k.startsWith('name:')).flatMap((k) => countries.map((c) => `${k}@${c}`));
  return { match: distinct([...qualify(keys.match), ...keys.match]), claim: distinct([...keys.claim, ...qualify(keys.claim)]) };
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
