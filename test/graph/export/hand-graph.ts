/** A small graph written by hand, with names that test every escaping rule. */
import type { GraphExport } from '../../../src/graph/export-graph';
import type { EntityRecord } from '../../../src/graph/model';

function entity(id: string, type: EntityRecord['type'], name: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id, type, name, aliases: [], salience: 0.5, confidence: 0.9, mentionCount: 2,
    locationKind: null, countryCode: null, latitude: null, longitude: null, gazetteerId: null, withinId: null,
    eventKind: null, timeText: null, timeDate: null, ...extra,
  };
}

export const HAND_GRAPH: GraphExport = {
  exportedAt: '2024-01-01T00:00:00.000Z',
  documents: [{ id: '1', contentHash: 'h', title: 'Fish, "chips" & <more>', publishedAt: '2024-01-01', source: null, ingestedAt: '2024-01-01T00:00:00Z' }],
  entities: [
    entity('1', 'Person', "Declan O'Neill", { aliases: ['O\'Neill'], roles: [{ personId: '1', title: 'mayor', ofEntityId: null, evidence: null }] } as Partial<EntityRecord>),
    entity('2', 'Organization', 'Smith, Jones & "Partners"'),
    entity('3', 'Location', 'Cork', { latitude: 51.9, longitude: -8.47 }),
    entity('4', 'Event', 'talks <in> Cork', { timeDate: '2024-01-01' }),
  ],
  quotes: [
    { id: '1', documentId: '1', text: 'It\'s a "deal", \\ done', direct: true, speakerId: '1', addresseeId: null, aboutIds: ['2'], start: 0, end: 5, sentenceStart: 0, sentenceEnd: 9, rule: 'r', confidence: 0.9 },
  ],
  relations: [
    { id: '1', type: 'AFFILIATED_WITH', sourceId: '1', targetId: '2', confidence: 0.8, evidence: [] },
    { id: '2', type: 'PARTICIPATED_IN', sourceId: '1', targetId: '4', confidence: 0.9, evidence: [] },
    { id: '3', type: 'OCCURRED_IN', sourceId: '4', targetId: '3', confidence: 0.9, evidence: [] },
    { id: '4', type: 'MET', sourceId: '1', targetId: '2', confidence: 0.6, evidence: [] },
  ],
};
