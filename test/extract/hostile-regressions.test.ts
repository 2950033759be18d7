/**
 * Regressions found by the hostile-text and 1 MB runs (issue 7), each with the
 * smallest input that showed it. Times are CPU time, generous bounds: each
 * input took seconds to minutes (or overflowed the stack) before its fix.
 */
import fc from 'fast-check';
import { extract } from '../../src/extract/pipeline';
import { datelineSegmentsText } from '../../src/extract/passes/04-entities';
import { extractionViolations } from './fixtures/extraction-invariants';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('hostile-text regressions', () => {
  it('keeps a name repeated on 150,000 lines as one entity without overflowing the stack', () => {
    // Math.max(...confidences) and members.push(...others) threw RangeError past ~120k mentions.
    const text = 'Geneva\n'.repeat(150_000);
    const result = extract(text);
    expect(extractionViolations(text, result)).toEqual([]);
    const places = result.entities.filter((e) => e.name === 'Geneva');
    expect(places).toHaveLength(1);
    expect(places[0].mentions.length).toBe(150_000);
  }, 30_000);

  it('merges 3,000 sentences about one meeting in linear time', () => {
    // Each new mention was compared with every earlier mention of its event: 3,000² checks.
    const sentence = 'Foreign Minister Daniel Okafor met Marta Kowalczyk in Geneva on Tuesday. ';
    const small = cpuMs(() => extract(sentence.repeat(750)));
    let result: ReturnType<typeof extract> | null = null;
    const large = cpuMs(() => {
      result = extract(sentence.repeat(3000));
    });
    const meetings = result!.entities.filter((e) => e.type === 'Event' && e.event?.kind === 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].mentions).toHaveLength(3000);
    expect(large).toBeLessThan(8 * small + 200);
  }, 30_000);

  it('attributes 20,000 quotes on one line in linear time', () => {
    // attributeOne found each quote's place among its sentence's quotes with indexOf.
    const unit = '“x” ';
    const small = cpuMs(() => extract(unit.repeat(5000)));
    let result: ReturnType<typeof extract> | null = null;
    const large = cpuMs(() => {
      result = extract(unit.repeat(20_000));
    });
    expect(result!.quotes).toHaveLength(20_000);
    expect(large).toBeLessThan(8 * small + 200);
  }, 30_000);

  it('resolves "the ministry" among 1,200 organisations and their ministers in linear time', () => {
    // Every "the ministry" compiled a regex and scanned every organisation; every two-word name
    // scanned every person; every role holder was looked up with list.includes.
    const names = Array.from({ length: 1200 }, (_, i) => `Zor${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}`);
    const article = (n: number): string =>
      names
        .slice(0, n)
        .map((name) => `The ${name} Ministry said on Monday. Minister Anna ${name}son met Daniel Okafor. “We agree,” the ministry said.`)
        .join(' ');
    const small = cpuMs(() => extract(article(300)));
    const large = cpuMs(() => extract(article(1200)));
    expect(large).toBeLessThan(8 * small + 200);
  }, 30_000);

  it('finds a quotation on a line indented by more than 200 spaces', () => {
    // The quote pass looked at only the first 200 characters to decide that a line was blank.
    const text = `${' '.repeat(250)}“We will meet again,” Daniel Okafor said in Geneva.`;
    expect(extract(text).quotes.map((q) => q.text)).toEqual(['We will meet again,']);
  });

  it('strips a dateline separator after a run of spaces quickly, as the regex it replaces did slowly', () => {
    // \s*(?:\([^)]*\))?\s*(?::|--?|—|–)\s*$ is cubic on spaces that end without a separator.
    const spaces = `Geneva${' '.repeat(20_000)}x`;
    expect(cpuMs(() => datelineSegmentsText(spaces))).toBeLessThan(50);
    expect(datelineSegmentsText('Geneva, Switzerland (Reuters) -')).toBe('Geneva, Switzerland');
    expect(datelineSegmentsText('OSLO --')).toBe('OSLO');
    expect(datelineSegmentsText('Lagos —')).toBe('Lagos');
    expect(datelineSegmentsText('Quito, Ecuador:')).toBe('Quito, Ecuador');
    expect(datelineSegmentsText('Update')).toBe('Update');
  });

  it('strips a dateline separator exactly as the old regex did, on any short string', () => {
    const OLD = /\s*(?:\([^)]*\))?\s*(?::|--?|—|–)\s*$/;
    const unit = fc.constantFrom(' ', '(', ')', ':', '-', '—', '–', 'A', 'b', ',', '\n', '\t');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (s) => {
        expect(datelineSegmentsText(s)).toBe(s.replace(OLD, ''));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
