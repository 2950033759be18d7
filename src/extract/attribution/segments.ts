/**
 * Sentence-like segments for attribution, found with quotations treated as
 * opaque: a full stop inside a quotation does not end the reporting sentence
 * around it ("He said, “We agree. We go.” and left" is one segment), but a
 * quotation that ends with . ! ? before a capital does ("…regime.” Kerry said").
 * Also splits where a space is missing ("he added.At a news conference").
 */
import type { QuoteSpan } from '../annotations';
import { ABBREVIATIONS } from '../lexicon/abbreviations';

export interface Segment {
  start: number;
  end: number;
  index: number;
  /** Line-based paragraph number (blank lines and single newlines both separate). */
  paragraph: number;
}

/** Longest segment in characters; real sentences are far shorter. */
const MAX_SEGMENT = 1500;
const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);
const OPENERS = /["\u201C\u201D\u2018'(\[]/;

/** True when the full stop at `at` ends an abbreviation ("Mr.", "U.S.") rather than a sentence. */
function abbreviationEnds(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]) && at - s < 12) s--;
  const word = text.slice(s, at);
  if (word.length === 0) return false;
  // "U.S." / "U.N." initialisms, and a single capital initial ("John F. Kennedy").
  if (word.includes('.') || /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSegments(text: string, quotes: QuoteSpan[]): Segment[] {
  const byOpen = [...quotes].sort((a, b) => a.open - b.open);
  const opens = new Set(quotes.map((q) => q.open));
  const cuts: number[] = [];
  let lastCut = 0;
  let qi = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (cuts.length > 0) lastCut = cuts[cuts.length - 1];
    if (i - lastCut > MAX_SEGMENT && text[i] === ' ') {
      // Text without sentence ends (lists, noise) is cut anyway, so later passes stay linear.
      cuts.push(i);
      lastCut = i;
    }
    while (qi < byOpen.length && byOpen[qi].open < i) qi++;
    if (qi < byOpen.length && byOpen[qi].open === i && byOpen[qi].open >= 0) {
      const q = byOpen[qi];
      const next = Math.max(i + 1, Math.min(n, q.close + 1));
      const inner = text.slice(q.start, q.end);
      if (/[.!?]$/.test(inner)) {
        let j = next;
        while (j < n && text[j] === ' ') j++;
        if (j >= n || isUpper(text[j]) || (j > next && OPENERS.test(text[j]))) cuts.push(next);
      }
      i = next;
      continue;
    }
    const c = text[i];
    if (c === '\n') cuts.push(i + 1);
    else if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < n && /[)\]]/.test(text[j])) j++;
      const spaced = j < n && text[j] === ' ';
      while (j < n && text[j] === ' ') j++;
      const nextChar = text[j];
      if (j >= n) cuts.push(j);
      else if ((isUpper(nextChar) || (spaced && OPENERS.test(nextChar)) || opens.has(j)) && !(c === '.' && abbreviationEnds(text, i))) {
        // Without a space only a lower-case letter before the stop counts ("added.At"), not "U.S.A".
        if (spaced || /\p{Ll}/u.test(text[i - 1] ?? '')) cuts.push(j);
      }
    }
    i++;
  }
  const segments: Segment[] = [];
  let start = 0;
  let paragraph = 0;
  let sawBreak = false;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      if (sawBreak && segments.length > 0) paragraph++;
      sawBreak = false;
      segments.push({ start: s, end: e, index: segments.length, paragraph });
    }
    if (text.slice(e, end).includes('\n') || (e === s && text.slice(start, end).includes('\n'))) sawBreak = true;
    start = end;
  };
  for (const cut of cuts) if (cut > start) push(cut);
  if (start < n) push(n);
  return segments;
}
