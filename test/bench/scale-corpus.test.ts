import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../bench/scale-corpus/write-corpus';

const COUNT = 60;
const articles = [...generateCorpus(COUNT, 7)];

describe('the scale corpus generator', () => {
  it('writes byte-identical files for the same count and seed', () => {
    const [first, second] = [mkdtempSync(join(tmpdir(), 'scale-a-')), mkdtempSync(join(tmpdir(), 'scale-b-'))];
    try {
      writeCorpus(first, 20, 3);
      writeCorpus(second, 20, 3);
      const names = readdirSync(first).sort();
      expect(names).toEqual(readdirSync(second).sort());
      expect(names).toHaveLength(40);
      for (const name of names) expect(readFileSync(join(first, name))).toEqual(readFileSync(join(second, name)));
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('gives article i the same text whatever the count, and other text for another seed', () => {
    const shorter = [...generateCorpus(10, 7)];
    expect(shorter.map((a) => a.text)).toEqual(articles.slice(0, 10).map((a) => a.text));
    const otherSeed = [...generateCorpus(10, 8)];
    expect(otherSeed.filter((a, i) => a.text === articles[i].text)).toHaveLength(0);
  });

  it('writes articles that all differ from each other', () => {
    expect(new Set(articles.map((a) => a.text)).size).toBe(COUNT);
    expect(new Set(articles.map((a) => a.id)).size).toBe(COUNT);
  });

  it('points every gold mention, event anchor and quote at the words it names', () => {
    for (const { text, gold } of articles) {
      for (const entity of gold.entities) {
        expect(entity.mentions.length).toBeGreaterThan(0);
        for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        // A proper mention spells one of the entity's names (a dateline may shout it: "MOSCOW").
        const names = entity.names.map((n) => n.toLowerCase());
        for (const mention of entity.mentions.filter((m) => m.proper)) expect(names).toContain(mention.text.toLowerCase());
      }
      for (const event of gold.events) for (const anchor of event.anchors) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.text);
      for (const quote of gold.quotes) {
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
        // The quoted words sit right inside quote marks.
        expect(['"', '\u201c']).toContain(text[quote.start - 1]);
      }
    }
  });

  it('gives every quote a speaker that is a gold Person, and relations ends that exist', () => {
    for (const { gold } of articles) {
      const people = new Set(gold.entities.filter((e) => e.type === 'Person').map((e) => e.gid));
      const ends = new Set([...gold.entities.map((e) => e.gid), ...gold.events.map((e) => e.gid)]);
      expect(gold.quotes.length).toBeGreaterThan(0);
      for (const quote of gold.quotes) expect(people).toContain(quote.speaker);
      for (const relation of gold.relations) {
        expect(ends).toContain(relation.source);
        expect(ends).toContain(relation.target);
      }
    }
  });

  it('brings popular people back across articles, so the graph merges documents', () => {
    const articlesPerPerson = new Map<string, number>();
    for (const { gold } of articles) {
      for (const entity of gold.entities.filter((e) => e.type === 'Person')) articlesPerPerson.set(entity.gid, (articlesPerPerson.get(entity.gid) ?? 0) + 1);
    }
    const counts = [...articlesPerPerson.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(5);
    // ... and most people are rare (the long tail of a Zipf-like popularity).
    expect(counts.filter((c) => c === 1).length).toBeGreaterThan(counts.length / 3);
  });

  it('never uses an acronym alone before introducing it once in parentheses', () => {
    let checked = 0;
    for (const { text, gold } of articles) {
      for (const entity of gold.entities.filter((e) => e.type === 'Organization' && e.names.length === 2)) {
        const acronym = entity.names[1];
        const uses = entity.mentions.filter((m) => m.text === acronym);
        if (uses.length === 0) continue;
        expect(text.slice(uses[0].start - 2, uses[0].end + 1)).toBe(` (${acronym})`);
        expect(text.slice(uses[0].start - 2 - entity.names[0].length, uses[0].start - 2)).toBe(entity.names[0]);
        for (const later of uses.slice(1)) expect(text[later.start - 1]).not.toBe('(');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
