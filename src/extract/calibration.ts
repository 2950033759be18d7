/**
 * Confidence calibration: the last step of the pipeline. Each pass sets a
 * confidence by rule, from the author's judgement; this step corrects it with
 * how often facts of that rule were actually right on the dev corpus and the
 * seed (`npm run calibrate`, counts kept below), so that "0.8" means about
 * four in five right. Only entities, quotes and relations are judged against
 * gold, so only their top-level confidence moves; mentions and events keep
 * the pass's value.
 *
 * The update is a Beta-style shrinkage: the pass's confidence acts as a prior
 * worth PRIOR_WEIGHT facts, the dev record as evidence,
 *   calibrated = (right + PRIOR_WEIGHT * confidence) / (n + PRIOR_WEIGHT)
 * so a rule seen twice barely moves, a rule right 23 times in 24 at 0.70 rises
 * to about 0.88, and the order of two facts of one rule never flips.
 */
import type { ExtractionResult } from './types';

export interface RuleRecord {
  /** Facts of this rule judged against gold. */
  n: number;
  /** How many of them were right. */
  right: number;
}

/** How much the pass's own confidence weighs, in facts. */
export const PRIOR_WEIGHT = 10;
/** Nothing the rules find is certain: held-out news is harder than dev. */
const MAX_CONFIDENCE = 0.99;

/**
 * Per-rule record on the dev corpus + seed (12 + 1 articles). The counts do
 * not depend on confidences, so re-running `CALIBRATE_EMIT=1 npm run calibrate`
 * after calibration prints the same table; refresh it when rules change.
 */
export const DEV_RECORD: Readonly<Record<string, RuleRecord>> = {
  'attribution:according-to': { n: 2, right: 2 },
  'attribution:answer-to-question': { n: 1, right: 1 },
  'attribution:colon-before-paragraph': { n: 2, right: 2 },
  'attribution:continuation': { n: 10, right: 10 },
  'attribution:continues-reported-speech': { n: 1, right: 1 },
  'attribution:cue-after': { n: 12, right: 12 },
  'attribution:cue-before': { n: 20, right: 20 },
  'attribution:reporting-clause': { n: 24, right: 23 },
  'coref:nested-name': { n: 2, right: 1 },
  'entities:acronym': { n: 5, right: 3 },
  'entities:acronym-led-name': { n: 4, right: 1 },
  'entities:apposition-org': { n: 1, right: 1 },
  'entities:caption-credit': { n: 5, right: 2 },
  'entities:coordination': { n: 2, right: 2 },
  'entities:dateline-place': { n: 6, right: 6 },
  'entities:dateline-source': { n: 1, right: 1 },
  'entities:example-of-class': { n: 6, right: 6 },
  'entities:first-name': { n: 29, right: 29 },
  'entities:first-name-alone': { n: 2, right: 2 },
  'entities:gazetteer-city': { n: 16, right: 15 },
  'entities:gazetteer-country': { n: 25, right: 25 },
  'entities:gazetteer-region': { n: 11, right: 11 },
  'entities:geo-noun-after': { n: 1, right: 1 },
  'entities:honorific': { n: 3, right: 3 },
  'entities:initials-name': { n: 1, right: 1 },
  'entities:known-org-name': { n: 2, right: 2 },
  'entities:leader-government': { n: 1, right: 1 },
  'entities:name-shape': { n: 13, right: 10 },
  'entities:org-before-role': { n: 1, right: 1 },
  'entities:org-head': { n: 34, right: 32 },
  'entities:org-noun-before': { n: 4, right: 4 },
  'entities:org-trailing-noun': { n: 7, right: 5 },
  'entities:org-words': { n: 19, right: 17 },
  'entities:person-of-org': { n: 2, right: 1 },
  'entities:place-modifier': { n: 1, right: 1 },
  'entities:place-opened-name': { n: 2, right: 1 },
  'entities:place-preposition': { n: 2, right: 1 },
  'entities:possessive-title': { n: 1, right: 1 },
  'entities:region-after-city': { n: 1, right: 1 },
  'entities:role-noun': { n: 20, right: 20 },
  'entities:single-default': { n: 7, right: 3 },
  'entities:site': { n: 2, right: 2 },
  'entities:site-head': { n: 8, right: 7 },
  'entities:speech-verb': { n: 2, right: 2 },
  'entities:speech-verb-single': { n: 1, right: 1 },
  'entities:the-name': { n: 1, right: 1 },
  'entities:the-publication': { n: 1, right: 1 },
  'entities:title': { n: 17, right: 17 },
  'relations:event-participant': { n: 9, right: 9 },
  'relations:event-place': { n: 9, right: 9 },
  'relations:gazetteer-within': { n: 4, right: 3 },
  'relations:met-at-meeting': { n: 1, right: 1 },
  'relations:met-at-news_conference': { n: 1, right: 1 },
  'relations:role-of': { n: 3, right: 3 },
};

/** A rule's confidence corrected by its record; unknown rules keep theirs. */
export function calibratedConfidence(
  rule: string,
  confidence: number,
  record: Readonly<Record<string, RuleRecord>> = DEV_RECORD,
): number {
  const r = record[rule];
  if (!r || r.n <= 0) return confidence;
  const c = Math.min(1, Math.max(0, confidence));
  const value = Math.min(MAX_CONFIDENCE, (r.right + PRIOR_WEIGHT * c) / (r.n + PRIOR_WEIGHT));
  return Math.round(value * 1000) / 1000;
}

/** The result with calibrated entity, quote and relation confidences (a new object; the input is not changed). */
export function calibrateResult(
  result: ExtractionResult,
  record: Readonly<Record<string, RuleRecord>> = DEV_RECORD,
): ExtractionResult {
  return {
    ...result,
    entities: result.entities.map((e) => ({ ...e, confidence: calibratedConfidence(e.rule, e.confidence, record) })),
    quotes: result.quotes.map((q) => ({ ...q, confidence: calibratedConfidence(q.rule, q.confidence, record) })),
    relations: result.relations.map((r) => ({ ...r, confidence: calibratedConfidence(r.rule, r.confidence, record) })),
  };
}
