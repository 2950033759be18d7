import { explainExtraction } from '../../src/extract/explain';
import { extract } from '../../src/extract/pipeline';
import type { ExtractionResult } from '../../src/extract/types';

// A short article written for this test; offsets below are computed from it.
const ARTICLE = [
  'Mayor Lena Ortiz opens bridge in Valdora',
  '',
  'Mayor Lena Ortiz met engineers from Brightway Construction in Valdora on Monday.',
  '"The bridge is finally safe," Ortiz said, telling reporters it had cost too much.',
].join('\n');

const at = (needle: string, from = 0): { start: number; end: number } => {
  const start = ARTICLE.indexOf(needle, from);
  if (start < 0) throw new Error(`test article lacks ${needle}`);
  return { start, end: start + needle.length };
};

const S1 = ARTICLE.indexOf('Mayor Lena Ortiz met');
const S2 = ARTICLE.indexOf('"The bridge');

function handWritten(): ExtractionResult {
  const ortiz = at('Lena Ortiz', S1);
  const brightway = at('Brightway Construction');
  const met = at('met', S1);
  const quote = at('The bridge is finally safe');
  const cue = at('Ortiz said', S2);
  return {
    document: { id: 'bridge', title: 'Mayor Lena Ortiz opens bridge in Valdora', publishedAt: '2031-05-02', datelineLocationId: null },
    sentences: [
      { index: 0, paragraph: 0, start: 0, end: ARTICLE.indexOf('\n') },
      { index: 1, paragraph: 1, start: S1, end: S2 - 1 },
      { index: 2, paragraph: 1, start: S2, end: ARTICLE.length },
    ],
    entities: [
      {
        id: 'e1', type: 'Person', name: 'Lena Ortiz', aliases: ['Ortiz'], salience: 0.9, rule: 'entities:title', confidence: 0.93,
        mentions: [{ ...ortiz, text: 'Lena Ortiz', sentence: 1, rule: 'entities:title', confidence: 0.91 }],
        roles: [{ title: 'Mayor', ofId: null, evidence: at('Mayor Lena Ortiz', S1) }],
      },
      {
        id: 'e2', type: 'Organization', name: 'Brightway Construction', aliases: [], salience: 0.4, rule: 'entities:org-suffix', confidence: 0.77,
        mentions: [{ ...brightway, text: 'Brightway Construction', sentence: 1, rule: 'entities:org-suffix', confidence: 0.77 }],
      },
      {
        id: 'ev1', type: 'Event', name: 'meeting', aliases: [], salience: 0.5, rule: 'events:verb-trigger', confidence: 0.66,
        mentions: [{ ...met, text: 'met', sentence: 1, rule: 'events:verb-trigger', confidence: 0.66 }],
        event: { kind: 'MEETING', participants: [{ entityId: 'e1', role: 'host' }, { entityId: 'e2', role: null }], locationIds: [], time: { ...at('on Monday'), text: 'on Monday', date: '2031-04-28' } },
      },
    ],
    quotes: [
      { id: 'q1', ...quote, text: 'The bridge is finally safe', direct: true, speakerId: 'e1', addresseeId: null, aboutIds: [], sentence: 2, rule: 'attribution:cue-after', confidence: 0.85, cue },
    ],
    relations: [
      { id: 'r1', type: 'AFFILIATED_WITH', sourceId: 'e1', targetId: 'e2', ...met, rule: 'relations:met-with', confidence: 0.42 },
    ],
  };
}

describe('explainExtraction', () => {
  const out = explainExtraction(ARTICLE, handWritten());
  const lines = out.split('\n');
  const lineAfter = (prefix: string): string => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    expect(i).toBeGreaterThanOrEqual(0);
    return lines[i + 1];
  };

  it.each<[string, string]>([
    ['an entity with its type, name, rule, confidence and salience', 'e1 Person "Lena Ortiz"  rule=entities:title  confidence=0.93  salience=0.90'],
    ['each mention with its quoted text, offsets, rule and confidence', `  mention "Lena Ortiz" [${S1 + 6},${S1 + 16})  rule=entities:title  confidence=0.91`],
    ['a role with the span that states it', `  role: "Mayor" of (none); evidence: "Mayor Lena Ortiz" [${S1},${S1 + 16})`],
    ['a quote with its rule and confidence', 'q1 direct  rule=attribution:cue-after  confidence=0.85'],
    ['the quote speaker and addressee by id and name', '  speaker: e1 "Lena Ortiz"; addressee: (none)'],
    ['the attribution cue span', `  cue: "Ortiz said" [${S2 + 30},${S2 + 40})`],
    ['an event with its kind', '  kind: MEETING'],
    ['event participants with their roles', '  participants: e1 "Lena Ortiz" (host), e2 "Brightway Construction"'],
    ['the event time and its resolved date', `  time: "on Monday" [${at('on Monday').start},${at('on Monday').end}) -> 2031-04-28`],
    ['a relation with both ends, rule and confidence', 'r1 AFFILIATED_WITH  e1 "Lena Ortiz" -> e2 "Brightway Construction"  rule=relations:met-with  confidence=0.42'],
  ])('prints %s', (_what, line) => {
    expect(lines).toContain(line);
  });

  it('puts the sentence holding each piece of evidence under it', () => {
    const sentence1 = `    sentence 1: ${JSON.stringify(ARTICLE.slice(S1, S2 - 1))}`;
    expect(lineAfter('  mention "Lena Ortiz"')).toBe(sentence1);
    expect(lineAfter('  evidence: "The bridge is finally safe"').startsWith('  speaker:')).toBe(true);
    expect(lines).toContain(`  sentence 2: ${JSON.stringify(ARTICLE.slice(S2))}`);
    // relations carry no sentence index: it is found from the span offset
    expect(lineAfter('  evidence: "met"')).toBe(`  sentence 1: ${JSON.stringify(ARTICLE.slice(S1, S2 - 1))}`);
  });

  it('lists events apart from named entities, so a reader finds each kind of fact under its heading', () => {
    const entitiesAt = lines.indexOf('ENTITIES (2)');
    const eventsAt = lines.indexOf('EVENTS (1)');
    expect(entitiesAt).toBeGreaterThanOrEqual(0);
    expect(eventsAt).toBeGreaterThan(entitiesAt);
    expect(lines.findIndex((l) => l.startsWith('ev1 Event'))).toBeGreaterThan(eventsAt);
    expect(lines).toContain('QUOTES (1)');
    expect(lines).toContain('RELATIONS (1)');
  });

  it('cuts a long span to one line but keeps its true offsets', () => {
    const long = `"${'word '.repeat(80)}end," she said.`;
    const result: ExtractionResult = {
      document: { id: 'x', title: null, publishedAt: null },
      sentences: [{ index: 0, paragraph: 0, start: 0, end: long.length }],
      entities: [],
      quotes: [{ id: 'q1', start: 1, end: long.indexOf(',"'), text: long.slice(1, long.indexOf(',"')), direct: true, speakerId: 'gone', addresseeId: null, aboutIds: [], sentence: 0, rule: 'attribution:none', confidence: 0.1 }],
      relations: [],
    };
    const evidence = explainExtraction(long, result).split('\n').find((l) => l.startsWith('  evidence:'))!;
    expect(evidence).toContain(`[1,${long.indexOf(',"')})`);
    expect(evidence).toContain('…');
    expect(evidence.length).toBeLessThan(200);
    expect(explainExtraction(long, result)).toContain('speaker: gone (unknown)');
  });

  it('accounts for every fact the real pipeline extracts from a fresh article', () => {
    const result = extract(ARTICLE, { id: 'bridge' });
    const text = explainExtraction(ARTICLE, result);
    expect(result.entities.length).toBeGreaterThan(0);
    for (const e of result.entities) {
      expect(text).toContain(`${e.id} ${e.type} ${JSON.stringify(e.name)}  rule=${e.rule}  confidence=${e.confidence.toFixed(2)}`);
      for (const m of e.mentions) expect(text).toContain(`[${m.start},${m.end})  rule=${m.rule}  confidence=${m.confidence.toFixed(2)}`);
    }
    for (const q of result.quotes) expect(text).toContain(`${q.id} ${q.direct ? 'direct' : 'indirect'}  rule=${q.rule}`);
    for (const r of result.relations) expect(text).toContain(`${r.id} ${r.type}  `);
  });
});
