import { offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { connectionFromPage } from '../../src/schema/connection-from-page';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toPageArgs } from '../../src/schema/page-args';

describe('toPageArgs', () => {
  const cases: [string, { first?: number | null; after?: string | null }, { offset: number; limit: number }][] = [
    ['no arguments give the first default-sized page', {}, { offset: 0, limit: DEFAULT_PAGE_SIZE }],
    ['null first is the default size', { first: null }, { offset: 0, limit: DEFAULT_PAGE_SIZE }],
    ['first is the page size', { first: 7 }, { offset: 0, limit: 7 }],
    ['first: 0 asks only for counts', { first: 0 }, { offset: 0, limit: 0 }],
    ['first above the maximum is clamped', { first: 1000 }, { offset: 0, limit: MAX_PAGE_SIZE }],
    ['after the item at offset 4 starts at 5', { first: 3, after: offsetToCursor(4) }, { offset: 5, limit: 3 }],
    ['after the first item starts at 1', { after: offsetToCursor(0) }, { offset: 1, limit: DEFAULT_PAGE_SIZE }],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    expect(toPageArgs(args)).toEqual(expected);
  });

  const rejected: [string, { first?: number | null; after?: string | null }, RegExp][] = [
    ['a negative first', { first: -1 }, /first must be 0 or more \(got -1\)/],
    ['an after that is not a cursor', { after: 'not-a-cursor' }, /after: "not-a-cursor" is not a cursor/],
    ['an after that is a global id, not a cursor', { after: Buffer.from('Person:3').toString('base64') }, /is not a cursor/],
  ];
  it.each(rejected)('rejects %s as BAD_USER_INPUT', (_name, args, message) => {
    let error: unknown;
    try {
      toPageArgs(args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toMatch(message);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('connectionFromPage', () => {
  it('numbers cursors from the page offset and reads hasNextPage from totalCount', () => {
    const connection = connectionFromPage({ items: ['c', 'd'], totalCount: 5 }, { offset: 2, limit: 2 });
    expect(connection.edges).toEqual([
      { cursor: offsetToCursor(2), node: 'c' },
      { cursor: offsetToCursor(3), node: 'd' },
    ]);
    expect(connection.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true, startCursor: offsetToCursor(2), endCursor: offsetToCursor(3) });
    expect(connection.totalCount).toBe(5);
  });

  it('says there is no next page on the last page, and has null cursors when empty', () => {
    expect(connectionFromPage({ items: ['e'], totalCount: 5 }, { offset: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
    const empty = connectionFromPage({ items: [], totalCount: 0 }, { offset: 0, limit: 20 });
    expect(empty.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null });
  });
});
