/**
 * A user's full-text query, parsed once for every adapter: each adapter turns
 * the terms into its own syntax (FTS5 MATCH on SQLite, to_tsquery on
 * PostgreSQL), so both read the same words the same way.
 *
 * Every term must occur ("kerry moscow"); "quoted words" are one phrase term;
 * a trailing * makes the term's last word a prefix ("negotiat*"). Only runs of
 * letters and digits are words, so operators and punctuation in the input are
 * text, never syntax: "Lavrov's" is the phrase "Lavrov s", as the tokenizers
 * split it.
 */

export interface SearchTerm {
  /** One word, or the words of a phrase in order. */
  words: string[];
  /** The last word is a prefix. */
  prefix: boolean;
}

/** The terms of a query; empty when it has no word ("?!", "*"). */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = match[1] ?? match[2];
    const prefix = match[2] !== undefined && raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push({ words, prefix });
  }
  return terms;
}
