import { prepareArticle } from '../../src/ingest/prepare-article';

jest.mock('../../src/extract/pipeline', () => ({
  ...jest.requireActual('../../src/extract/pipeline'),
  extract: (text: string) => {
    if (text.includes('BREAKS THE EXTRACTOR')) throw new Error('pass 4 fell over');
    return jest.requireActual('../../src/extract/pipeline').extract(text);
  },
}));

const request = (text: string | Buffer) => ({ bytes: typeof text === 'string' ? Buffer.from(text) : text, label: 'x.txt', metadata: {} });

describe('prepareArticle', () => {
  it('extracts a valid article', () => {
    const outcome = prepareArticle(request('Mayor opens bridge\n\nMayor Anna Lindqvist opened the bridge in Oslo.'));
    expect(outcome.kind).toBe('extracted');
    if (outcome.kind === 'extracted') expect(outcome.extraction.entities.map((e) => e.name)).toContain('Anna Lindqvist');
  });

  it.each([
    ['empty', '  \n', /x\.txt: the text is empty/],
    ['binary', Buffer.from([0x41, 0x00, 0x42]), /x\.txt: looks like binary data/],
    ['not UTF-8', Buffer.from([0x41, 0xc3, 0x28]), /x\.txt: is not valid UTF-8/],
  ])('rejects an %s file with a reason naming it', (_case, bytes, reason) => {
    const outcome = prepareArticle(request(bytes));
    expect(outcome).toEqual({ kind: 'rejected', reason: expect.stringMatching(reason) });
  });

  it('turns an exception inside extraction into a failure of that one article instead of throwing', () => {
    expect(prepareArticle(request('Headline\n\nThis text BREAKS THE EXTRACTOR.'))).toEqual({
      kind: 'failed',
      reason: 'x.txt: extraction failed: pass 4 fell over',
    });
  });
});
