// Entry point of an extraction worker thread. A worker starts as plain Node,
// without the tsx hook that bin/newsgraph.js (or jest's transform) gave the
// main thread, so it installs tsx itself before loading TypeScript. The pool
// may name a module exporting `prepare` to use instead of prepareArticle
// (tests inject crashes through it).
const { workerData } = require('node:worker_threads');
require('tsx/cjs');
const { serveExtractionRequests } = require('./extraction-worker.ts');
const prepareModule = workerData && workerData.prepareModule;
serveExtractionRequests(prepareModule ? require(prepareModule).prepare : undefined);
