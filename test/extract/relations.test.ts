import { extractRelations } from '../../src/extract/passes/08-relations';
import type { NormalizedText } from '../../src/extract/passes/01-normalize';
import type { ExtractedEntity, ExtractedQuote } from '../../src/extract/types';
import { buildEntities, type EntitySpec } from './fixtures/entity-fixture';

const SPECS: EntitySpec[] = [
  { id: 'ann', type: 'Person', names: ['Ann Varga', 'Varga'], roles: [{ title: 'President', ofId: 'nor' }] },
  { id: 'bo', type: 'Person', names: ['Bo Lindqvist', 'Lindqvist'] },
  { id: 'cy', type: 'Person', names: ['Cyril Osei', 'Osei'] },
  { id: 'league', type: 'Organization', names: ['Harbour League'] },
  { id: 'gazette', type: 'Organization', names: ['Northern Gazette'] },
  { id: 'nor', type: 'Location', names: ['Norland'], location: { kind: 'COUNTRY' } },
  { id: 'port', type: 'Location', names: ['Porto Vell'], location: { kind: 'CITY', withinId: 'nor' } },
  { id: 'ostra', type: 'Location', names: ['Ostra'], location: { kind: 'CITY' } },
  { id: 'sud', type: 'Location', names: ['Sudria'], location: { kind: 'COUNTRY' } },
  { id: 'hall', type: 'Location', names: ['Glass Palace'], location: { kind: 'SITE' } },
  { id: 'mill', type: 'Location', names: ['Millbrook'], location: { kind: 'REGION' } },
  { id: 'vestria', type: 'Location', names: ['Vestria'], location: { kind: 'REGION', gazetteerId: 'region:XX:vestria' } },
  { id: 'norway', type: 'Location', names: ['Finland'], location: { kind: 'COUNTRY', countryCode: 'FI' } },
];

function event(id: string, kind: 'MEETING' | 'NEWS_CONFERENCE' | 'ATTACK' | 'NEGOTIATION', participants: string[], places: string[]): ExtractedEntity {
  return {
    id, type: 'Event', name: id, aliases: [], salience: 0.5, rule: 'fixture', confidence: 0.9,
    mentions: [{ start: 0, end: 4, text: 'talk', sentence: 0, rule: 'fixture', confidence: 0.9 }],
    event: { kind, participants: participants.map((entityId) => ({ entityId, role: null })), locationIds: places, time: null },
  };
}

function relations(text: string, events: ExtractedEntity[] = [], quotes: ExtractedQuote[] = []): string[] {
  const doc: NormalizedText = { original: text, text, title: null, publishedAt: null };
  const entities = [...buildEntities(text, SPECS), ...events];
  return extractRelations(doc, [], entities, quotes).map((r) => `${r.type} ${r.sourceId} ${r.targetId}`).sort();
}

describe('extractRelations', () => {
  test('links meeting participants to the event, the event to its place, and the people to each other once', () => {
    const rels = relations('Varga, Lindqvist and Osei.', [event('ev1', 'MEETING', ['ann', 'bo', 'cy'], ['port'])]);
    expect(rels.filter((r) => !r.startsWith('LOCATED_IN') && !r.startsWith('AFFILIATED_WITH'))).toEqual([
      'MET ann bo', 'MET ann cy', 'MET bo cy',
      'OCCURRED_IN ev1 port',
      'PARTICIPATED_IN ann ev1', 'PARTICIPATED_IN bo ev1', 'PARTICIPATED_IN cy ev1',
    ]);
  });

  test('makes the parties of a negotiation meet, but not its broker', () => {
    const ev = event('ev1', 'NEGOTIATION', ['ann', 'bo'], []);
    ev.event!.participants.push({ entityId: 'cy', role: 'broker' });
    const met = relations('Varga, Lindqvist, Osei.', [ev]).filter((r) => r.startsWith('MET'));
    expect(met).toEqual(['MET ann bo']);
  });

  test('does not make attackers meet each other', () => {
    const rels = relations('Varga and Lindqvist.', [event('ev1', 'ATTACK', ['ann', 'bo'], [])]);
    expect(rels.some((r) => r.startsWith('MET'))).toBe(false);
  });

  test('makes a speaker meet the person told', () => {
    const text = '"Soon," Varga told Lindqvist.';
    const quote: ExtractedQuote = { id: 'q1', start: 1, end: 5, text: 'Soon', direct: true, speakerId: 'ann', addresseeId: 'bo', aboutIds: [], sentence: 0, rule: 't', confidence: 0.9 };
    expect(relations(text, [], [quote])).toContain('MET ann bo');
  });

  const located: Array<[string, string, string]> = [
    ['a gazetteer container', 'Porto Vell is busy.', 'LOCATED_IN port nor'],
    ['a site in a city', 'the Glass Palace in Ostra', 'LOCATED_IN hall ostra'],
    ['a city and its country after a comma', 'in Ostra, Sudria today', 'LOCATED_IN ostra sud'],
    ['an organisation in a city', 'the Harbour League in Ostra said', 'LOCATED_IN league ostra'],
    ['a place-based organisation', 'the Ostra-based Harbour League', 'LOCATED_IN league ostra'],
    ['an unknown town before a known region', 'in Millbrook, Vestria today', 'LOCATED_IN mill vestria'],
  ];
  test.each(located)('finds LOCATED_IN for %s', (_name, text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  test('never places a country inside a city', () => {
    expect(relations('Sudria, Ostra and more.')).not.toContain('LOCATED_IN sud ostra');
  });

  const affiliated: Array<[string, string, string]> = [
    ['a role with ofId', 'President Ann Varga spoke.', 'AFFILIATED_WITH ann nor'],
    ['an organisation title before the name', "the Harbour League's chairman Bo Lindqvist", 'AFFILIATED_WITH bo league'],
    ['an apposition', 'Cyril Osei, an editor at the Northern Gazette, wrote.', 'AFFILIATED_WITH cy gazette'],
    ['a demonym title', 'In Finland, Finnish Foreign Minister Bo Lindqvist spoke.', 'AFFILIATED_WITH bo norway'],
  ];
  test.each(affiliated)('finds AFFILIATED_WITH for %s', (_name, text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  const notAffiliated = [
    'Cyril Osei, who lives near the Northern Gazette, wrote.',
    'Ostra. Cyril Osei wrote.',
    'the Harbour League and Bo Lindqvist',
    'In Finland, Finnish salmon and Bo Lindqvist.',
    'The Finnish President met with Bo Lindqvist.',
  ];
  test.each(notAffiliated)('finds no affiliation in %j', (text) => {
    expect(relations(text).filter((r) => r.startsWith('AFFILIATED_WITH') && !r.startsWith('AFFILIATED_WITH ann'))).toEqual([]);
  });

  test('numbers relations r1.. and keeps evidence spans and confidence', () => {
    const text = 'the Glass Palace in Ostra';
    const doc: NormalizedText = { original: text, text, title: null, publishedAt: null };
    const out = extractRelations(doc, [], buildEntities(text, SPECS), []);
    expect(out[0].id).toBe('r1');
    expect(out[0].end).toBeGreaterThan(out[0].start);
    expect(out[0].confidence).toBeGreaterThan(0);
  });
});
