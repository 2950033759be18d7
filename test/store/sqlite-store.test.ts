import { sqliteHarness } from '../support/store-harness';
import { describeStoreContract } from './store-contract';

describeStoreContract('SQLite', sqliteHarness);
