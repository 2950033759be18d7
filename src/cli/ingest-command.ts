/**
 * `newsgraph ingest FILE|DIR|- ...`: bulkIngest with progress on stderr, a
 * summary on stdout and the exit code: 0 when every file went in or was
 * already there, 1 when any file failed (the others still went in), 130 when
 * interrupted by SIGINT/SIGTERM (what was written stays; a rerun ingests the
 * rest, skipping what is stored).
 */
import { bulkIngest, type IngestSummary } from '../ingest/bulk-ingest';
import { docsPerSecond, silentProgress, streamProgress } from '../ingest/ingest-progress';
import type { Store } from '../store/store';

export type { IngestSummary };

export interface RunIngestOptions {
  /** Extraction worker threads; 0 extracts in-process. */
  workers: number;
  /** No progress or per-file problems on stderr (the summary still goes to stdout). */
  quiet?: boolean;
  signal?: AbortSignal;
}

export function runIngest(store: Store, args: string[], options: RunIngestOptions): Promise<IngestSummary> {
  return bulkIngest(store, args, {
    workers: options.workers,
    signal: options.signal,
    progress: options.quiet ? silentProgress : streamProgress(process.stderr),
  });
}

/** The whole command: stops cleanly on the first SIGINT/SIGTERM, at once on the second. Returns the exit code. */
export async function runIngestCommand(store: Store, args: string[], options: RunIngestOptions): Promise<number> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal does not wait: the transaction under way rolls back, committed documents stay.
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    process.stderr.write(`\nnewsgraph: ${signal}: stopping after the document being written (send it again to stop at once)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const summary = await runIngest(store, args, { ...options, signal: controller.signal });
    process.stdout.write(formatIngestSummary(summary) + '\n');
    if (summary.interrupted) return 130;
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const LISTED_AT_MOST = 20;

export function formatIngestSummary(summary: IngestSummary): string {
  const processed = summary.created + summary.skipped.length + summary.failures.length;
  const seconds = summary.elapsedMs / 1000;
  const rate = docsPerSecond(processed, summary.elapsedMs);
  const lines = [
    `ingested ${summary.created} document(s): ${summary.entities} entities, ${summary.mentions} mentions, ${summary.quotes} quotes, ${summary.relations} relations`,
    `${processed}/${summary.total} file(s) in ${seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s, ${summary.workers || 'no'} extraction worker(s)): ` +
      `${summary.created} written, ${summary.skipped.length} skipped as already ingested, ${summary.failures.length} failed`,
  ];
  if (summary.skipped.length > 0) {
    const named = summary.skipped.slice(0, LISTED_AT_MOST).join(', ');
    const more = summary.skipped.length > LISTED_AT_MOST ? ` and ${summary.skipped.length - LISTED_AT_MOST} more` : '';
    lines.push(`skipped (same text already stored): ${named}${more}`);
  }
  for (const { kind, reason } of summary.failures.slice(0, LISTED_AT_MOST)) lines.push(`${kind} ${reason}`);
  if (summary.failures.length > LISTED_AT_MOST) lines.push(`... and ${summary.failures.length - LISTED_AT_MOST} more failed (listed on stderr as they happened)`);
  if (summary.interrupted) {
    lines.push(`interrupted: ${summary.total - processed} file(s) not done; run the same command again to ingest the rest (stored ones are skipped)`);
  }
  return lines.join('\n');
}
