/** Pass 7 (stub, to be replaced). */
import type { DocumentMeta, ExtractedEntity, Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function extractEvents(_doc: NormalizedText, _sentences: Sentence[], _entities: ExtractedEntity[], _meta: DocumentMeta): ExtractedEntity[] {
  return [];
}
