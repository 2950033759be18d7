/**
 * The sentence around a fact, so that every stored span can show its sentence
 * without re-splitting the text.
 */
import type { Sentence, Span } from '../extract/types';

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/**
 * The sentence at `index` when it contains the span; otherwise the sentence
 * that contains the span's start; otherwise the span itself (a fact outside
 * every sentence still has a context to show).
 */
export function sentenceSpanOf(sentences: readonly Sentence[], span: Span, index?: number): SentenceSpan {
  const byIndex = index !== undefined ? sentences[index] : undefined;
  if (byIndex && byIndex.start <= span.start && span.start < Math.max(byIndex.end, byIndex.start + 1)) {
    return { index: byIndex.index, start: byIndex.start, end: byIndex.end };
  }
  const containing = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (containing) return { index: containing.index, start: containing.start, end: containing.end };
  return { index: index ?? -1, start: span.start, end: span.end };
}
