/**
 * createExtractionPool(size): runs prepareArticle (decode, validate, extract)
 * on `size` worker threads, or on the calling thread when size is 0. The main
 * thread keeps the store and the file system; workers get bytes and send back
 * the extraction, so writes never wait on extraction and extraction never
 * waits on the database.
 *
 * A worker that dies (an uncaught exception, process.exit, out of memory)
 * fails only the job it was running: workers answer jobs in the order they got
 * them, so that is its oldest unanswered job. The jobs queued behind it go to
 * a fresh worker that takes its place. A worker stuck on one job for longer
 * than jobTimeoutMs is stopped and counts as dead the same way.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type ExtractionAnswer, type ExtractionJob, type Prepare, WORKER_READY } from './extraction-worker';
import { prepareArticle, type PrepareOutcome, type PrepareRequest } from './prepare-article';

export interface ExtractionPoolOptions {
  /**
   * A module exporting `prepare(request)` to run instead of prepareArticle, in
   * workers and in-process alike. Tests use it to make one article crash.
   */
  prepareModule?: string;
  /**
   * A worker that has not answered its running job after this long is
   * stopped and the job fails (an extractor stuck on some odd text must not
   * hang a run of 100,000 files). Workers only; default 60 s.
   */
  jobTimeoutMs?: number;
}

export interface ExtractionPool {
  /** Worker threads; 0 means jobs run on the calling thread. */
  readonly size: number;
  prepare(request: PrepareRequest): Promise<PrepareOutcome>;
  /** Stops the workers; jobs still running resolve as failed ("interrupted"). */
  close(): Promise<void>;
}

const WORKER_ENTRY = join(__dirname, 'extraction-worker-thread.js');
const DEFAULT_JOB_TIMEOUT_MS = 60_000;

export function createExtractionPool(size: number, options: ExtractionPoolOptions = {}): ExtractionPool {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`extraction pool size must be a whole number >= 0, got ${size}`);
  return size === 0 ? inProcessPool(options) : new WorkerPool(size, options);
}

function inProcessPool(options: ExtractionPoolOptions): ExtractionPool {
  const prepare: Prepare = options.prepareModule ? (require(options.prepareModule) as { prepare: Prepare }).prepare : prepareArticle;
  return {
    size: 0,
    async prepare(request) {
      return prepare(request);
    },
    async close() {},
  };
}

interface PendingJob {
  job: ExtractionJob;
  resolve(outcome: PrepareOutcome): void;
  reject(error: Error): void;
}

/** Workers that die before they are loaded are not any file's fault; this many in a row means they cannot start at all. */
const STARTUP_FAILURES_TOLERATED = 3;

interface PooledWorker {
  worker: Worker;
  /** Jobs posted and not yet answered, oldest first: the first is the one running. */
  pending: PendingJob[];
  lastError: Error | null;
  /** Fires when the running job has taken longer than jobTimeoutMs. */
  watchdog: NodeJS.Timeout | null;
  /** Loaded and taking jobs: until then, starting up (tsx, the lexicons) is not counted against a job. */
  ready: boolean;
}

class WorkerPool implements ExtractionPool {
  private readonly workers: PooledWorker[] = [];
  private nextId = 0;
  private closing = false;
  private startupFailures = 0;
  /** Set when workers cannot start: every job then rejects, which stops the run. */
  private broken: Error | null = null;

  constructor(
    readonly size: number,
    private readonly options: ExtractionPoolOptions,
  ) {}

  prepare(request: PrepareRequest): Promise<PrepareOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.resolve(interrupted(request.label));
    return new Promise((resolve, reject) => {
      // A copy of just these bytes: a Buffer from fs may be a view of a larger
      // slab, and cloning a view clones its whole buffer. Cloned, not
      // transferred, so a job can be posted again after a crash.
      const bytes = new Uint8Array(request.bytes);
      this.post({ job: { id: this.nextId++, request: { ...request, bytes } }, resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const workers = this.workers.splice(0);
    for (const w of workers) {
      if (w.watchdog) clearTimeout(w.watchdog);
      for (const { job, resolve } of w.pending.splice(0)) resolve(interrupted(job.request.label));
    }
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private post(pending: PendingJob): void {
    // Workers start with the first jobs: a rerun whose files are all stored already starts none.
    if (this.workers.length < this.size) this.workers.push(this.spawn());
    const target = this.workers.reduce((least, w) => (w.pending.length < least.pending.length ? w : least));
    target.pending.push(pending);
    target.worker.postMessage(pending.job);
    if (target.pending.length === 1) this.watch(target);
  }

  private spawn(): PooledWorker {
    const worker = new Worker(WORKER_ENTRY, { workerData: { prepareModule: this.options.prepareModule } });
    const pooled: PooledWorker = { worker, pending: [], lastError: null, watchdog: null, ready: false };
    worker.on('message', (answer: ExtractionAnswer | typeof WORKER_READY) => {
      if (answer === WORKER_READY) {
        pooled.ready = true;
        this.startupFailures = 0;
        this.watch(pooled);
        return;
      }
      const index = pooled.pending.findIndex((p) => p.job.id === answer.id);
      if (index >= 0) pooled.pending.splice(index, 1)[0].resolve(answer.outcome);
      this.watch(pooled);
    });
    worker.on('error', (error) => {
      pooled.lastError = error;
    });
    worker.on('exit', (code) => this.onExit(pooled, code));
    return pooled;
  }

  /** (Re)starts the running job's clock; a worker with nothing to do has none. */
  private watch(pooled: PooledWorker): void {
    if (pooled.watchdog) clearTimeout(pooled.watchdog);
    pooled.watchdog = null;
    if (!pooled.ready || pooled.pending.length === 0) return;
    const ms = this.options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    pooled.watchdog = setTimeout(() => {
      pooled.lastError = new Error(`stopped after ${ms} ms without an answer`);
      void pooled.worker.terminate();
    }, ms);
  }

  private onExit(dead: PooledWorker, code: number): void {
    if (dead.watchdog) clearTimeout(dead.watchdog);
    if (this.closing || this.broken) return;
    const index = this.workers.indexOf(dead);
    if (index < 0) return;
    if (!dead.ready && ++this.startupFailures >= STARTUP_FAILURES_TOLERATED) {
      const cause = dead.lastError ? dead.lastError.message : `exit code ${code}`;
      this.broken = new Error(`extraction workers cannot start (${cause}); --workers 0 extracts in-process`);
      for (const w of this.workers) for (const job of w.pending.splice(0)) job.reject(this.broken);
      return;
    }
    const replacement = this.spawn();
    this.workers[index] = replacement;
    // A worker that died loading had run nothing: all its jobs go to the replacement.
    const running = dead.ready ? dead.pending[0] : undefined;
    const queued = dead.ready ? dead.pending.slice(1) : dead.pending;
    if (running) {
      const cause = dead.lastError ? dead.lastError.message : `it exited with code ${code}`;
      running.resolve({ kind: 'failed', reason: `${running.job.request.label}: the extraction worker crashed on it (${cause})` });
    }
    for (const job of queued) this.post(job);
  }
}

function interrupted(label: string): PrepareOutcome {
  return { kind: 'failed', reason: `${label}: interrupted before it was extracted` };
}
