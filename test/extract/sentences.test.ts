import { normalize } from '../../src/extract/passes/01-normalize';
import { splitSentences } from '../../src/extract/passes/02-sentences';

function sentences(text: string): string[] {
  return splitSentences(normalize(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['The mayor spoke. The council voted.', ['The mayor spoke.', 'The council voted.']],
    ['Did it pass? Nobody knew! Then it rained.', ['Did it pass?', 'Nobody knew!', 'Then it rained.']],
    ['Mr. Brown met Dr. Green on Jan. 5 in town.', ['Mr. Brown met Dr. Green on Jan. 5 in town.']],
    ['Gen. Ortiz and Sen. Alvarez arrived.', ['Gen. Ortiz and Sen. Alvarez arrived.']],
    ['Harry S. Truman Avenue is long.', ['Harry S. Truman Avenue is long.']],
    ['The U.S. and the U.N. agreed.', ['The U.S. and the U.N. agreed.']],
    ['U.S. officials agreed.', ['U.S. officials agreed.']],
    ['Troops left the U.S. The talks ended.', ['Troops left the U.S.', 'The talks ended.']],
    ['He left Norway.They stayed.', ['He left Norway.', 'They stayed.']],
    ['“We will win.”The crowd cheered.', ['“We will win.”', 'The crowd cheered.']],
    ['She said, “Go home.” Then she left.', ['She said, “Go home.”', 'Then she left.']],
    ['“Why?” he asked.', ['“Why?” he asked.']],
    ['The U.N.-brokered deal and Example.com held.', ['The U.N.-brokered deal and Example.com held.']],
    ['It rose 3.5 percent.', ['It rose 3.5 percent.']],
    ['A caption line\nThe body starts here.', ['A caption line', 'The body starts here.']],
  ])('splits %p', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('numbers paragraphs from blank lines', () => {
    const doc = normalize('First one. Second one.\n\nThird one.\n');
    expect(splitSentences(doc).map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(splitSentences(doc).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it.each([[''], ['. . . ! ?'], ['"""'], ['…'], ['A. B. C. D.'], ['x'.repeat(100_000) + '.']])('never throws on odd text %#', (t) => {
    expect(() => splitSentences(normalize(t))).not.toThrow();
  });
});
