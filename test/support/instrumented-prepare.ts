/**
 * A stand-in for prepareArticle that bulk-ingest tests pass as the pool's
 * prepareModule: it records which articles it was asked to extract, and an
 * article containing one of the marks below kills or breaks its worker.
 * The marks only work in worker threads (workers >= 1): in-process,
 * process.exit would end the test run.
 */
import { prepareArticle, type PrepareOutcome, type PrepareRequest } from '../../src/ingest/prepare-article';

/** The worker thread exits (process.exit ends only the thread inside a worker). */
export const EXIT_MARK = 'EXIT-THE-EXTRACTION-WORKER';
/** An exception escapes the worker's message handler: the worker dies with an error. */
export const THROW_MARK = 'THROW-OUT-OF-THE-EXTRACTION-WORKER';

/** The worker never answers: it spins until the pool's watchdog stops it. */
export const HANG_MARK = 'HANG-THE-EXTRACTION-WORKER';

/** Labels prepared in this thread (in-process pools only: workers have their own copy). */
export const preparedLabels: string[] = [];

export function prepare(request: PrepareRequest): PrepareOutcome {
  preparedLabels.push(request.label);
  const text = Buffer.from(request.bytes).toString('utf8');
  if (text.includes(EXIT_MARK)) process.exit(3);
  if (text.includes(THROW_MARK)) throw new Error('a deliberate failure outside prepareArticle');
  if (text.includes(HANG_MARK)) for (;;);
  return prepareArticle(request);
}
