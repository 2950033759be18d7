import { findTimeExpressions } from '../../src/extract/time/find-time-expressions';
import { resolveTime } from '../../src/extract/time/resolve-time';

// 2024-03-14 is a Thursday.
const PUB = '2024-03-14';
const resolved = (text: string, pub: string | null = PUB): Array<[string, string | null]> =>
  findTimeExpressions(text).map((t) => [t.text, resolveTime(t, pub)]);

describe('time expressions', () => {
  const cases: Array<[string, Array<[string, string | null]>]> = [
    ['The talks ended on Thursday.', [['on Thursday', '2024-03-14']]],
    ['They met on Tuesday night.', [['on Tuesday night', '2024-03-12']]],
    ['The vote is next Monday.', [['next Monday', '2024-03-18']]],
    ['It happened last Thursday.', [['last Thursday', '2024-03-07']]],
    ['Prices rose yesterday.', [['yesterday', '2024-03-13']]],
    ['The fair opens tomorrow morning.', [['tomorrow morning', '2024-03-15']]],
    ['It opened on February 23, 2023.', [['on February 23, 2023', '2023-02-23']]],
    ['The meeting is set for May 16.', [['May 16', '2024-05-16']]],
    ['Signed on 9 November 1989.', [['on 9 November 1989', '1989-11-09']]],
    ['The show runs until March 2014.', [['until March 2014', '2014-03']]],
    ['The program began in 2007.', [['in 2007', '2007']]],
    ['Sales fell last week.', [['last week', null]]],
    ['The file is dated 2015-09-17.', [['2015-09-17', '2015-09-17']]],
  ];
  test.each(cases)('reads %j', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  test('leaves relative dates unresolved without a publication date', () => {
    expect(resolved('The talks ended on Thursday.', null)).toEqual([['on Thursday', null]]);
  });

  const falsePositives = [
    'It may rain and they will march.',
    'We sat in 30 rows of 12 chairs.',
    'Ask Sunday-school teachers.',
    'He was born in 12 cities.',
  ];
  test.each(falsePositives)('finds no date in %j', (text) => {
    expect(findTimeExpressions(text).filter((t) => t.parts.kind !== 'weekday')).toEqual([]);
  });

  test('gives no date for an impossible day', () => {
    expect(resolved('It ended on February 31, 2023.')).toEqual([['on February 31, 2023', null]]);
  });

  test('is linear on long text', () => {
    const text = 'on Thursday in 2007 May 5, '.repeat(20000);
    const t0 = Date.now();
    expect(findTimeExpressions(text).length).toBeGreaterThan(10000);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
