/** Pass 6 (stub, to be replaced). */
import type { QuoteSpan } from '../annotations';
import type { ExtractedEntity, ExtractedQuote, Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function attributeQuotes(_doc: NormalizedText, _sentences: Sentence[], _spans: QuoteSpan[], _entities: ExtractedEntity[]): ExtractedQuote[] {
  return [];
}
