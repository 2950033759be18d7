/**
 * Intermediate annotations passed between extraction passes. They are internal
 * to src/extract; the public result is in ./types.
 */
import type { EntityType, LocationInfo, Span } from './types';

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
  /** Gazetteer facts for a Location (withinId is filled by coreference). */
  location?: LocationInfo;
  /** Gender evidence from an honorific or a given name. */
  gender?: 'male' | 'female' | null;
  /** A name with no cue of its own: kept only if it matches a confident entity. */
  weak?: boolean;
  /** Where the country or demonym of the title stands ("U.S." in "U.S. Secretary of State"). */
  titleOfSpan?: Span;
  /** The whole surface form including title words, for aliases. */
  surface?: string;
  /** For an acronym in parentheses, the name it abbreviates: "World Health Organization (WHO)". */
  expands?: Span;
}
