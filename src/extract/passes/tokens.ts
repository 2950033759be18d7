/**
 * Word tokens of a sentence, for the entity pass. Dotted acronyms stay whole
 * ("U.S.", "K.C."), inner hyphens, dots and apostrophes join ("al-Assad",
 * "Example.com", "O'Neill"), and a possessive "'s" is split off so that
 * "Assad's" yields the name "Assad".
 */
import type { Span } from '../types';

export interface Token extends Span {
  text: string;
  /** 'word' for letters and digits, 'punct' for any other single character. */
  kind: 'word' | 'punct';
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of its sentence (or of a quotation, or right after a dateline). */
  first: boolean;
}

// Alternatives are disjoint at their first character class use, and each loop
// consumes at least one character, so matching is linear in the input.
const WORD = /(?:\p{Lu}\.){2,}|\p{L}\.(?=\s+\p{Lu})|[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|\S/gu;

const OPENING = new Set(['"', '“', '‘', ':', '«']);

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  let firstPending = true;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    const start = span.start + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]);
    if (!isWord) {
      tokens.push({ start, end: start + word.length, text: word, kind: 'punct', cap: false, first: false });
      // The first word inside a quotation or after a colon is capitalised for grammar, not as a name.
      if (OPENING.has(word)) firstPending = true;
      continue;
    }
    let possessive = false;
    if (word.length > 2 && /['’][sS]$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({ start, end: start + word.length, text: word, kind: 'word', cap: isCapitalised(word), first: firstPending });
    firstPending = false;
    if (possessive) {
      tokens.push({ start: start + word.length, end: start + word.length + 2, text: "'s", kind: 'punct', cap: false, first: false });
    }
  }
  return tokens;
}
