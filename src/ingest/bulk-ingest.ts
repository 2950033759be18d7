/**
 * bulkIngest(store, args): ingests every article the arguments name (files,
 * folders, "-") with extraction spread over a worker pool and the writes on the
 * calling thread, one transaction per document, in file order.
 *
 * Each file goes through three stages:
 *   1 stage    (main thread) read the bytes, hash them, and skip the file if the
 *              store already has that text: a rerun after an interruption only
 *              extracts what is missing
 *   2 prepare  (a worker) decode, validate, extract
 *   3 commit   (main thread) store.ingestDocument: one transaction
 * At most `window` files are between stage 1 and 3 at once, so memory stays
 * flat however many files there are, and workers have the next jobs queued
 * while the main thread writes. Commits happen in file order, whatever order
 * extractions finish in: entities merge the same way as in a sequential run.
 *
 * A bad file (missing, unreadable, not an article, or one that crashes its
 * worker) is counted and reported, and the run goes on. When `signal` aborts,
 * no new file is started, the write under way finishes, extractions not yet
 * written are dropped, and the summary says what was done.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { type ArticleMetadata, readArticleMetadata } from '../cli/article-metadata';
import { listArticleFiles } from '../cli/article-files';
import type { ExtractionResult } from '../extract/types';
import { InvalidExtractionError } from '../graph/invalid-extraction-error';
import { assertArticleSize, InvalidDocumentError } from '../graph/validate-input';
import type { Store } from '../store/store';
import { articleBytesHash } from './article-bytes-hash';
import { createExtractionPool } from './extraction-pool';
import { type IngestProgress, type ProgressCounts, silentProgress } from './ingest-progress';

export interface BulkIngestOptions {
  /** Extraction worker threads; 0 extracts on the calling thread. */
  workers: number;
  progress?: IngestProgress;
  /** Aborting stops the run after the write under way. */
  signal?: AbortSignal;
  /** Test hook, passed to the pool: a module whose `prepare` replaces prepareArticle. */
  prepareModule?: string;
  /** Passed to the pool: how long one extraction may take in a worker before that file fails. */
  jobTimeoutMs?: number;
}

export interface IngestFailure {
  file: string;
  /** rejected: not an article (empty, binary, too large, not UTF-8); failed: missing, unreadable, or it crashed extraction. */
  kind: 'rejected' | 'failed';
  reason: string;
}

export interface IngestSummary {
  /** Files the arguments named (a missing one counts, as a failure). */
  total: number;
  created: number;
  /** Files whose text was already stored. */
  skipped: string[];
  failures: IngestFailure[];
  entities: number;
  mentions: number;
  quotes: number;
  relations: number;
  elapsedMs: number;
  /** Worker threads used (0: extraction ran in-process). */
  workers: number;
  /** True when the signal stopped the run before every file was done. */
  interrupted: boolean;
}

type Staged =
  | { file: string; kind: 'extracted'; text: string; metadata: ArticleMetadata; extraction: ExtractionResult }
  | { file: string; kind: 'skipped' }
  | { file: string; kind: 'rejected' | 'failed'; reason: string };

export async function bulkIngest(store: Store, args: string[], options: BulkIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const progress = options.progress ?? silentProgress;
  const { files, missing } = listArticleFiles(args);
  const summary: IngestSummary = {
    total: files.length + missing.length,
    created: 0,
    skipped: [],
    failures: [],
    entities: 0,
    mentions: 0,
    quotes: 0,
    relations: 0,
    elapsedMs: 0,
    workers: 0,
    interrupted: false,
  };
  const counts = (): ProgressCounts => ({
    total: summary.total,
    processed: summary.created + summary.skipped.length + summary.failures.length,
    created: summary.created,
    skipped: summary.skipped.length,
    failed: summary.failures.length,
    elapsedMs: performance.now() - started,
  });
  const fail = (failure: IngestFailure) => {
    summary.failures.push(failure);
    progress.problem(`${failure.kind} ${failure.reason}`);
  };
  for (const file of missing) fail({ file, kind: 'failed', reason: `${file}: no such file or folder` });

  // One file needs no pool: starting a worker costs more than it saves.
  const pool = createExtractionPool(files.length < 2 ? 0 : Math.min(options.workers, files.length), {
    prepareModule: options.prepareModule,
    jobTimeoutMs: options.jobTimeoutMs,
  });
  summary.workers = pool.size;
  // Enough files in hand that the next one to write is usually extracted already: a busy machine can be slow
  // to wake a worker (or the main thread) for each hand-over, and the writes, in order, are what must not wait.
  const window = Math.max(4, pool.size * 8);
  const aborted = () => options.signal?.aborted === true;

  const stage = async (file: string): Promise<Staged> => {
    const label = labelOf(file);
    let bytes: Uint8Array;
    try {
      bytes = readArticleBytes(file, label);
    } catch (error) {
      if (error instanceof InvalidDocumentError) return { file: label, kind: 'rejected', reason: error.message };
      return { file: label, kind: 'failed', reason: `${label}: cannot be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if (await store.getDocumentByHash(articleBytesHash(bytes))) return { file: label, kind: 'skipped' };
    const metadata = readArticleMetadata(file);
    const outcome = await pool.prepare({ bytes, label, metadata });
    if (outcome.kind === 'extracted') return { file: label, kind: 'extracted', text: outcome.text, metadata, extraction: outcome.extraction };
    return { file: label, ...outcome };
  };

  const commit = async (staged: Staged): Promise<void> => {
    if (staged.kind === 'skipped') {
      summary.skipped.push(staged.file);
      return;
    }
    if (staged.kind !== 'extracted') {
      fail({ file: staged.file, kind: staged.kind, reason: staged.reason });
      return;
    }
    try {
      const result = await store.ingestDocument({ ...staged.metadata, text: staged.text }, staged.extraction);
      if (!result.created) {
        // The same text twice in this run (or written by another process meanwhile).
        summary.skipped.push(staged.file);
        return;
      }
      summary.created++;
      summary.entities += result.counts.entities;
      summary.mentions += result.counts.mentions;
      summary.quotes += result.counts.quotes;
      summary.relations += result.counts.relations;
    } catch (error) {
      // The store rolled this document back; anything else is the database's problem, not this file's, and stops the run.
      if (!(error instanceof InvalidExtractionError)) throw error;
      fail({ file: staged.file, kind: 'failed', reason: `${staged.file}: ${error.message}` });
    }
  };

  const inFlight: Promise<Staged>[] = [];
  let next = 0;
  try {
    while (!aborted()) {
      while (inFlight.length < window && next < files.length) {
        const staging = stage(files[next++]);
        // Awaited (and its error thrown) when it reaches the head; until then an early failure must not count as unhandled.
        staging.catch(() => {});
        inFlight.push(staging);
      }
      const head = inFlight.shift();
      if (!head) break;
      const staged = await head;
      if (aborted()) break;
      await commit(staged);
      progress.update(counts());
      // With SQLite and in-process extraction every await above settles at once, as a microtask: without a
      // turn of the event loop a SIGINT (delivered as an event) would only be seen after the last file.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    // Stages still running settle on their own (the pool answers "interrupted"); nothing awaits them.
    await pool.close();
  }
  summary.interrupted = next < files.length || inFlight.length > 0;
  summary.elapsedMs = performance.now() - started;
  progress.finish(counts());
  return summary;
}

function labelOf(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/**
 * The file's bytes, refusing (before reading) one over the size limit.
 * Synchronous on purpose: reading a cached article takes microseconds, while
 * the promise API's open/stat/read/close are four hand-offs to libuv's thread
 * pool and back, which cost the main thread (the writer, the pipeline's
 * bottleneck) about a millisecond per file on a busy machine.
 */
function readArticleBytes(file: string, label: string): Uint8Array {
  if (file === '-') return readFileSync(0);
  const fd = openSync(file, 'r');
  try {
    assertArticleSize(fstatSync(fd).size, label);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
