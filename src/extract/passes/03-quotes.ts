/**
 * Pass 3: quotation spans. A state machine over quote marks, line by line
 * (a quotation never runs past a line: news copy re-opens it on the next
 * paragraph). It copes with what wire copy really contains:
 *   - curly, straight and mismatched marks: ”The serious approach...,” Kerry said
 *     opens with a closing mark, so direction is taken from position, not shape;
 *   - no space after a mark: Syria.”The next sentence;
 *   - a quotation left open at the end of a paragraph closes there, and a
 *     paragraph that starts inside it (only a closing mark) quotes from its start;
 *   - single quotes as quotation marks ('legacy backlog'), kept apart from
 *     apostrophes (don’t, Assad’s, ’90s, parents' house), nested ones separate.
 * Every span between marks is a quote, scare quotes and titles included.
 * Linear in the text length; never throws.
 */
import type { QuoteSpan } from '../annotations';
import type { Sentence } from '../types';
import type { NormalizedText } from './01-normalize';
import { spanAt } from '../span-search';

const DOUBLE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033']);
/** Marks whose shape says "I close": used only to tell a paragraph-initial closer. */
const DOUBLE_CLOSERS = new Set(['\u201D', '\u00BB']);
const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '\u201B', '\u2032']);

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

interface Mark {
  at: number;
  kind: 'double' | 'single';
}

/** A single mark that can open a quotation: after a space or bracket, before a letter ('legacy). */
function singleOpens(text: string, at: number, lineStart: number): boolean {
  const before = at > lineStart ? text[at - 1] : undefined;
  const after = text[at + 1];
  if (!(before === undefined || /[\s([{\u2014\u2013"\u201C-]/.test(before))) return false;
  if (!isLetterOrDigit(after)) return false;
  // ’90s, 'em, 'til, 'n' are elisions, not quotation marks.
  if (/^\d\ds\b/.test(text.slice(at + 1, at + 5))) return false;
  if (/^(em|til|tis|twas|cause|n)\b/i.test(text.slice(at + 1, at + 7))) return false;
  return true;
}

/** A single mark that can close a quotation: after a word or punctuation, before a space or punctuation. */
function singleCloses(text: string, at: number, lineEnd: number): boolean {
  const before = text[at - 1];
  const after = at + 1 < lineEnd ? text[at + 1] : undefined;
  if (isSpace(before)) return false;
  return after === undefined || !isLetterOrDigit(after);
}

/** Single-quote pairs on one line: an opener, then the first closer after it; the rest are apostrophes. */
function pairSingles(text: string, marks: number[], lineStart: number, lineEnd: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (const at of marks) {
    if (open < 0) {
      if (singleOpens(text, at, lineStart)) open = at;
    } else if (singleCloses(text, at, lineEnd)) {
      // A possessive plural inside ("the parents' house") looks like a closer followed by a
      // lower-case word; a real closer is usually followed by punctuation, a space or the end.
      pairs.push([open, at]);
      open = -1;
    } else if (singleOpens(text, at, lineStart)) {
      open = at;
    }
  }
  return pairs;
}

/** Double-quote pairs on one line; `carried` = a quotation is still open from the previous paragraph. */
function pairDoubles(text: string, all: number[], lineStart: number, lineEnd: number, carried: boolean): { pairs: Array<[number, number]>; leftOpen: boolean } {
  const pairs: Array<[number, number]> = [];
  let marks = all;
  if (marks.length % 2 === 1) {
    // An odd straight mark after a digit is an inch sign ("a 5" screen"), not a quotation mark.
    const inch = marks.findIndex((at) => text[at] === '"' && /\d/.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? ''));
    if (inch >= 0) marks = marks.filter((_, i) => i !== inch);
  }
  let i = 0;
  if (carried && marks.length > 0 && marks.length % 2 === 1) {
    // "...at risk.\n\nNo one's right to refuge...," she said. -- the paragraph starts
    // inside the quotation when its first mark looks like a closer.
    const first = marks[0];
    const before = first > lineStart ? text[first - 1] : undefined;
    const after = first + 1 < lineEnd ? text[first + 1] : undefined;
    const looksClosing = !isSpace(before) && (after === undefined || !isLetterOrDigit(after) || DOUBLE_CLOSERS.has(text[first]));
    if (looksClosing) {
      pairs.push([lineStart - 1, first]);
      i = 1;
    }
  }
  for (; i + 1 < marks.length; i += 2) pairs.push([marks[i], marks[i + 1]]);
  const leftOpen = i < marks.length;
  if (leftOpen) pairs.push([marks[i], lineEnd]);
  return { pairs, leftOpen };
}

export function findQuoteSpans(doc: NormalizedText, sentences: Sentence[]): QuoteSpan[] {
  const text = doc.text;
  const spans: QuoteSpan[] = [];
  let lineStart = 0;
  let paragraph = 0;
  let carried = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const doubles: number[] = [];
    const singles: number[] = [];
    for (let at = lineStart; at < lineEnd; at++) {
      const c = text[at];
      if (DOUBLE_MARKS.has(c)) doubles.push(at);
      else if (SINGLE_MARKS.has(c)) singles.push(at);
    }
    // The whole line, scanned once: a line of 200 spaces and then "a quote" is not blank.
    let firstInk = lineStart;
    while (firstInk < lineEnd && /\s/.test(text[firstInk])) firstInk++;
    const blank = firstInk === lineEnd;
    if (!blank) {
      const found: Array<{ pair: [number, number]; kind: Mark['kind'] }> = [];
      const d = pairDoubles(text, doubles, lineStart, lineEnd, carried);
      carried = d.leftOpen;
      for (const pair of d.pairs) found.push({ pair, kind: 'double' });
      for (const pair of pairSingles(text, singles, lineStart, lineEnd)) found.push({ pair, kind: 'single' });
      for (const { pair, kind } of found) {
        const [open, close] = pair;
        let start = open + 1;
        let end = close;
        while (start < end && /\s/.test(text[start])) start++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        if (end <= start) continue;
        const sentence = spanAt(sentences, start);
        const closedByLine = close === lineEnd;
        spans.push({
          start,
          end,
          open,
          close,
          paragraph: sentence ? sentence.paragraph : paragraph,
          sentence: sentence ? sentence.index : 0,
          rule: kind === 'single' ? 'quotes:single-marks' : closedByLine ? 'quotes:open-to-paragraph-end' : open < lineStart ? 'quotes:continued-paragraph' : 'quotes:double-marks',
          confidence: kind === 'single' ? 0.8 : closedByLine || open < lineStart ? 0.85 : 0.95,
        });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
