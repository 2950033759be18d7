/**
 * The extractor on hostile text (issue 7), at length:
 *   1. a long fast-check run of the invariants of test/extract/hostile-text.test.ts
 *      over every generator (200,000 cases by default);
 *   2. the timing table of extract() on each 1 MB input of
 *      test/extract/fixtures/hostile-scale-inputs.ts (wall clock and CPU time).
 *
 *   npm run bench:hostile-text
 *   npm run bench:hostile-text -- --runs 1000000 --seed 42
 *   npm run bench:hostile-text -- --runs 0          (the timing table only)
 *   npm run bench:hostile-text -- --table 0         (the property run only)
 *
 * (`bench:hostile` is the GraphQL server's hostile-query benchmark.)
 */
import fc from 'fast-check';
import { extract } from '../src/extract/pipeline';
import { extractionViolations } from '../test/extract/fixtures/extraction-invariants';
import { anyHostileText } from '../test/extract/fixtures/hostile-text-arbitraries';
import { scaleInputs } from '../test/extract/fixtures/hostile-scale-inputs';
import { HOSTILE_TEXT_CASES } from '../test/extract/fixtures/hostile-text-cases';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const RUNS = option('runs', 200_000);
const SEED = option('seed', Date.now() % 1_000_000);
const TABLE = option('table', 1);

const generators = [...HOSTILE_TEXT_CASES, ['any of them', anyHostileText, 0.03] as const];

function propertyRun(): boolean {
  console.log(`fast-check: ${RUNS} cases, seed ${SEED}`);
  let ok = true;
  let total = 0;
  const started = performance.now();
  for (const [name, arbitrary, share] of generators) {
    const numRuns = Math.max(1, Math.round(RUNS * share));
    const t0 = performance.now();
    const details = fc.check(
      fc.property(arbitrary, (text) => {
        const problems = extractionViolations(text, extract(text));
        if (problems.length > 0) throw new Error(problems.slice(0, 10).join('\n'));
      }),
      { numRuns, seed: SEED },
    );
    total += details.numRuns;
    const ms = performance.now() - t0;
    console.log(`  ${details.failed ? 'FAIL' : 'ok  '} ${String(details.numRuns).padStart(8)} cases ${(ms / 1000).toFixed(1).padStart(7)} s  ${name}`);
    if (details.failed) {
      ok = false;
      console.log(fc.defaultReportMessage(details));
    }
  }
  console.log(`  ${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function timingTable(): void {
  extract('Warm-up: Daniel Okafor met Marta Kowalczyk in Geneva on Monday.');
  console.log('\nextract() on 1 MB inputs       wall ms    CPU ms   chars  sentences entities quotes relations');
  for (const input of scaleInputs()) {
    const text = input.build();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = extract(text);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cells = [
      wall.toFixed(0).padStart(9),
      ((cpu.user + cpu.system) / 1000).toFixed(0).padStart(9),
      String(text.length).padStart(8),
      String(result.sentences.length).padStart(10),
      String(result.entities.length).padStart(8),
      String(result.quotes.length).padStart(7),
      String(result.relations.length).padStart(9),
    ];
    console.log(`${cells.join('')}  ${input.name}`);
  }
}

const ok = RUNS > 0 ? propertyRun() : true;
if (TABLE) timingTable();
process.exitCode = ok ? 0 : 1;
