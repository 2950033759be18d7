/**
 * The worker side of the extraction pool: answers each job posted by the main
 * thread with prepareArticle's outcome, one job at a time, in the order
 * received (the pool relies on that order to know which job a crash hit).
 */
import { parentPort } from 'node:worker_threads';
import { prepareArticle, type PrepareOutcome, type PrepareRequest } from './prepare-article';

export interface ExtractionJob {
  id: number;
  request: PrepareRequest;
}

export interface ExtractionAnswer {
  id: number;
  outcome: PrepareOutcome;
}

export type Prepare = (request: PrepareRequest) => PrepareOutcome;

/** Posted once, when the worker has loaded the extractor and takes jobs: the pool's job clocks start from then. */
export const WORKER_READY = 'ready';

export function serveExtractionRequests(prepare: Prepare = prepareArticle): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtractionRequests must run inside a worker thread (started by createExtractionPool)');
  port.on('message', (job: ExtractionJob) => {
    const answer: ExtractionAnswer = { id: job.id, outcome: prepare(job.request) };
    port.postMessage(answer);
  });
  port.postMessage(WORKER_READY);
}
