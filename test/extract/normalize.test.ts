import { normalize, parseDateParagraph } from '../../src/extract/passes/01-normalize';

describe('normalize', () => {
  const article = [
    'Senate passes budget after long night',
    '',
    'A caption line under the photo.',
    'block',
    '',
    'Agence Wire, Madrid :Spanish lawmakers voted on Tuesday.Another sentence follows.',
    '',
  ].join('\n');

  it('keeps the text exactly as long as the original so that offsets never move', () => {
    const doc = normalize(article);
    expect(doc.text.length).toBe(article.length);
    expect(doc.original).toBe(article);
    for (let i = 0; i < article.length; i++) {
      if (doc.text[i] !== article[i]) expect(doc.text[i]).toBe(' ');
    }
  });

  it('blanks separator lines of page furniture', () => {
    const doc = normalize(article);
    const at = article.indexOf('block');
    expect(doc.text.slice(at, at + 5)).toBe('     ');
    expect(doc.text.includes('block')).toBe(false);
  });

  it('reads the first line followed by a blank line as the headline', () => {
    expect(normalize(article).title).toBe('Senate passes budget after long night');
    expect(normalize('Only one line of text.').title).toBeNull();
  });

  it('finds a dateline glued to the first word and its place', () => {
    const doc = normalize(article);
    expect(doc.datelinePlace).toBe('Madrid');
    const span = doc.datelinePlaceSpan!;
    expect(article.slice(span.start, span.end)).toBe('Madrid');
    expect(article.slice(doc.datelineSpan!.start, doc.datelineSpan!.end)).toBe('Agence Wire, Madrid :');
  });

  it('finds a city, region, country dateline with a dash', () => {
    const doc = normalize('Title here\n\nBoulder, Colorado, United States - The council met on Monday.\n');
    expect(doc.datelinePlace).toBe('Boulder');
  });

  it('does not read an ordinary first sentence as a dateline', () => {
    expect(normalize('Title here\n\nThe council met on Monday: it voted.\n').datelineSpan).toBeNull();
    expect(normalize('Title here\n\nUpdate: the council met on Monday.\n').datelineSpan).toBeNull();
  });

  it.each([
    ['Thursday, September 17, 2015', '2015-09-17'],
    ['September 17, 2015', '2015-09-17'],
    ['Monday, 3 March 2014', '2014-03-03'],
    ['2020-02-29', '2020-02-29'],
    ['Thursday, Smarch 17, 2015', null],
    ['The vote was on September 17, 2015', null],
  ])('reads the date paragraph %p as %p', (line, expected) => {
    expect(parseDateParagraph(line)).toBe(expected);
  });

  it('takes the publication date from a date paragraph after the headline', () => {
    expect(normalize('Headline words\n\nTuesday, May 5, 2009\n\nBody text here.\n').publishedAt).toBe('2009-05-05');
  });

  it('takes the publication date from a date glued to the first sentence', () => {
    const doc = normalize('Headline words\n\nThursday, May 7, 2015 On Tuesday, the council met.\n');
    expect(doc.publishedAt).toBe('2015-05-07');
    expect(normalize('Headline words\n\nMay 7, 2015 was a day like any other.\n').publishedAt).toBeNull();
  });

  it.each([[''], ['...!!!'], ['\u0000\u0001'], ['\n\n\n\n'], ['🙂 ✓ ∑ 漢字'], ['A'.repeat(200_000)]])(
    'never throws on odd text %#',
    (text) => {
      const doc = normalize(text);
      expect(doc.text.length).toBe(text.length);
    },
  );
});
