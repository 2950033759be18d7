import { calibratedConfidence, calibrateResult, DEV_RECORD, PRIOR_WEIGHT, type RuleRecord } from '../../src/extract/calibration';
import { extract, extractUncalibrated } from '../../src/extract/pipeline';
import type { ExtractionResult } from '../../src/extract/types';

const RECORD: Record<string, RuleRecord> = {
  'test:always-right': { n: 30, right: 30 },
  'test:mostly-wrong': { n: 20, right: 4 },
  'test:seen-once': { n: 1, right: 0 },
  'test:never-judged': { n: 0, right: 0 },
};

describe('calibratedConfidence', () => {
  it.each<[string, string, number, (c: number) => boolean]>([
    ['raises an under-confident rule that was always right', 'test:always-right', 0.6, (c) => c > 0.85],
    ['lowers an over-confident rule that was mostly wrong', 'test:mostly-wrong', 0.9, (c) => c < 0.5],
    ['barely moves a rule judged only once', 'test:seen-once', 0.8, (c) => c < 0.8 && c > 0.7],
    ['keeps the confidence of a rule with an empty record', 'test:never-judged', 0.55, (c) => c === 0.55],
    ['keeps the confidence of a rule it has no record of', 'test:unknown', 0.37, (c) => c === 0.37],
    ['never claims certainty, however good the record', 'test:always-right', 1, (c) => c < 1],
  ])('%s', (_what, rule, confidence, ok) => {
    const c = calibratedConfidence(rule, confidence, RECORD);
    expect(ok(c)).toBe(true);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  });

  it('weighs the pass confidence as PRIOR_WEIGHT facts against the record', () => {
    // 4 right of 20, prior 0.9 worth PRIOR_WEIGHT facts
    expect(calibratedConfidence('test:mostly-wrong', 0.9, RECORD)).toBeCloseTo((4 + PRIOR_WEIGHT * 0.9) / (20 + PRIOR_WEIGHT), 3);
  });

  it('keeps the order of two facts of the same rule', () => {
    const low = calibratedConfidence('test:mostly-wrong', 0.5, RECORD);
    const high = calibratedConfidence('test:mostly-wrong', 0.7, RECORD);
    expect(high).toBeGreaterThan(low);
  });

  it('has a dev record whose counts are possible', () => {
    for (const [rule, r] of Object.entries(DEV_RECORD)) {
      expect(rule).toMatch(/^[a-z]+:[a-z0-9_-]+$/);
      expect(r.right).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(r.n);
    }
  });
});

describe('calibrateResult', () => {
  const result: ExtractionResult = {
    document: { id: 'd', title: null, publishedAt: null },
    sentences: [],
    entities: [
      {
        id: 'e1', type: 'Person', name: 'Nia Holt', aliases: [], salience: 1, rule: 'test:mostly-wrong', confidence: 0.9,
        mentions: [{ start: 0, end: 8, text: 'Nia Holt', sentence: 0, rule: 'test:mostly-wrong', confidence: 0.9 }],
      },
    ],
    quotes: [{ id: 'q1', start: 10, end: 20, text: 'x', direct: true, speakerId: 'e1', addresseeId: null, aboutIds: [], sentence: 0, rule: 'test:always-right', confidence: 0.6 }],
    relations: [{ id: 'r1', type: 'MET', sourceId: 'e1', targetId: 'e1', start: 0, end: 8, rule: 'test:unknown', confidence: 0.42 }],
  };

  it('calibrates entity, quote and relation confidences but leaves mentions and the input alone', () => {
    const out = calibrateResult(result, RECORD);
    expect(out.entities[0].confidence).toBe(calibratedConfidence('test:mostly-wrong', 0.9, RECORD));
    expect(out.quotes[0].confidence).toBe(calibratedConfidence('test:always-right', 0.6, RECORD));
    expect(out.relations[0].confidence).toBe(0.42);
    expect(out.entities[0].mentions[0].confidence).toBe(0.9);
    expect(result.entities[0].confidence).toBe(0.9);
    expect(result.quotes[0].confidence).toBe(0.6);
  });

  it('is what extract() applies on top of the passes, changing no fact but the confidences', () => {
    const text = 'Mayor Nia Holt met builders in Porto Vell on Friday.\n"The road opens soon," Holt said.';
    const raw = extractUncalibrated(text, { id: 'x' });
    const out = extract(text, { id: 'x' });
    expect(out).toEqual(calibrateResult(raw));
    const strip = (r: ExtractionResult): unknown => JSON.parse(JSON.stringify(r, (k, v) => (k === 'confidence' ? undefined : v)));
    expect(strip(out)).toEqual(strip(raw));
  });
});
