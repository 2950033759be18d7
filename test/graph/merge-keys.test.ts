import type { ExtractedEntity } from '../../src/extract/types';
import { acronymOf, foldText, mergeKeysFor, normalizeName, rolesConflict, withRoleKeys } from '../../src/graph/merge-keys';

function entity(partial: Partial<ExtractedEntity> & Pick<ExtractedEntity, 'type' | 'name'>): ExtractedEntity {
  return { id: 'e1', aliases: [], mentions: [], salience: 0.5, rule: 'test', confidence: 0.9, ...partial };
}

describe('normalizeName', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['The Kremlin', 'kremlin'],
    ['the   Hague', 'hague'],
    ['São Paulo', 'sao paulo'],
    ['ZÜRICH', 'zurich'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ["O'Neill", 'oneill'],
    ['Jean-Luc Picard', 'jean luc picard'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['  Al-Qaeda,  ', 'al qaeda'],
  ])('normalises %p to %p', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each([
    ['Theodore Roosevelt', 'theodore roosevelt'],
    ['Other', 'other'],
    ['The', 'the'],
  ])('keeps %p intact: "the" is only dropped as a separate leading word', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('foldText', () => {
  it('folds case and accents but keeps punctuation', () => {
    expect(foldText('Le Café, N.Y.')).toBe('le cafe, n.y.');
  });
});

describe('acronymOf', () => {
  it.each([
    ['North Atlantic Treaty Organization', 'nato'],
    ['Ministry of Foreign Affairs', 'mfa'],
    ['The World Health Organization', 'who'],
    ['University of NSW', 'unsw'],
    ['U.S. Department of Energy', 'usde'],
  ])('abbreviates %p to %p', (name, expected) => {
    expect(acronymOf(name)).toBe(expected);
  });

  it('has no acronym for a single word', () => {
    expect(acronymOf('Reuters')).toBeNull();
    expect(acronymOf('The Reuters')).toBeNull();
  });
});

describe('mergeKeysFor', () => {
  it('merges places on the gazetteer id and claims their name for unresolved mentions', () => {
    const keys = mergeKeysFor(
      entity({
        type: 'Location',
        name: 'Moskva',
        location: { kind: 'CITY', countryCode: 'XX', latitude: null, longitude: null, gazetteerId: 'city:XX:moskva', withinId: null, withinName: null },
      }),
    );
    expect(keys).toEqual({ match: ['gaz:city:XX:moskva'], claim: ['gaz:city:XX:moskva', 'name:moskva'] });
  });

  it('merges places the gazetteer does not know on their normalised name', () => {
    expect(mergeKeysFor(entity({ type: 'Location', name: 'The Green Zone' })).match).toEqual(['name:green zone']);
  });

  it('merges people on the full name and multi-word aliases that contain the surname', () => {
    const keys = mergeKeysFor(
      entity({ type: 'Person', name: 'Ana Ruiz', aliases: ['Ruiz', 'Minister Ana Ruiz', 'the Foreign Minister', 'Ana María Ruiz'] }),
    );
    expect(keys.match).toEqual(['name:ana ruiz', 'name:minister ana ruiz', 'name:ana maria ruiz']);
    expect(keys.claim).toEqual(keys.match);
  });

  it('never merges a person known by a single word', () => {
    expect(mergeKeysFor(entity({ type: 'Person', name: 'Madonna', aliases: ['Madonna'] }))).toEqual({ match: [], claim: [] });
  });

  it('lets an acronym find the long form of an organisation, but not two long forms with the same initials', () => {
    const long = mergeKeysFor(entity({ type: 'Organization', name: 'Holmberg Trade Industries' }));
    expect(long.claim).toEqual(['name:holmberg trade industries', 'acr:hti']);
    expect(long.match).not.toContain('acr:hti');
    const short = mergeKeysFor(entity({ type: 'Organization', name: 'H.T.I.' }));
    expect(short.match).toEqual(['name:hti', 'acr:hti']);
    expect(short.claim).toEqual(['name:hti']);
  });

  it('does not match two-letter acronyms to long forms, which share them too easily', () => {
    expect(mergeKeysFor(entity({ type: 'Organization', name: 'Sunvik College' })).claim).toEqual(['name:sunvik college']);
    expect(mergeKeysFor(entity({ type: 'Organization', name: 'SC' })).match).toEqual(['name:sc']);
  });

  it('never merges organisations on a name made only of generic words, which every country has', () => {
    const keys = mergeKeysFor(
      entity({ type: 'Organization', name: 'Sunvik High Court', aliases: ['the Court', 'Ministry', 'High Court', 'Foreign Ministry', 'the Supreme Court'] }),
    );
    expect(keys.match).toEqual(['name:sunvik high court', 'name:shc']);
  });

  it.each([['U.S. Supreme Court', 'name:us supreme court'], ['Norland Foreign Ministry', 'name:norland foreign ministry'], ['Red Cross', 'name:red cross']])(
    'keeps %p as a key: one word says whose it is',
    (name, key) => {
      expect(mergeKeysFor(entity({ type: 'Organization', name })).match[0]).toBe(key);
    },
  );

  it('does not treat a short ordinary word as an acronym', () => {
    expect(mergeKeysFor(entity({ type: 'Organization', name: 'Fifa' })).match).toEqual(['name:fifa']);
  });

  it('merges events only with a date, on kind, name and date', () => {
    const event = (date: string | null) =>
      entity({
        type: 'Event',
        name: 'Peace Talks',
        event: { kind: 'NEGOTIATION', participants: [], locationIds: [], time: { start: 0, end: 3, text: 'today', date } },
      });
    expect(mergeKeysFor(event('2030-01-02')).match).toEqual(['event:NEGOTIATION:peace talks:2030-01-02']);
    expect(mergeKeysFor(event(null))).toEqual({ match: [], claim: [] });
  });
});

describe('rolesConflict', () => {
  const role = (titleKey: string, ofKey: string | null) => ({ titleKey, ofKey });

  it.each([
    ['different titles of different countries conflict', [role('foreign minister', 'country:AA')], [role('prime minister', 'country:BB')], true],
    ['different titles of the same country do not conflict', [role('foreign minister', 'country:AA')], [role('prime minister', 'country:AA')], false],
    ['the same title in different countries does not conflict', [role('president', 'country:AA')], [role('president', 'country:BB')], false],
    ['a role without a country on one side does not conflict', [role('coach', null)], [role('prime minister', 'country:BB')], false],
    ['no roles on one side do not conflict', [], [role('prime minister', 'country:BB')], false],
    ['one shared country among several roles prevents a conflict', [role('mayor', 'country:CC'), role('senator', 'country:AA')], [role('governor', 'country:AA')], false],
  ])('%s', (_label, a, b, expected) => {
    expect(rolesConflict(a, b)).toBe(expected);
    expect(rolesConflict(b, a)).toBe(expected);
  });
});

describe('withRoleKeys', () => {
  it('looks up the keys qualified by role country first, and claims them after the plain ones', () => {
    const keys = withRoleKeys({ match: ['name:jon dale'], claim: ['name:jon dale'] }, [
      { titleKey: 'prime minister', ofKey: 'country:EM' },
      { titleKey: 'mp', ofKey: null },
    ]);
    expect(keys).toEqual({ match: ['name:jon dale@country:EM', 'name:jon dale'], claim: ['name:jon dale', 'name:jon dale@country:EM'] });
  });

  it('leaves the keys alone when no role names a country or organisation', () => {
    const plain = { match: ['name:jon dale'], claim: ['name:jon dale'] };
    expect(withRoleKeys(plain, [{ titleKey: 'coach', ofKey: null }])).toBe(plain);
  });
});
