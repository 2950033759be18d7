/**
 * Plural class nouns that introduce examples: "painters such as A, B and C",
 * "companies including X". The examples are names of the class's type. Data only.
 */
import type { EntityType } from '../types';

const PERSON = [
  'people', 'persons', 'artists', 'photographers', 'painters', 'sculptors', 'writers', 'authors', 'poets',
  'novelists', 'musicians', 'singers', 'rappers', 'actors', 'actresses', 'players', 'athletes', 'politicians',
  'leaders', 'celebrities', 'guests', 'scientists', 'researchers', 'scholars', 'philosophers', 'composers',
  'directors', 'characters', 'heroes', 'superheroes', 'villains', 'gods', 'goddesses', 'deities', 'saints',
  'prophets', 'presidents', 'ministers', 'candidates', 'founders', 'designers', 'architects', 'comedians',
  'entertainers', 'journalists', 'footballers', 'cyclists', 'drivers', 'emperors', 'kings', 'queens',
];
const ORGANIZATION = [
  'companies', 'firms', 'corporations', 'businesses', 'brands', 'manufacturers', 'retailers', 'banks',
  'publishers', 'studios', 'broadcasters', 'newspapers', 'magazines', 'organisations', 'organizations',
  'charities', 'parties', 'unions', 'clubs', 'teams', 'universities', 'agencies', 'churches', 'religions',
  'denominations', 'sects', 'bands', 'airlines', 'carriers', 'automakers', 'carmakers', 'insurers',
];
const LOCATION = [
  'countries', 'nations', 'cities', 'towns', 'villages', 'regions', 'provinces', 'states', 'islands',
  'territories', 'neighbourhoods', 'neighborhoods', 'districts', 'capitals', 'counties', 'suburbs',
];

export const EXAMPLE_CLASS_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...PERSON.map((w) => [w, 'Person'] as [string, EntityType]),
  ...ORGANIZATION.map((w) => [w, 'Organization'] as [string, EntityType]),
  ...LOCATION.map((w) => [w, 'Location'] as [string, EntityType]),
]);
