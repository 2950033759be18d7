import { extractEvents } from '../../src/extract/passes/07-events';
import type { NormalizedText } from '../../src/extract/passes/01-normalize';
import type { ExtractedEntity, Sentence } from '../../src/extract/types';
import { buildEntities, type EntitySpec } from './fixtures/entity-fixture';

const SPECS: EntitySpec[] = [
  { id: 'ann', type: 'Person', names: ['Ann Varga', 'Varga'], gender: 'female' },
  { id: 'bo', type: 'Person', names: ['Bo Lindqvist', 'Lindqvist'], gender: 'male' },
  { id: 'cy', type: 'Person', names: ['Cyril Osei', 'Osei'], gender: 'male' },
  { id: 'front', type: 'Organization', names: ['Liberation Front'] },
  { id: 'league', type: 'Organization', names: ['Harbour League'] },
  { id: 'nor', type: 'Location', names: ['Norland'], location: { kind: 'COUNTRY', countryCode: 'NO' } },
  { id: 'sud', type: 'Location', names: ['Sudria'], location: { kind: 'COUNTRY' } },
  { id: 'port', type: 'Location', names: ['Porto Vell'], location: { kind: 'CITY', withinId: 'nor' } },
  { id: 'ostra', type: 'Location', names: ['Ostra'], location: { kind: 'CITY', withinId: 'sud' } },
  { id: 'hall', type: 'Location', names: ['Glass Palace'], location: { kind: 'SITE', withinId: 'port' } },
];

/** One sentence per line-free chunk ending in ". " -- enough for these short texts. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, index: out.length, paragraph: 0 });
  }
  return out;
}

function events(text: string, publishedAt: string | null = null, dateline: string | null = null): ExtractedEntity[] {
  const doc: NormalizedText = { original: text, text, title: null, publishedAt };
  return extractEvents(doc, sentencesOf(text), buildEntities(text, SPECS), { id: 'd', title: null, publishedAt }, dateline);
}
const summary = (e: ExtractedEntity) => ({
  kind: e.event!.kind,
  triggers: e.mentions.map((m) => m.text),
  participants: e.event!.participants.map((p) => (p.role ? `${p.entityId}:${p.role}` : p.entityId)).sort(),
  places: [...e.event!.locationIds].sort(),
});

describe('extractEvents', () => {
  const cases: Array<[string, string, ReturnType<typeof summary>[]]> = [
    ['a meeting with a place', 'Varga held a meeting with Lindqvist in Porto Vell.', [{ kind: 'MEETING', triggers: ['meeting'], participants: ['ann:host', 'bo'], places: ['port'] }]],
    ['a verb meeting with both sides', 'Varga met Lindqvist on Monday.', [{ kind: 'MEETING', triggers: ['met'], participants: ['ann', 'bo'], places: [] }]],
    ['hands shaken at a site in a city', 'Varga shakes hands with Lindqvist at the Glass Palace in Porto Vell.', [{ kind: 'MEETING', triggers: ['shakes hands'], participants: ['ann', 'bo'], places: ['hall', 'port'] }]],
    [
      'an attack claimed by a group',
      'The Liberation Front, which claimed responsibility for the Ostra bombing, is banned.',
      [{ kind: 'ATTACK', triggers: ['bombing'], participants: ['front:claimed responsibility'], places: ['ostra'] }],
    ],
    [
      'a brokered truce',
      'A truce in Sudria brokered by Norland and the Harbour League held.',
      [{ kind: 'CEASEFIRE', triggers: ['truce'], participants: ['league:broker', 'nor:broker'], places: ['sud'] }],
    ],
    ['peace talks apart from talks', 'Varga began talks in Porto Vell. Sudria peace talks resumed.', [
      { kind: 'MEETING', triggers: ['talks'], participants: [], places: ['port'] },
      { kind: 'NEGOTIATION', triggers: ['peace talks'], participants: [], places: ['sud'] },
    ]],
    ['a speaker at a news conference', 'At a press conference with Lindqvist, Varga said prices would fall.', [{ kind: 'NEWS_CONFERENCE', triggers: ['press conference'], participants: ['ann:speaker', 'bo'], places: [] }]],
    ['talks between two people', 'Talks between Varga and Lindqvist ended.', [{ kind: 'MEETING', triggers: ['Talks'], participants: ['ann', 'bo'], places: [] }]],
    ['talks held by two people in a city', 'Varga and Lindqvist held talks in Porto Vell.', [{ kind: 'MEETING', triggers: ['held talks'], participants: ['ann', 'bo'], places: ['port'] }]],
    ['a host country', 'Norland hosted the summit.', [{ kind: 'MEETING', triggers: ['summit'], participants: ['nor:host'], places: [] }]],
    ['a conflict and an election', 'The war in Sudria delayed the election.', [
      { kind: 'CONFLICT', triggers: ['war'], participants: [], places: ['sud'] },
      { kind: 'ELECTION', triggers: ['election'], participants: [], places: [] },
    ]],
  ];
  test.each(cases)('finds %s', (_name, text, expected) => {
    expect(events(text).map(summary)).toEqual(expected);
  });

  test('merges later mentions of the same event into one', () => {
    const found = events('Talks in Porto Vell began. Varga opened the talks. The meeting lasted four hours.');
    expect(found).toHaveLength(1);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Talks', 'talks', 'meeting']);
    expect(found[0].name).toBe('talks in Porto Vell');
  });

  test('names a verb-only meeting with a noun', () => {
    expect(events('Varga met Lindqvist.').map((e) => e.name)).toEqual(['meeting']);
  });

  test('merges attacks in a city with attacks in its country', () => {
    const found = events('Bombings in Ostra killed ten. The attacks in Sudria were condemned.');
    expect(found.map((e) => e.event!.kind)).toEqual(['ATTACK']);
  });

  test('keeps two meetings of different people apart', () => {
    expect(events('Varga met Lindqvist. Later, Varga met Osei.')).toHaveLength(2);
  });

  test('keeps two meetings on different dates apart', () => {
    expect(events('Talks on Monday went well. Talks on Tuesday failed.', '2024-03-14')).toHaveLength(2);
  });

  test('keeps attacks in two unrelated places apart', () => {
    const found = events('An attack in Ostra killed ten. Another attack in Porto Vell followed.');
    expect(found).toHaveLength(2);
  });

  test('gives the time as written and resolves it against the publication date', () => {
    const [ev] = events('The summit in Porto Vell on Tuesday ended early.', '2024-03-14');
    expect(ev.event!.time).toMatchObject({ text: 'on Tuesday', date: '2024-03-12' });
  });

  test('takes a possessive weekday before the trigger as its time', () => {
    const [ev] = events("Norland held Sunday's general election.", '2024-03-14');
    expect(ev.event!.time).toMatchObject({ text: 'Sunday', date: '2024-03-10' });
  });

  test('accepts a weak trigger after a capitalised determiner', () => {
    expect(events('The vote was close.').map((e) => e.event!.kind)).toEqual(['ELECTION']);
  });

  test('places a meeting without a written place at the dateline', () => {
    const [ev] = events('Varga held a news conference.', null, 'port');
    expect(ev.event!.locationIds).toEqual(['port']);
  });

  test('numbers events ev1, ev2 and types them Event', () => {
    const found = events('The war went on. The election was held.');
    expect(found.map((e) => [e.id, e.type])).toEqual([['ev1', 'Event'], ['ev2', 'Event']]);
  });

  const notEvents = [
    'He had a heart attack last year.',
    'Critics came under attack for the plan.',
    'They plan to attack the budget.',
    'The judge has a conflict of interest.',
    'A war of words broke out.',
    'Progress on the work was slow.',
    'The plan met resistance.',
    'She talks about music.',
    'I have one vote.',
    'The World War Museum opened.',
  ];
  test.each(notEvents)('finds no event in %j', (text) => {
    expect(events(text)).toEqual([]);
  });

  test('stays fast on long text', () => {
    const text = 'Varga met Lindqvist in Porto Vell for talks about the war. '.repeat(5000);
    const t0 = Date.now();
    events(text);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
