/**
 * Preloaded into the server by `bench:load --heap-log` (node --require): once a
 * second, appends a JSON line with the process's RSS, V8 heap total and used,
 * and the heap still used right after the latest major GC, which is the live
 * data. RSS can grow while that stays flat: V8 lets old space grow when
 * allocation is fast. Plain JavaScript so it loads before tsx.
 */
const { appendFileSync } = require('node:fs');
const { PerformanceObserver } = require('node:perf_hooks');
const { constants } = require('node:perf_hooks');
const v8 = require('node:v8');
const { isMainThread } = require('node:worker_threads');

const file = process.env.NEWSGRAPH_BENCH_HEAP_LOG;
// The main thread only: tsx's module hooks run on a thread of their own, which the preload reaches too.
if (file && isMainThread) {
  const started = Date.now();
  const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  let majorGCs = 0;
  let liveAfterMajorGC = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      majorGCs++;
      liveAfterMajorGC = mib(v8.getHeapStatistics().used_heap_size);
    }
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => {
    const m = process.memoryUsage();
    const line = { t: Math.round((Date.now() - started) / 1000), rss: mib(m.rss), heapTotal: mib(m.heapTotal), heapUsed: mib(m.heapUsed), majorGCs, liveAfterMajorGC };
    appendFileSync(file, JSON.stringify(line) + '\n');
  }, 1000).unref();
}
