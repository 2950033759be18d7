/**
 * Pass 2: sentence and paragraph spans. A sentence ends at . ! ? (plus any
 * closing quotes or brackets) when the next word starts a new sentence, and
 * at every line break. It does not end after abbreviations ("Mr.", "Gen.",
 * "Jan."), initials ("John F. Kennedy") or dotted acronyms ("U.S. officials"),
 * unless a typical sentence opener follows ("... the U.S. The talks").
 * Wire copy often glues sentences ("Syria.”The"): a period after a lower-case
 * word directly followed by a capital still ends the sentence.
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import { NON_NAME_WORDS } from '../lexicon/function-words';
import type { Sentence, Span } from '../types';
import { findParagraphs, type NormalizedText } from './01-normalize';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word just before position `dot` (letters, digits and inner dots): "U.S" for "U.S.". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]) && dot - i < 40) i--;
  return text.slice(i, dot);
}

/** The word starting at `at`. */
function wordAt(text: string, at: number): string {
  let j = at;
  while (j < text.length && /[\p{L}’']/u.test(text[j]) && j - at < 40) j++;
  return text.slice(at, j);
}

/** Does the terminator at `i` (followed by closers up to `j`) end a sentence? */
function endsSentence(text: string, i: number, j: number): boolean {
  const mark = text[i];
  let k = j;
  const glued = k < text.length && !/\s/.test(text[k]);
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k >= text.length || text[k] === '\n' || text[k] === '\r') return true;
  let next = k;
  while (next < text.length && OPENERS.has(text[next])) next++;
  const nextCh = text[next];
  if (!isUpper(nextCh) && !/\p{N}/u.test(nextCh ?? '') ) {
    return false;
  }
  if (/\p{N}/u.test(nextCh ?? '') && mark === '.' && !glued) {
    // "in 2015. 2016 was" is rare; "No. 5" and "p. 12" are common.
    const w = wordBefore(text, i).toLowerCase();
    return w.length > 3 && !ABBREVIATIONS.has(w);
  }
  if (/\p{N}/u.test(nextCh ?? '')) return false;
  if (mark !== '.') return true;
  // Dots inside a name or number: "U.N.-brokered", "Secunia.com", "3.5".
  if (glued && j === i + 1 && !isUpper(text[j]) && !OPENERS.has(text[j])) return false;
  const word = wordBefore(text, i);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  const nextWord = wordAt(text, next);
  const opener = NON_NAME_WORDS.has(nextWord.toLowerCase());
  if (word.includes('.') || /^\p{Lu}$/u.test(word)) {
    // "U.S." / "K.C." / an initial: a name usually continues; a sentence opener says otherwise.
    if (glued) return /\p{Ll}/u.test(word.slice(word.lastIndexOf('.') + 1)) && word.slice(word.lastIndexOf('.') + 1).length > 1;
    return opener;
  }
  if (ABBREVIATIONS.has(lower)) return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && opener;
  if (glued) {
    // "Syria.Speaking": a lower-case word glued to a capital is a lost space, not a name like "Node.JS".
    return /\p{Ll}/u.test(word) && word.length > 1;
  }
  return true;
}

/** Sentences of one paragraph span, each trimmed; line breaks always end a sentence. */
function splitParagraph(text: string, para: Span, out: Span[]): void {
  let start = para.start;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < para.end && CLOSERS.has(text[j])) j++;
    // A closing quote directly before a capital ("Syria.”The") ends it too; the quote stays behind.
    if (endsSentence(text, j - 1 > i && !CLOSERS.has(text[j - 1]) ? j - 1 : i, j)) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, para.end);
}

export function splitSentences(doc: NormalizedText): Sentence[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs ?? findParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    const spans: Span[] = [];
    splitParagraph(text, para, spans);
    for (const s of spans) sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph: p });
  });
  return sentences;
}
