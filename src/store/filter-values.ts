/**
 * How the analyst filters' values are compared, shared by the adapters so that
 * both answer alike: names compare as name keys, date ranges as ISO-text
 * bounds where a month or a year covers its days.
 */
import { normalizeName } from '../graph/merge-keys';
import type { DateRange } from './store';

/** After the last character of any date: "2015-03" + END_OF_DATES is after every day of March 2015. */
export const END_OF_DATES = '\uffff';

/**
 * A range as text bounds, `from <= date < until`, compared bytewise:
 * an open start is '', the end is followed by END_OF_DATES.
 */
export function dateBounds(range: DateRange): { from: string; until: string } {
  return { from: range.from ?? '', until: (range.to ?? '') + END_OF_DATES };
}

/** A name filter as a name key ("Lavróv" -> "lavrov"); null when nothing is left. */
export function nameKey(text: string | undefined): string | null {
  if (text === undefined) return null;
  const key = normalizeName(text);
  return key.length > 0 ? key : null;
}

/** LIKE's wildcards in a name key are literal characters (keys keep only letters, digits and spaces, but say so). */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '');
}

/** The three-letter pieces of each word of a name key ("j kerr" -> ker, err), for trigram candidate search; none of shorter words. */
export function nameTrigrams(key: string): string[] {
  const trigrams = new Set<string>();
  for (const word of key.split(' ')) {
    for (let i = 0; i + 3 <= word.length; i++) trigrams.add(word.slice(i, i + 3));
  }
  return [...trigrams];
}
