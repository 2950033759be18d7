/** Pass 8 (stub, to be replaced). */
import type { ExtractedEntity, ExtractedQuote, ExtractedRelation, Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function extractRelations(_doc: NormalizedText, _sentences: Sentence[], _entities: ExtractedEntity[], _quotes: ExtractedQuote[]): ExtractedRelation[] {
  return [];
}
