import { allowedEdits, editDistance, typoMatches } from '../../src/graph/name-match';

describe('editDistance', () => {
  it.each([
    ['putin', 'putin', 0],
    ['putin', 'puttin', 1],
    ['putin', 'ptuin', 1], // an adjacent swap is one edit
    ['kerry', 'kery', 1],
    ['berlin', 'bern', 2],
  ])('between %p and %p is %p', (a, b, expected) => {
    expect(editDistance(a, b, 3)).toBe(expected);
  });

  it('gives up above the limit', () => {
    expect(editDistance('moscow', 'washington', 2)).toBe(3);
  });
});

describe('typoMatches', () => {
  it.each([
    ['vladimir putin', 'puttin'],
    ['vladimir putin', 'vladimir putn'],
    ['angela merkel', 'merkle'],
    ['international atomic energy agency', 'internatonal'],
  ])('lets %p match the misspelt %p', (name, query) => {
    expect(typoMatches(name, query)).toBe(true);
  });

  it.each([
    ['un', 'uk'], // short queries get no tolerance
    ['vladimir putin', 'pushkin'],
    ['paris', 'mali'],
  ])('does not let %p match %p', (name, query) => {
    expect(typoMatches(name, query)).toBe(false);
  });

  it('allows more edits for longer queries', () => {
    expect([allowedEdits('abc'), allowedEdits('abcd'), allowedEdits('abcdefgh')]).toEqual([0, 1, 2]);
  });
});
