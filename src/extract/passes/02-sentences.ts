/** Pass 2 (stub, to be replaced). */
import type { Sentence } from '../types';
import type { NormalizedText } from './01-normalize';

export function splitSentences(doc: NormalizedText): Sentence[] {
  return doc.text.length === 0 ? [] : [{ start: 0, end: doc.text.length, index: 0, paragraph: 0 }];
}
