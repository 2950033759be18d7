import type { ExtractedEntity } from '../../src/extract/types';
import { distinctAliases, factsOf, mergeFacts } from '../../src/graph/merge-entity';

function person(name: string, aliases: string[], salience = 0.5, confidence = 0.5): ExtractedEntity {
  return { id: 'p', type: 'Person', name, aliases, mentions: [], salience, rule: 'test', confidence };
}

describe('mergeFacts', () => {
  it('accumulates distinct aliases and keeps the best salience and confidence', () => {
    const merged = mergeFacts(factsOf(person('Ola Brun', ['Brun'], 0.9, 0.4)), factsOf(person('Ola Brun', ['Brun', 'Mr Brun'], 0.2, 0.8)));
    expect(merged).toMatchObject({ name: 'Ola Brun', aliases: ['Brun', 'Mr Brun'], salience: 0.9, confidence: 0.8 });
  });

  it('makes the longer proper name canonical and keeps the old one as an alias', () => {
    const merged = mergeFacts(factsOf(person('Ola Brun', ['Brun'])), factsOf(person('Ola Johan Brun', [])));
    expect(merged.name).toBe('Ola Johan Brun');
    expect(merged.aliases).toEqual(['Ola Brun', 'Brun']);
  });

  it('prefers more words, then more letters, and keeps the existing name on a tie', () => {
    expect(mergeFacts(factsOf(person('Ola Brun', [])), factsOf(person('Ola Bruun', []))).name).toBe('Ola Bruun');
    expect(mergeFacts(factsOf(person('Ola Bruun', [])), factsOf(person('Ola Brun', []))).name).toBe('Ola Bruun');
    expect(mergeFacts(factsOf(person('Ola Brun', [])), factsOf(person('Ola Bryn', []))).name).toBe('Ola Brun');
    expect(mergeFacts(factsOf(person('Ola J. Brun', [])), factsOf(person('Ola Brunvoll', []))).name).toBe('Ola J. Brun');
  });

  it('keeps location facts already known and fills only the missing ones', () => {
    const place = (latitude: number | null, countryCode: string | null): ExtractedEntity => ({
      ...person('Tindby', []),
      type: 'Location',
      location: { kind: 'CITY', countryCode, latitude, longitude: latitude, gazetteerId: null, withinId: null, withinName: null },
    });
    const merged = mergeFacts(factsOf(place(10, null)), factsOf(place(20, 'XY')));
    expect(merged).toMatchObject({ latitude: 10, longitude: 10, countryCode: 'XY', locationKind: 'CITY' });
  });
});

describe('distinctAliases', () => {
  it('drops blanks, repeats and the name itself, in first-seen order', () => {
    expect(distinctAliases('Ola Brun', ['Brun', ' ', 'Ola Brun', 'Brun', 'O. Brun'])).toEqual(['Brun', 'O. Brun']);
  });
});
