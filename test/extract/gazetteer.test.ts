import { countryByCode, demonymCountry, lookupPlace } from '../../src/extract/gazetteer/places';

describe('place gazetteer', () => {
  it.each<[string, string, string, string | null]>([
    ['Geneva', 'CITY', 'CH', 'Switzerland'],
    ['Moscow', 'CITY', 'RU', 'Russia'],
    ['Russia', 'COUNTRY', 'RU', null],
    ['United States', 'COUNTRY', 'US', null],
    ['U.S.', 'COUNTRY', 'US', null],
    ['US', 'COUNTRY', 'US', null],
    ['America', 'COUNTRY', 'US', null],
    ['the United Kingdom', 'COUNTRY', 'GB', null],
    ['Britain', 'COUNTRY', 'GB', null],
    ['Texas', 'REGION', 'US', 'United States'],
    ['Washington', 'CITY', 'US', 'United States'],
    ['New York', 'CITY', 'US', 'United States'],
  ])('reads %p as a %s in %s', (name, kind, code, within) => {
    const place = lookupPlace(name);
    expect(place).not.toBeNull();
    expect(place!.kind).toBe(kind);
    expect(place!.countryCode).toBe(code);
    expect(place!.withinName).toBe(within);
  });

  it('gives the same gazetteer id to every name of the United States', () => {
    const ids = ['US', 'U.S.', 'United States', 'America', 'USA'].map((n) => lookupPlace(n)?.gazetteerId);
    expect(new Set(ids)).toEqual(new Set(['country:US']));
  });

  it('has coordinates for cities and countries', () => {
    const geneva = lookupPlace('Geneva')!;
    expect(geneva.latitude).toBeCloseTo(46.2, 0);
    expect(geneva.longitude).toBeCloseTo(6.1, 0);
  });

  it.each([['IT'], ['NO'], ['The'], ['Said'], [''], ['x'.repeat(500)]])('does not read %p as a place', (word) => {
    expect(lookupPlace(word)).toBeNull();
  });

  it.each([
    ['Russian', 'RU'],
    ['Syrian', 'SY'],
    ['American', 'US'],
    ['British', 'GB'],
  ])('maps the demonym %p to %p', (word, code) => {
    expect(demonymCountry(word)?.countryCode).toBe(code);
  });

  it('returns null for a word that is no demonym', () => {
    expect(demonymCountry('President')).toBeNull();
    expect(countryByCode('ZZ')).toBeNull();
  });
});
