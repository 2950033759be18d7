/**
 * The analyst API's store contracts (filters, full-text search, graph reads)
 * on PostgreSQL, each store in a private schema dropped afterwards; and how a
 * user's words become a tsquery.
 */
import { toTsQuery, trigramPattern } from '../../src/store/postgres/analyst-reads';
import { postgresHarness } from '../support/store-harness';
import { describeAnalystFiltersContract } from './contract/analyst-filters';
import { describeFullTextSearchContract } from './contract/full-text-search';
import { describeGraphReadsContract } from './contract/graph-reads';

const harness = () => postgresHarness('ng_analyst');

describeAnalystFiltersContract('PostgreSQL', harness);
describeFullTextSearchContract('PostgreSQL', harness);
describeGraphReadsContract('PostgreSQL', harness);

describe('search query parsing for PostgreSQL', () => {
  it.each([
    ['kerry syria', "'kerry' & 'syria'"],
    ['negotiat*', "'negotiat':*"],
    ['"peace talks" geneva', "'peace' <-> 'talks' & 'geneva'"],
    ['"peace tal*"', "'peace' <-> 'tal'"],
    ["Lavróv's", "'lavrov' <-> 's'"],
    ["it's AND (OR) 'x'", "'it' <-> 's' & 'and' & 'or' & 'x'"],
    ['?!', null],
  ])('turns %j into the tsquery %j', (query, expected) => {
    expect(toTsQuery(query)).toBe(expected);
  });

  it('makes a regex alternation of the three-letter pieces of each word, and none of shorter words', () => {
    expect(trigramPattern('lavrof')).toBe('lav|avr|vro|rof');
    expect(trigramPattern('un')).toBeNull();
    expect(trigramPattern('j kerr')).toBe('ker|err');
  });
});
