import { findQuoteSpans } from '../../src/extract/passes/03-quotes';
import { attributeQuotes } from '../../src/extract/passes/06-attribution';
import { splitSegments } from '../../src/extract/attribution/segments';
import type { NormalizedText } from '../../src/extract/passes/01-normalize';
import type { ExtractedQuote } from '../../src/extract/types';
import { buildEntities, type EntitySpec } from './fixtures/entity-fixture';

const PEOPLE: EntitySpec[] = [
  { id: 'ann', type: 'Person', names: ['Ann Varga', 'Varga'], gender: 'female', roles: [{ title: 'Finance Minister', ofId: 'nor' }] },
  { id: 'bo', type: 'Person', names: ['Bo Lindqvist', 'Lindqvist'], gender: 'male' },
  { id: 'cy', type: 'Person', names: ['Cyril Osei', 'Osei'], gender: 'male' },
  { id: 'acme', type: 'Organization', names: ['Acme Mining', 'Acme'] },
  { id: 'ruud', type: 'Person', names: ['Ruud'] },
  { id: 'nor', type: 'Location', names: ['Norland'], location: { kind: 'COUNTRY' } },
  { id: 'port', type: 'Location', names: ['Porto Vell'], location: { kind: 'CITY' } },
];

function attribute(text: string): ExtractedQuote[] {
  const doc: NormalizedText = { original: text, text, title: null, publishedAt: null };
  return attributeQuotes(doc, [], findQuoteSpans(doc, []), buildEntities(text, PEOPLE));
}
const direct = (text: string): ExtractedQuote[] => attribute(text).filter((q) => q.direct);

describe('attributeQuotes', () => {
  const speakers: Array<[string, string, Array<string | null>]> = [
    ['a name and verb after the quote', '\u201CWe will build the road,\u201D Varga said.', ['ann']],
    ['a verb and name after the quote', '"Prices will fall," said Lindqvist.', ['bo']],
    ['a cue before the quote', 'Lindqvist said, \u201CThe mine will reopen.\u201D', ['bo']],
    ['a colon cue before the quote', 'Varga told reporters: "The budget is balanced."', ['ann']],
    ['a pronoun after the quote resolved to the last speaker', '"We agree," Osei said. "We also disagree," he added.', ['cy', 'cy']],
    ['she resolved past a man to the woman who spoke', 'Varga met Osei on Monday. "It went well," she said.', ['ann']],
    ['an organisation as speaker', '"Output rose," Acme said.', ['acme']],
    ['an organisation nominal', 'Acme closed a pit in May. "Output will recover," the company said.', ['acme']],
    ['it as an organisation', 'Acme posted a loss. "Costs were high," it added.', ['acme']],
    ['a title held by one person', 'Finance Minister Ann Varga spoke first. "Taxes stay," the minister said.', ['ann']],
    ['according to', 'The plan is "ambitious but fair," according to Lindqvist.', ['bo']],
    ['a partial quote inside reported speech', 'Osei said the port needs the "long and patient work" of many years.', ['cy']],
    ['the subject after an introductory phrase', 'Speaking in Porto Vell, Varga said the tax would "hurt nobody".', ['ann']],
    ['a quote after a full stop is not taken by the next sentence', 'Varga said, "We are done." Osei said the talks would go on.', ['ann']],
    ['a question answered by a name after it', '"Will it rain?" asked Osei.', ['cy']],
    ['a paragraph that is all quote continues the speaker', '"We start today," Lindqvist said.\n\n"The first trucks leave at noon."', ['bo', 'bo']],
    ['a sentence-initial quote after an attributed one', '"We start today," Lindqvist said. "Trucks leave at noon and return at dusk."', ['bo', 'bo']],
    ['a colon paragraph introduces the next', 'Varga wrote on her blog:\n\n"The vote is a victory for all of us."', ['ann']],
    ['an inverted cue with an apposition', '"We will appeal," said Varga, a spokeswoman for Acme.', ['ann']],
    ['a subject with an apposition before the verb', "Varga, the company's chief executive, said: \"Profits doubled.\"", ['ann']],
    ['a subject after a relative clause naming another person', 'Lindqvist, who met Osei on Monday, said "the deal is close".', ['bo']],
    ['a short whole sentence right after an attributed one', '"Not now," Osei says. "Maybe later."', ['cy', 'cy']],
    ['two speakers in turn', '"No," Varga said. "We will not," Osei added.', ['ann', 'cy']],
    ['a misspelt name after a quote continuing the same speaker', '"We start today," Lindqvist said. "The trucks leave at noon," Lindqvst said.', ['bo', 'bo']],
    ['a second speaker later in the same sentence', 'Varga said the plan "works," but Acme chief executive Cyril Osei said it "fails".', ['ann', 'cy']],
    ['an inverted cue with a title before the name', '"We are proud," said the Norland Foreign Minister, Bo Lindqvist.', ['bo']],
    ['a title run before the name after the quote', 'Varga spoke first. "It works," Norland Foreign Minister Bo Lindqvist said.', ['bo']],
  ];
  test.each(speakers)('attributes %s', (_name, text, expected) => {
    expect(direct(text).map((q) => q.speakerId)).toEqual(expected);
  });

  const nulls: Array<[string, string]> = [
    ['he with no antecedent', '"The bridge is unsafe," he said.'],
    ['he when only a woman and an organisation precede', 'Varga visited Acme. "The bridge is unsafe," he said.'],
    ['she when the only person is titled Mr.', 'Mr. Ruud spoke first. "The bridge is unsafe," she said.'],
    ['a scare quote with no one around', 'The so-called "reform" passed on Monday.'],
    ['a speaker who is not an entity', '"The bridge is unsafe," one engineer said.'],
    ['a title after "called"', 'Varga showed a painting called "Blue Harbour".'],
    ['an unnamed speaker after a named person', 'Varga toured the site. "The bridge is unsafe and must close," one engineer said.'],
  ];
  test.each(nulls)('leaves the speaker null for %s', (_name, text) => {
    expect(direct(text).map((q) => q.speakerId)).toEqual([null]);
  });

  const addressees: Array<[string, string, string | null]> = [
    ['told X after the quote', '"We need more time," Varga told Osei.', 'cy'],
    ['told X before the quote', 'Varga told Osei: "We need more time."', 'cy'],
    ['replied to X', 'Lindqvist replied to Varga, "Not this year."', 'ann'],
    ['a you-reply to the person in the sentence before', 'Osei asked Lindqvist about the mine. Lindqvist replied, "You will see it next week."', 'cy'],
    ['a you-answer to a question', '"Will you come?" Varga asked. "I will see you there," Osei replied.', 'ann'],
    ['no addressee for a plain statement', '"Prices will fall," said Lindqvist.', null],
    ['said to a person', '"Trust me," Osei said to Varga.', 'ann'],
    ['no addressee when the name only modifies a noun', '"This is a scandal," Osei told the Norland parliament.', null],
  ];
  test.each(addressees)('finds the addressee for %s', (_name, text, expected) => {
    const quotes = direct(text);
    expect(quotes[quotes.length - 1].addresseeId).toBe(expected);
  });

  test('guesses the person named just before an uncued quote, at low confidence', () => {
    const [q] = direct('Osei spoke at length. "The bridge must close before the winter comes."');
    expect(q.speakerId).toBe('cy');
    expect(q.confidence).toBeLessThan(0.5);
  });

  test('reports speech without quote marks as an indirect quote of its subject', () => {
    const text = 'Varga said the mine will reopen next spring.';
    const quotes = attribute(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ direct: false, speakerId: 'ann', text: 'the mine will reopen next spring' });
  });

  test('does not report a relative clause as speech', () => {
    const text = 'Acme, which claimed the site last year, sold it.';
    expect(attribute(text)).toEqual([]);
  });

  test('lists the entities named inside a quote as aboutIds and numbers quotes q1, q2', () => {
    const quotes = direct('"Norland needs Acme," Varga said. "Porto Vell too," she added.');
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(quotes[0].aboutIds.sort()).toEqual(['acme', 'nor']);
    expect(quotes[1].aboutIds).toEqual(['port']);
  });

  test('keeps text equal to the original slice and confidence within 0..1', () => {
    const text = 'Lindqvist said, \u201CThe mine will reopen.\u201D';
    for (const q of attribute(text)) {
      expect(q.text).toBe(text.slice(q.start, q.end));
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('stays fast on a megabyte of quotes and names without sentence ends', () => {
    const text = 'Varga said "yes" and Osei told Lindqvist "no" then '.repeat(20000);
    const t0 = Date.now();
    const quotes = attribute(text);
    expect(Date.now() - t0).toBeLessThan(10000);
    expect(quotes.length).toBeGreaterThan(1000);
  });

  test('survives odd text without throwing', () => {
    const text = '"'.repeat(5000) + ' said '.repeat(2000) + '\u201D\u201C'.repeat(3000);
    expect(() => attribute(text)).not.toThrow();
  });
});

describe('splitSegments', () => {
  const segmentsOf = (text: string): string[] => {
    const doc: NormalizedText = { original: text, text, title: null, publishedAt: null };
    return splitSegments(text, findQuoteSpans(doc, [])).map((s) => text.slice(s.start, s.end));
  };
  const cases: Array<[string, string, string[]]> = [
    ['keeps a quotation with full stops inside one sentence', 'He said, "We agree. We go." and left.', ['He said, "We agree. We go." and left.']],
    ['ends a sentence at a quotation ending in a stop before a capital', '"We agree." Osei left.', ['"We agree."', 'Osei left.']],
    ['splits a missing space after a stop', 'He added.At noon they left.', ['He added.', 'At noon they left.']],
    ['keeps initialisms and titles inside', 'The U.S. envoy met Mr. Osei today.', ['The U.S. envoy met Mr. Osei today.']],
    ['splits at line ends', 'First line\nSecond line', ['First line', 'Second line']],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(segmentsOf(text)).toEqual(expected);
  });

  test('numbers paragraphs by blank lines', () => {
    const text = 'One. Two.\n\nThree.';
    const doc: NormalizedText = { original: text, text, title: null, publishedAt: null };
    expect(splitSegments(text, findQuoteSpans(doc, [])).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
