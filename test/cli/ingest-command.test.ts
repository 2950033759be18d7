import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'newsgraph.js');

function run(args: string[], db: string) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DB: db } });
}

describe('newsgraph ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
  const db = join(dir, 'graph.db');
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(
    join(articles, 'a.txt'),
    'Mayor opens bridge\n\nMayor Anna Lindqvist opened the new bridge in Oslo on Friday. "It joins two halves of the city," Lindqvist said.\n',
  );
  writeFileSync(join(articles, 'empty.txt'), '   \n');
  writeFileSync(join(articles, 'notes.bin'), Buffer.from([1, 2, 3])); // not an article extension: ignored

  it('ingests a folder, reports progress and totals, and names each rejected file with its reason', () => {
    const first = run(['ingest', articles], db);
    expect(first.stdout).toMatch(/ingested 1 document\(s\)/);
    expect(first.stdout).toMatch(/2\/2 file\(s\) in [\d.]+ s \([\d.]+ docs\/s.*\): 1 written, 0 skipped as already ingested, 1 failed/);
    expect(first.stdout).toMatch(/rejected .*empty\.txt: the text is empty or only whitespace/);
    expect(first.stderr).toMatch(/rejected .*empty\.txt: the text is empty/); // as it happens, too
    expect(first.stderr).toMatch(/\[2\/2\] 100% +[\d.]+ docs\/s +ETA 0:00 +skipped 0 +failed 1/);
    expect(first.status).toBe(1); // a rejected file makes the run fail, after the others went in
  });

  it('skips an article whose text is already in the graph', () => {
    const again = run(['ingest', join(articles, 'a.txt')], db);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/ingested 0 document\(s\)/);
    expect(again.stdout).toMatch(/1 skipped as already ingested/);
    expect(again.stdout).toMatch(/skipped \(same text already stored\): .*a\.txt/);
  });

  it('prints no progress with --quiet, and still the summary', () => {
    const quiet = run(['ingest', articles, '--quiet', '--workers', '0'], db);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/0 written, 1 skipped as already ingested, 1 failed/);
  });

  it('refuses a --workers value that is not a whole number', () => {
    const bad = run(['ingest', articles, '--workers', 'many'], db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--workers .* must be a whole number >= 0, got "many"/);
  });

  it('exports the graph it ingested as JSON', () => {
    const out = run(['export'], db);
    expect(out.status).toBe(0);
    const graph = JSON.parse(out.stdout);
    expect(graph.documents).toHaveLength(1);
    expect(graph.documents[0].text).toBeUndefined();
    expect(graph.entities.length).toBeGreaterThan(0);
  });

  it('fails with a usage message when given nothing to ingest', () => {
    const none = run(['ingest'], db);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/name at least one FILE, DIR or -/);
  });
});
