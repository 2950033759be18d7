import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'newsgraph.js');

function run(args: string[], db: string) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DB: db } });
}

describe('newsgraph export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
  const db = join(dir, 'graph.db');
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Ferry talks\n\nMaria Jensen met Thomas Berg in Oslo on Monday. "We agreed on the timetable," Berg said.\n');

  beforeAll(() => {
    expect(run(['ingest', article], db).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['graphml', /^<\?xml version="1.0"[\s\S]*<node id="e\d+"><data key="label">Thomas Berg<\/data>/],
    ['jsonld', /"@type": "Quotation"/],
    ['csv', /^id,label,type,mentions,salience,latitude,longitude\r\n[\s\S]*\r\n\r\nid,source,target,type,confidence,evidence\r\n/],
    ['cypher', /^CREATE \(:Person \{id: 'e\d+', name: 'Thomas Berg'/m],
    ['json', /^\{\n  "exportedAt"/],
  ])('prints the graph as %s', (format, shape) => {
    const result = run(['export', '--format', format], db);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(shape);
  });

  it('prints JSON when no format is given', () => {
    const result = run(['export'], db);
    expect(JSON.parse(result.stdout).entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Thomas Berg']));
  });

  it('refuses an unknown format with the list of known ones', () => {
    const result = run(['export', '--format', 'xlsx'], db);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be one of json, jsonld, graphml, csv, cypher');
  });
});
