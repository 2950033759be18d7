/** The analyst API's store contracts (filters, full-text search, graph reads) on SQLite. */
import { sqliteHarness } from '../support/store-harness';
import { describeAnalystFiltersContract } from './contract/analyst-filters';
import { describeFullTextSearchContract } from './contract/full-text-search';
import { describeGraphReadsContract } from './contract/graph-reads';

describeAnalystFiltersContract('SQLite', sqliteHarness);
describeFullTextSearchContract('SQLite', sqliteHarness);
describeGraphReadsContract('SQLite', sqliteHarness);
