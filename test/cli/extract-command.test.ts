import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'newsgraph.js');

describe('newsgraph extract', () => {
  it('prints only the FORMAT.md JSON for an article, with offsets into the file text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    const file = join(dir, 'story.txt');
    const text = 'Storm closes schools\n\nSchools in the region closed on Monday, officials said.\n';
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, [cli, 'extract', file], { encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.document.id).toBe('story');
    expect(Array.isArray(json.entities)).toBe(true);
    expect(Array.isArray(json.quotes)).toBe(true);
    expect(Array.isArray(json.relations)).toBe(true);
    for (const entity of json.entities) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
  });

  it('prints a readable account of each fact with --explain, and no JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    const file = join(dir, 'harbour.txt');
    const text = 'Harbour reopens\n\nMayor Lena Ortiz reopened the harbour in Valdora on Monday.\n"It is a good day," Ortiz said.\n';
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, [cli, 'extract', file, '--explain'], { encoding: 'utf8' });
    expect(() => JSON.parse(out)).toThrow();
    expect(out).toMatch(/^document harbour /);
    for (const heading of ['ENTITIES', 'QUOTES', 'EVENTS', 'RELATIONS']) expect(out).toMatch(new RegExp(`^${heading} \\(\\d+\\)$`, 'm'));
    const start = text.indexOf('It is a good day');
    // the quote span may or may not keep the comma before the closing mark
    expect(out).toMatch(new RegExp(`evidence: "It is a good day,?" \\[${start},(?:${start + 16}|${start + 17})\\)`));
    expect(out).toMatch(/^q1 direct {2}rule=\S+ {2}confidence=\d\.\d\d$/m);
    expect(out).toMatch(/Person "Lena Ortiz" {2}rule=\S+ {2}confidence=\d\.\d\d/);
  });

  it('exits with status 1 and a clear message on a binary file, printing nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    const file = join(dir, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const run = spawnSync(process.execPath, [cli, 'extract', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/image\.png: looks like binary data/);
  });

  it('exits with status 2 and the usage when no file is given', () => {
    const run = spawnSync(process.execPath, [cli, 'extract'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/expected exactly one FILE/);
  });
});
