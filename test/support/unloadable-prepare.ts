/** A prepareModule that fails as it loads, as a worker would whose code cannot start (bulk-ingest tests). */
throw new Error('this module refuses to load');
