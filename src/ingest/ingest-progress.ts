/**
 * Progress of a bulk ingest, for a person watching stderr: processed/total,
 * rate, ETA, skipped and failed. A terminal gets one line rewritten in place
 * (at most ten times a second); a log file or pipe gets a line every few
 * seconds, so 100,000 files do not make 100,000 lines. Problems (a bad file)
 * are printed when they happen, on a line of their own.
 */
export interface ProgressCounts {
  /** Files named by the command. */
  total: number;
  /** Files done: written, skipped or failed. */
  processed: number;
  created: number;
  /** Already in the store (same text): nothing written. */
  skipped: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestProgress {
  /** Called after every file. */
  update(counts: ProgressCounts): void;
  /** A file that could not be ingested, named, with the reason. */
  problem(message: string): void;
  /** Called once at the end (or on interruption) with the last counts. */
  finish(counts: ProgressCounts): void;
}

export const silentProgress: IngestProgress = { update() {}, problem() {}, finish() {} };

export function docsPerSecond(processed: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (processed * 1000) / elapsedMs : 0;
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** "[1200/2000] 60%  85.3 docs/s  ETA 0:09  skipped 40  failed 2" */
export function formatProgress(counts: ProgressCounts): string {
  const { total, processed, skipped, failed, elapsedMs } = counts;
  const rate = docsPerSecond(processed, elapsedMs);
  const percent = total > 0 ? Math.floor((processed * 100) / total) : 100;
  const eta = processed >= total ? '0:00' : rate > 0 ? formatDuration((total - processed) / rate) : '?';
  return `[${processed}/${total}] ${percent}%  ${rate.toFixed(1)} docs/s  ETA ${eta}  skipped ${skipped}  failed ${failed}`;
}

export interface StreamProgressOptions {
  /** Rewrite one line in place; defaults to whether the stream is a terminal. */
  tty?: boolean;
  /** Without a terminal, at most one line per this many milliseconds (default 3000). */
  intervalMs?: number;
  now?: () => number;
}

const TTY_REDRAW_MS = 100;

export function streamProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, options: StreamProgressOptions = {}): IngestProgress {
  const tty = options.tty ?? stream.isTTY === true;
  const interval = tty ? TTY_REDRAW_MS : (options.intervalMs ?? 3000);
  const now = options.now ?? Date.now;
  let lastDrawn = now();
  let line = '';
  const draw = (text: string) => {
    line = text;
    stream.write(tty ? `\r\x1b[2K${text}` : `${text}\n`);
    lastDrawn = now();
  };
  return {
    update(counts) {
      if (now() - lastDrawn >= interval) draw(formatProgress(counts));
    },
    problem(message) {
      if (tty) stream.write(`\r\x1b[2K${message}\n${line}`);
      else stream.write(`${message}\n`);
    },
    finish(counts) {
      draw(formatProgress(counts));
      if (tty) stream.write('\n');
    },
  };
}
