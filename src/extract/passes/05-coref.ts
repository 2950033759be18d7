/** Pass 5 (stub, to be replaced). */
import type { MentionCandidate } from '../annotations';
import type { ExtractedEntity, Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export interface CorefResult {
  entities: ExtractedEntity[];
  datelineLocationId: string | null;
}

export function resolveCoreference(_doc: NormalizedText, _sentences: Sentence[], _candidates: MentionCandidate[]): CorefResult {
  return { entities: [], datelineLocationId: null };
}
