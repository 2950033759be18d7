import { formatDuration, formatProgress, type ProgressCounts, streamProgress } from '../../src/ingest/ingest-progress';

function recorder() {
  const writes: string[] = [];
  return { writes, stream: { write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WritableStream };
}

const counts = (processed: number, elapsedMs: number): ProgressCounts => ({ total: 2000, processed, created: processed - 5, skipped: 3, failed: 2, elapsedMs });

describe('ingest progress', () => {
  it.each([
    [0, '0:00'],
    [9.4, '0:09'],
    [75, '1:15'],
    [3725, '1:02:05'],
  ])('formats %f seconds as %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('shows processed/total, rate, ETA from that rate, skipped and failed', () => {
    // 500 in 10 s is 50 docs/s; 1500 to go is 30 s.
    expect(formatProgress(counts(500, 10_000))).toBe('[500/2000] 25%  50.0 docs/s  ETA 0:30  skipped 3  failed 2');
  });

  it('prints a line per interval, not per file, when stderr is not a terminal, and always a last line', () => {
    let now = 0;
    const { writes, stream } = recorder();
    const progress = streamProgress(stream, { tty: false, intervalMs: 3000, now: () => now });
    for (let i = 1; i <= 100; i++) {
      now = i * 100; // 100 files over 10 s
      progress.update(counts(i, now));
    }
    progress.finish(counts(100, now));
    expect(writes).toEqual([
      `${formatProgress(counts(30, 3000))}\n`,
      `${formatProgress(counts(60, 6000))}\n`,
      `${formatProgress(counts(90, 9000))}\n`,
      `${formatProgress(counts(100, 10000))}\n`,
    ]);
  });

  it('rewrites one line on a terminal, and prints a problem above it without losing it', () => {
    let now = 0;
    const { writes, stream } = recorder();
    const progress = streamProgress(stream, { tty: true, now: () => now });
    now = 150;
    progress.update(counts(1, now));
    progress.problem('rejected empty.txt: the text is empty or only whitespace');
    progress.finish(counts(2, now));
    const line1 = formatProgress(counts(1, 150));
    expect(writes).toEqual([
      `\r\x1b[2K${line1}`,
      `\r\x1b[2Krejected empty.txt: the text is empty or only whitespace\n${line1}`,
      `\r\x1b[2K${formatProgress(counts(2, 150))}`,
      '\n',
    ]);
  });
});
