import { extract } from '../../src/extract/pipeline';
import { generatedArticle } from '../../bench/generated-article';
import { parseLoadOptions } from '../../bench/load';

describe('bench:load generated articles', () => {
  it('are distinct texts, so every ingest of the stream creates a document', () => {
    const texts = new Set(Array.from({ length: 500 }, (_, n) => generatedArticle(1_000_000 + n).text));
    expect(texts.size).toBe(500);
  });

  it('name two people the extractor finds, with a quote attributed to one of them', () => {
    const article = generatedArticle(1_000_123);
    const extraction = extract(article.text, { publishedAt: article.publishedAt });
    const people = extraction.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    const title = article.text.split('\n')[0];
    // The headline is "<given> <family> and <given> <family> hold talks in <city>".
    const [first, second] = title.split(' hold talks')[0].split(' and ');
    expect(people).toEqual(expect.arrayContaining([first, second]));
    const speakers = extraction.quotes.map((q) => extraction.entities.find((e) => e.id === q.speakerId)?.name);
    expect(speakers).toContain(first);
  });
});

describe('bench:load options', () => {
  it('default to 50 connections for 30 s, 5 ingests/s, 5 s warm-up, the default response cache', () => {
    expect(parseLoadOptions([])).toEqual({ connections: 50, durationSeconds: 30, ingestRate: 5, warmupSeconds: 5, responseCache: 'on', heapLog: false });
  });

  it('read --flag value and --flag=value', () => {
    expect(parseLoadOptions(['--connections', '8', '--duration=12', '--ingest-rate', '0', '--heap-log', '--response-cache', 'both'])).toMatchObject({
      heapLog: true,
      connections: 8,
      durationSeconds: 12,
      ingestRate: 0,
      responseCache: 'both',
    });
  });

  it.each([
    [['--connections', 'many'], /--connections needs a number/],
    [['--response-cache', 'maybe'], /--response-cache must be on, off or both/],
    [['--warmup', '30'], /--warmup \(30 s\) must be shorter than --duration/],
    [['--users', '3'], /unknown option "--users"/],
  ])('refuse %j', (argv, message) => {
    expect(() => parseLoadOptions(argv)).toThrow(message);
  });
});
