/** Pass 4 (stub, to be replaced). */
import type { MentionCandidate, QuoteSpan } from '../annotations';
import type { Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function findEntityMentions(_doc: NormalizedText, _sentences: Sentence[], _quotes: QuoteSpan[]): MentionCandidate[] {
  return [];
}
