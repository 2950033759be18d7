import { contentHash } from '../../src/extract/pipeline';
import { decodeArticle } from '../../src/graph/validate-input';
import { articleBytesHash } from '../../src/ingest/article-bytes-hash';

const BOM = '\ufeff';

describe('articleBytesHash', () => {
  it.each([
    ['plain ASCII', 'Mayor opens bridge\n\nMayor Anna Lindqvist opened it.'],
    ['non-ASCII letters and curly quotes', 'Zoë Łukasz said “ja” in Göteborg.'],
    ['Windows line ends', 'Headline\r\n\r\nBody text.\r\n'],
    ['a byte-order mark', `${BOM}Headline\n\nBody.`],
    ['two byte-order marks', `${BOM}${BOM}Headline\n\nBody.`],
    ['a byte-order mark inside the text', `Headline ${BOM}\n\nBody.`],
  ])('equals the content hash of the decoded article for %s', (_case, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(articleBytesHash(bytes)).toBe(contentHash(decodeArticle(bytes, 'article.txt')));
  });

  it('differs for texts that differ in one character', () => {
    expect(articleBytesHash(Buffer.from('Anna met Bo.'))).not.toBe(articleBytesHash(Buffer.from('Anna met Bo!')));
  });
});
