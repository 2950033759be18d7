/** Pass 3 (stub, to be replaced). */
import type { QuoteSpan } from '../annotations';
import type { Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function findQuoteSpans(_doc: NormalizedText, _sentences: Sentence[]): QuoteSpan[] {
  return [];
}
