import { decodeArticle, InvalidDocumentError, validateArticleText } from '../../src/graph/validate-input';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('accepts ordinary UTF-8 text with curly quotes and accents, and drops a byte-order mark', () => {
    expect(decodeArticle(utf8('\ufeffLe président a dit « oui ».\n“Yes,” he said.'), 'a.txt')).toBe(
      'Le président a dit « oui ».\n“Yes,” he said.',
    );
  });

  const rejected: [string, Uint8Array, RegExp][] = [
    ['empty input', utf8(''), /empty or only whitespace/],
    ['whitespace only', utf8(' \n\t \r\n'), /empty or only whitespace/],
    ['invalid UTF-8', Uint8Array.from([0x48, 0x69, 0xc3, 0x28, 0xa0]), /not valid UTF-8/],
    ['binary data with NUL bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary data/],
    ['control characters', utf8('abc\x01\x02\x03\x04\x05\x06def'), /binary data/],
  ];
  it.each(rejected)('rejects %s with a message that names the problem and the file', (_name, bytes, message) => {
    expect(() => decodeArticle(bytes, 'bad.txt')).toThrow(InvalidDocumentError);
    expect(() => decodeArticle(bytes, 'bad.txt')).toThrow(message);
    expect(() => decodeArticle(bytes, 'bad.txt')).toThrow(/bad\.txt/);
  });

  it('rejects text over the size limit and says which limit', () => {
    const big = utf8('word '.repeat(220_000));
    expect(() => decodeArticle(big, 'big.txt')).toThrow(/over the 1048576-byte limit/);
  });

  it('lets NEWSGRAPH_MAX_DOCUMENT_BYTES change the limit', () => {
    const saved = process.env.NEWSGRAPH_MAX_DOCUMENT_BYTES;
    process.env.NEWSGRAPH_MAX_DOCUMENT_BYTES = '10';
    try {
      expect(() => validateArticleText('eleven char', 'x')).toThrow(/over the 10-byte limit/);
      expect(validateArticleText('ten chars.', 'x')).toBe('ten chars.');
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_MAX_DOCUMENT_BYTES;
      else process.env.NEWSGRAPH_MAX_DOCUMENT_BYTES = saved;
    }
  });
});
