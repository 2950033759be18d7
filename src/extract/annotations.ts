/**
 * Intermediate annotations passed between extraction passes. They are internal
 * to src/extract; the public result is in ./types.
 */
import type { EntityType, Span } from './types';

/** A pair of quote marks and the words between them (start/end exclude the marks). */
export interface QuoteSpan extends Span {
  /** Offsets of the opening and closing marks (the closing one may be the paragraph end). */
  open: number;
  close: number;
  paragraph: number;
  sentence: number;
  rule: string;
  confidence: number;
}

/** A name found in the text, before coreference decides which entity it is. */
export interface MentionCandidate extends Span {
  text: string;
  type: EntityType;
  sentence: number;
  rule: string;
  confidence: number;
  /** Title words before the name ("Secretary of State"), when the rule saw them. */
  title?: string | null;
  /** Demonym or country named with the title ("U.S.", "Russian"). */
  titleOf?: string | null;
  /** The bare name within the mention ("John Kerry" in "U.S. Secretary of State John Kerry"). */
  nameSpan?: Span;
  pronoun?: boolean;
}
