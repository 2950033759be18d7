/**
 * Organisation rules: the wire agency of a dateline, company names closed by a
 * sector word, an organisation before a title, and "and" after a titled name.
 * Sentences are written for these tests; each table has cases that must not fire.
 */
import { normalize } from '../../src/extract/passes/01-normalize';
import { found, mentions } from './fixtures/entity-mentions';
import { extract } from '../../src/extract/pipeline';


describe('dateline agency', () => {
  it.each<[string, string[], string[]]>([
    // [article, expected among the mentions, must not be among them]
    ['Harbour talks\n\nLISBON (Pressline) - The port reopened on Monday.', ['Location:LISBON', 'Organization:Pressline'], []],
    ['Harbour talks\n\nLISBON, March 3 (Pressline) - The port reopened on Monday.', ['Location:LISBON', 'Organization:Pressline'], ['Organization:March 3']],
    ['Harbour talks\n\nLISBON, March 3, 2024 (Wire Service Nine) - The port reopened.', ['Organization:Wire Service Nine'], ['Organization:March 3']],
    ['Harbour talks\n\nNEW DELHI, Oct. 9 (Ostwire) - Fares rose.', ['Location:NEW DELHI', 'Organization:Ostwire'], []],
    // No agency: nothing in parentheses to take.
    ['Harbour talks\n\nLISBON - The port reopened on Monday.', ['Location:LISBON'], ['Organization:LISBON']],
    // A place in parentheses is a place, not an agency.
    ['Harbour talks\n\nSetubal (Portugal) - The port reopened on Monday.', [], ['Organization:Portugal']],
    // Parentheses in the body are no dateline.
    ['Harbour talks\n\nThe port reopened on Monday (Pressline reported) after a strike.', [], ['Organization:Pressline reported']],
  ])('%j', (text, expected, forbidden) => {
    const got = found(text);
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });

  it('keeps the dateline place a Location although an agency follows it in parentheses', () => {
    const got = mentions('Harbour talks\n\nOSLO (Pressline) - The port reopened.');
    expect(got.find((m) => m.text === 'OSLO')?.type).toBe('Location');
    expect(got.find((m) => m.text === 'Pressline')?.rule).toBe('entities:dateline-agency');
  });
});

describe('company names closed by a sector word', () => {
  it.each<[string, string[], string[]]>([
    ['Brevik Energy said in a statement that output fell.', ['Organization:Brevik Energy'], ['Person:Brevik Energy']],
    ['Shares of Tallmark Shipping rose on Monday.', ['Organization:Tallmark Shipping'], []],
    ['Orvane Steel cut 200 jobs, the union said.', ['Organization:Orvane Steel'], ['Person:Orvane Steel']],
    ['Investors backed Quillon Pharmaceuticals last year.', ['Organization:Quillon Pharmaceuticals'], []],
    // A country or demonym before the sector word is a portfolio, not a company.
    ['Norwegian Energy Minister Kari Holm said prices would fall.', [], ['Organization:Norwegian Energy']],
    // A lone sector word is a common noun.
    ['Energy prices rose again.', [], ['Organization:Energy']],
  ])('%j', (text, expected, forbidden) => {
    const got = found(text);
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

describe('an organisation before a title', () => {
  it.each<[string, string, string, string]>([
    // [sentence, organisation, person, title]
    ['Maltese National Assembly Chairman Ilse Brandt met the envoy.', 'Maltese National Assembly', 'Ilse Brandt', 'Chairman'],
    ['Brevik Energy President Tomas Ruud opened the plant.', 'Brevik Energy', 'Tomas Ruud', 'President'],
    ['The Coastal Fishing Board Chairwoman Ana Pires spoke first.', 'Coastal Fishing Board', 'Ana Pires', 'Chairwoman'],
  ])('%s', (text, org, person, title) => {
    const got = mentions(text);
    expect(got.find((m) => m.text === org)?.type).toBe('Organization');
    const p = got.find((m) => m.text === person);
    expect(p?.type).toBe('Person');
    expect(p?.title).toBe(title);
    expect(p?.titleOf).toBe(org);
  });

  it('links the role to the organisation entity and relates them', () => {
    const r = extract('Port deal\n\nMaltese National Assembly Chairman Ilse Brandt met the envoy on Monday.');
    const org = r.entities.find((e) => e.name === 'Maltese National Assembly');
    const person = r.entities.find((e) => e.name === 'Ilse Brandt');
    expect(org?.type).toBe('Organization');
    expect(person?.roles?.[0]).toMatchObject({ title: 'Chairman', ofId: org?.id });
    expect(r.relations.some((x) => x.type === 'AFFILIATED_WITH' && x.sourceId === person?.id && x.targetId === org?.id)).toBe(true);
  });

  it.each<[string]>([
    // A title with no organisation before it: the role has no "of".
    ['Chairman Ilse Brandt met the envoy.'],
    // A country before the title is a place, handled as before.
    ['Malta President Ilse Brandt met the envoy.'],
  ])('gives no organisation "of" in %j', (text) => {
    const p = mentions(text).find((m) => m.text === 'Ilse Brandt');
    expect(p?.type).toBe('Person');
    expect(p?.titleOf ?? '').not.toMatch(/Assembly|Board|Energy/);
    expect(mentions(text).some((m) => m.type === 'Organization')).toBe(false);
  });
});

describe('"and" after a titled name', () => {
  it.each<[string, string[], string[]]>([
    [
      'Maltese Finance Minister Ilse Brandt and Coastal Fishing Board Chairman Ana Pires held talks.',
      ['Person:Ilse Brandt', 'Organization:Coastal Fishing Board', 'Person:Ana Pires'],
      ['Organization:Maltese Finance Minister Ilse Brandt and Coastal Fishing Board'],
    ],
    ['President Ilse Brandt and Ana Pires met.', ['Person:Ilse Brandt', 'Person:Ana Pires'], []],
    // No title before the "and": two companies, no person.
    ['Brevik Energy and Orvane Steel signed a supply deal.', ['Organization:Brevik Energy', 'Organization:Orvane Steel'], ['Person:Orvane Steel']],
    // An organisation name with "and" and no title stays whole.
    ['The Harbour and Canal Workers Union called a strike.', ['Organization:Harbour and Canal Workers Union'], []],
  ])('%j', (text, expected, forbidden) => {
    const got = found(text);
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

describe('dateline place the gazetteer lacks', () => {
  it.each<[string, string | null]>([
    // [article, the Location the dateline gives, or null]
    ['Harbour talks\n\nVELMORA (Pressline) - The port reopened on Monday.', 'VELMORA'],
    ['Harbour talks\n\nVELMORA, March 3 (Pressline) - The port reopened on Monday.', 'VELMORA'],
    // No agency: a capitalised label before a dash is no dateline.
    ['Harbour talks\n\nVELMORA - The port reopened on Monday.', null],
    // Not in capitals: an unknown word before an agency is no place.
    ['Harbour talks\n\nVelmora (Pressline) - The port reopened on Monday.', null],
  ])('%j', (text, place) => {
    const doc = normalize(text);
    const got = mentions(text).filter((m) => m.rule.startsWith('entities:dateline-place'));
    expect(got.map((m) => m.text)).toEqual(place ? [place] : []);
    if (place) expect(got[0].type).toBe('Location');
    expect(doc.datelinePlace ?? null).toBe(place);
  });
});

describe('a titled name followed by "of" and a country', () => {
  it.each<[string, string, string | null]>([
    // [sentence, the person's name, the title's "of"]
    ['Prime Minister Ilse Brandt of Chile said the port would reopen.', 'Ilse Brandt', 'Chile'],
    ['Finance Minister Ana Pires of Portugal met the envoy.', 'Ana Pires', 'Portugal'],
    ['Chairman Tomas Ruud of Orvane Steel met the envoy.', 'Tomas Ruud', 'Orvane Steel'],
    // Neither a place nor an organisation after "of": nothing is split off.
    ['Professor Tomas Ruud of Velmora Kestrel met the envoy.', 'Tomas Ruud of Velmora Kestrel', null],
  ])('%j', (text, person, of) => {
    const got = mentions(text);
    const p = got.find((m) => m.type === 'Person');
    expect(p?.text).toBe(person);
    expect(p?.titleOf ?? null).toBe(of);
    if (of) expect(got.find((m) => m.text === of)?.type).toBe(of === 'Orvane Steel' ? 'Organization' : 'Location');
  });

  it('relates the person to the country', () => {
    const r = extract('Port deal\n\nPrime Minister Ilse Brandt of Chile met the envoy on Monday.');
    const person = r.entities.find((e) => e.name === 'Ilse Brandt');
    const chile = r.entities.find((e) => e.type === 'Location' && e.name === 'Chile');
    expect(r.relations.some((x) => x.type === 'AFFILIATED_WITH' && x.sourceId === person?.id && x.targetId === chile?.id)).toBe(true);
  });
});

describe('portfolios, demonyms before titles and bodies of members', () => {
  it.each<[string, string[], string[]]>([
    ['Maltese Energy Minister Ilse Brandt opened the plant.', ['Person:Ilse Brandt'], ['Organization:Maltese Energy Minister Ilse Brandt']],
    ['Transport Secretary Ana Pires announced the plan.', ['Person:Ana Pires'], []],
    // "Somali" is also a region's name; before a title it is the demonym.
    ['Somali Prime Minister Ana Pires met the envoy.', ['Person:Ana Pires'], ['Organization:Somali Prime Minister Ana Pires']],
    ['Somali State Railways Director General Ana Pires met the envoy.', ['Organization:Somali State Railways', 'Person:Ana Pires'], []],
    ['The Federation of Harbour Pilots said fees would rise.', ['Organization:Federation of Harbour Pilots'], ['Location:Federation of Harbour Pilots']],
    // A federation "of" a place is the place.
    ['The Federation of Malaysia was formed later.', ['Location:Federation of Malaysia'], ['Organization:Federation of Malaysia']],
  ])('%j', (text, expected, forbidden) => {
    const got = found(text);
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });

  it('gives a demonym title its country', () => {
    const p = mentions('Somali Prime Minister Ana Pires met the envoy.').find((m) => m.type === 'Person');
    expect(p).toMatchObject({ title: 'Prime Minister', titleOf: 'Somali' });
  });
});

describe('destination of a journey', () => {
  it.each<[string, string[], string[]]>([
    ['The envoy is due to travel to Windhoek next week.', ['Location:Windhoek'], []],
    ['The minister flew to Vaduz on Monday.', ['Location:Vaduz'], []],
    ['Her trip to Touba was short.', ['Location:Touba'], []],
    // "to" after a verb that is no journey: a person stays a person.
    ['The envoy talked to Ann Lee on Monday.', ['Person:Ann Lee'], ['Location:Ann Lee']],
    ['The envoy flew to Ann Lee in the capital.', ['Person:Ann Lee'], ['Location:Ann Lee']],
  ])('%j', (text, expected, forbidden) => {
    const got = found(text);
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });

  it('keeps a small town without the cue weak', () => {
    expect(found('The envoy met officials from Touba.')).toContain('Location:Touba');
    expect(found('The envoy praised Touba.')).not.toContain('Location:Touba');
  });
});

describe('gender of a titled name', () => {
  it.each<[string, string, 'male' | 'female' | null]>([
    // [sentence, person, gender]
    ['Chairman Maria Brandt met the envoy.', 'Maria Brandt', 'female'],
    // An unknown given name: a "-man" title says nothing of the gender.
    ['Chairman Ilse Brandt met the envoy.', 'Ilse Brandt', null],
    ['Spokesman Ilse Brandt met the envoy.', 'Ilse Brandt', null],
    // Other gendered titles still tell it.
    ['Queen Ilse Brandt met the envoy.', 'Ilse Brandt', 'female'],
    ['Mr. Ilse Brandt met the envoy.', 'Ilse Brandt', 'male'],
  ])('%j', (text, person, gender) => {
    expect(mentions(text).find((m) => m.text === person)?.gender ?? null).toBe(gender);
  });

  it('lets "she" find a chairman whose given name is unknown', () => {
    const r = extract('Port deal\n\nChairman Ilse Brandt met the envoy on Monday. “We have agreed to meet again soon,” she said.');
    const person = r.entities.find((e) => e.name === 'Ilse Brandt');
    expect(r.quotes[0]?.speakerId).toBe(person?.id);
  });
});
