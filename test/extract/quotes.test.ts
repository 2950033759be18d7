import { findQuoteSpans } from '../../src/extract/passes/03-quotes';
import type { NormalizedText } from '../../src/extract/passes/01-normalize';

const doc = (text: string): NormalizedText => ({ original: text, text, title: null, publishedAt: null });
const quoted = (text: string): string[] => findQuoteSpans(doc(text), []).map((q) => text.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly marks around a sentence', 'The mayor said, \u201CWe will rebuild the bridge.\u201D', ['We will rebuild the bridge.']],
    ['straight marks around a sentence', 'She said "the river is rising" and left.', ['the river is rising']],
    ['a quote that opens with a closing mark', 'Rain fell.\u201DThe roads are closed,\u201D the officer told drivers.', ['The roads are closed,']],
    ['no space between a full stop and the next quote', 'Crews worked late.\u201CWe are tired,\u201D one said.\u201CBut proud.\u201D', ['We are tired,', 'But proud.']],
    ['two quotes in one sentence', '"Yes," he said, "and no."', ['Yes,', 'and no.']],
    ['a scare quote', 'The so-called "reform" passed.', ['reform']],
    ['a title in quotes', 'The film "Winter Light" opened on Friday.', ['Winter Light']],
    ['a quote ending in a number', 'He said "we won in 1999" and smiled.', ['we won in 1999']],
    ['single quotes as quotation marks', "Officials promised a 'faster' process.", ['faster']],
    ['a nested single quote is a separate quote', 'He said, "They called it \u2018madness\u2019 at first."', ['They called it \u2018madness\u2019 at first.', 'madness']],
    ['whitespace just inside the marks is trimmed', 'She said," the harvest was good".', ['the harvest was good']],
    ['an unclosed quote closes at the paragraph end', 'He said: "We will stay.\n\nThe next day they left.', ['We will stay.']],
    [
      'a paragraph that opens with a mark continues the quotation',
      'She said: "We waited for hours.\n\n"Nobody came," she added.',
      ['We waited for hours.', 'Nobody came,'],
    ],
    [
      'a paragraph that starts inside an open quotation quotes from its start',
      'She said: "We waited for hours.\n\nNobody came," she added.',
      ['We waited for hours.', 'Nobody came,'],
    ],
  ];
  test.each(cases)('finds %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  const apostrophes: Array<[string, string]> = [
    ['contractions', 'I don\u2019t know and we can\u2019t say.'],
    ['possessives', "The minister\u2019s plan and the city's budget."],
    ['plural possessives', "The parents' house stood near the teachers' school."],
    ['decade elisions', 'Music from the \u201990s and the \u201980s.'],
    ['straight decade elisions', "Fashion of the '70s returned."],
    ['an inch sign', 'The phone has a 6" screen and a large battery.'],
  ];
  test.each(apostrophes)('does not treat %s as quote marks', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  test('every span equals the text between its marks and excludes them', () => {
    const text = 'A \u201Cb\u201D c "d e" f \u2018g\u2019 h.';
    for (const q of findQuoteSpans(doc(text), [])) {
      expect(text.slice(q.start, q.end)).not.toMatch(/["\u201C\u201D\u2018\u2019]$/);
      expect(q.open).toBeLessThan(q.start);
      expect(q.close).toBeGreaterThanOrEqual(q.end);
    }
  });

  test('stays linear and total on thousands of unbalanced marks', () => {
    const text = '\u201D"\u2019\u2018\'x '.repeat(40000) + '\n' + 'word '.repeat(100000);
    const t0 = Date.now();
    const spans = findQuoteSpans(doc(text), []);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(Array.isArray(spans)).toBe(true);
  });

  test('returns nothing for empty text', () => {
    expect(findQuoteSpans(doc(''), [])).toEqual([]);
  });
});
