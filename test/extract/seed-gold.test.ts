/**
 * The seed article scored against its hand-made gold with the project's
 * scorer (../shared/eval/score.mjs), in-process extraction. The thresholds are
 * the foundation issue's acceptance figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/extract/pipeline';

const root = join(__dirname, '..', '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
const seedId = 'reuters-kerry-putin-moscow';

interface Totals {
  entity: { typed: { f1: number } };
  fragmentation: number;
  quotes: { f1: number };
  attribution: { accuracy: number };
  events: { f1: number };
  relations: { p: number; r: number };
}

function scoreSeed(): Totals {
  const pred = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
  const text = readFileSync(join(root, 'seeds', `${seedId}.txt`), 'utf8');
  writeFileSync(join(pred, `${seedId}.json`), JSON.stringify(extract(text, { id: seedId })));
  const out = execFileSync(process.execPath, [scorer, '--corpus', join(root, 'seeds'), '--pred', pred, '--json'], {
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { totals: Totals }).totals;
}

// The scorer ships beside the repository (../shared); without it there is nothing to score against.
const withScorer = existsSync(scorer) ? describe : describe.skip;

withScorer('the seed article against its gold', () => {
  let totals: Totals;
  beforeAll(() => {
    totals = scoreSeed();
  });

  it('finds the people, organisations and places with typed F1 of at least 90%', () => {
    expect(totals.entity.typed.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('merges every alias: no gold entity is split into several', () => {
    expect(totals.fragmentation).toBe(0);
  });
  it('finds the direct quotes (F1 >= 90%) and attributes at least 90% of them to the right speaker', () => {
    expect(totals.quotes.f1).toBeGreaterThanOrEqual(0.9);
    expect(totals.attribution.accuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('finds the events with F1 of at least 83%', () => {
    expect(totals.events.f1).toBeGreaterThanOrEqual(0.83);
  });
  it('finds at least 70% of the required relations with at least 70% precision', () => {
    expect(totals.relations.r).toBeGreaterThanOrEqual(0.7);
    expect(totals.relations.p).toBeGreaterThanOrEqual(0.7);
  });
});
