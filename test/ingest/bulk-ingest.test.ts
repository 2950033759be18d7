import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { bulkIngest } from '../../src/ingest/bulk-ingest';
import type { IngestProgress } from '../../src/ingest/ingest-progress';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { generatedArticleText, writeArticleFolder } from '../support/article-folder';
import { factsByDocument, graphFingerprint } from '../support/graph-fingerprint';
import { EXIT_MARK, HANG_MARK, preparedLabels, THROW_MARK } from '../support/instrumented-prepare';

const INSTRUMENTED = join(__dirname, '..', 'support', 'instrumented-prepare.ts');

describe('bulkIngest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-'));
  const stores: Store[] = [];
  const freshStore = async (name: string) => {
    const store = await openStore({ NEWSGRAPH_DB: join(dir, `${name}.db`) });
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  const articles = join(dir, 'articles');
  const paths = writeArticleFolder(articles, 60);

  it('writes the same documents, entities, quotes and relations with two extraction workers as a sequential ingest', async () => {
    const sequential = await freshStore('sequential');
    for (const path of paths) await ingestArticle(sequential, { text: generatedArticleText(paths.indexOf(path)) });
    const pooled = await freshStore('pooled');
    const summary = await bulkIngest(pooled, [articles], { workers: 2 });

    expect(summary).toMatchObject({ total: 60, created: 60, skipped: [], failures: [], workers: 2, interrupted: false });
    expect(await graphFingerprint(pooled)).toEqual(await graphFingerprint(sequential));
    expect(await factsByDocument(pooled)).toEqual(await factsByDocument(sequential));
    expect((await pooled.stats()).entities).toBe((await sequential.stats()).entities);
  });

  it('skips files whose text is already stored without extracting them again', async () => {
    const store = await freshStore('resume');
    const firstHalf = paths.slice(0, 25);
    await bulkIngest(store, firstHalf, { workers: 0 });
    preparedLabels.length = 0;
    const rerun = await bulkIngest(store, [articles], { workers: 0, prepareModule: INSTRUMENTED });

    expect(rerun.created).toBe(35);
    expect(rerun.skipped).toEqual(firstHalf);
    expect([...preparedLabels].sort()).toEqual(paths.slice(25)); // extraction ran only for the rest (reads finish in any order)
    expect((await store.stats()).documents).toBe(60);
  });

  it('reports a file that kills its worker or throws out of it by name, and ingests all the others', async () => {
    const folder = join(dir, 'with-crashes');
    writeArticleFolder(folder, 12);
    writeFileSync(join(folder, 'article-00003-exit.txt'), `Worker exits\n\nIt reads ${EXIT_MARK} here.\n`);
    writeFileSync(join(folder, 'article-00007-throw.txt'), `Worker throws\n\nIt reads ${THROW_MARK} here.\n`);
    const store = await freshStore('crashes');
    const summary = await bulkIngest(store, [folder], { workers: 2, prepareModule: INSTRUMENTED });

    expect(summary.created).toBe(12);
    expect(summary.failures).toEqual([
      { file: join(folder, 'article-00003-exit.txt'), kind: 'failed', reason: expect.stringMatching(/article-00003-exit\.txt: the extraction worker crashed on it \(it exited with code 3\)/) },
      { file: join(folder, 'article-00007-throw.txt'), kind: 'failed', reason: expect.stringMatching(/article-00007-throw\.txt: the extraction worker crashed on it \(a deliberate failure/) },
    ]);
    expect((await store.stats()).documents).toBe(12);
  });

  it('fails a file whose extraction hangs once the job timeout passes, and ingests the others', async () => {
    const folder = join(dir, 'with-a-hang');
    writeArticleFolder(folder, 6);
    writeFileSync(join(folder, 'article-00002-hang.txt'), `Worker hangs\n\nIt reads ${HANG_MARK} here.\n`);
    const store = await freshStore('hang');
    const summary = await bulkIngest(store, [folder], { workers: 2, prepareModule: INSTRUMENTED, jobTimeoutMs: 3000 });

    expect(summary.created).toBe(6);
    expect(summary.failures).toEqual([
      { file: join(folder, 'article-00002-hang.txt'), kind: 'failed', reason: expect.stringMatching(/hang\.txt: the extraction worker crashed on it \(stopped after 3000 ms without an answer\)/) },
    ]);
  });

  it('stops with an error naming the cause when extraction workers cannot even start', async () => {
    const store = await freshStore('unstartable');
    const unloadable = join(__dirname, '..', 'support', 'unloadable-prepare.ts');
    await expect(bulkIngest(store, [articles], { workers: 2, prepareModule: unloadable })).rejects.toThrow(
      /extraction workers cannot start \(this module refuses to load\)/,
    );
    expect((await store.stats()).documents).toBe(0);
  });

  it('counts and names bad files (missing, empty, binary, too large) and goes on with the rest', async () => {
    const folder = join(dir, 'with-bad-files');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.txt'), generatedArticleText(100));
    writeFileSync(join(folder, 'b-empty.txt'), ' \n\n');
    writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(folder, 'd-huge.txt'), 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(join(folder, 'e-good.txt'), generatedArticleText(101));
    const problems: string[] = [];
    const progress: IngestProgress = { update() {}, problem: (line) => problems.push(line), finish() {} };
    const store = await freshStore('bad-files');
    const summary = await bulkIngest(store, [folder, join(dir, 'no-such-folder')], { workers: 2, progress });

    expect(summary.created).toBe(2);
    expect(summary.total).toBe(6);
    expect(summary.failures.map((f) => [f.file, f.kind])).toEqual([
      [join(dir, 'no-such-folder'), 'failed'],
      [join(folder, 'b-empty.txt'), 'rejected'],
      [join(folder, 'c-binary.txt'), 'rejected'],
      [join(folder, 'd-huge.txt'), 'rejected'],
    ]);
    expect(summary.failures[3].reason).toMatch(/over the \d+-byte limit/);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/rejected .*c-binary\.txt: looks like binary data/);
  });

  it('stops starting files when aborted, keeps what it wrote, and a rerun completes without duplicates', async () => {
    const store = await freshStore('aborted');
    const controller = new AbortController();
    let updates = 0;
    const progress: IngestProgress = {
      update() {
        if (++updates === 10) controller.abort();
      },
      problem() {},
      finish() {},
    };
    const stopped = await bulkIngest(store, [articles], { workers: 2, progress, signal: controller.signal });
    expect(stopped.interrupted).toBe(true);
    expect(stopped.created).toBe(10);
    expect((await store.stats()).documents).toBe(10);

    const rerun = await bulkIngest(store, [articles], { workers: 2 });
    expect(rerun).toMatchObject({ created: 50, interrupted: false, failures: [] });
    expect(rerun.skipped).toEqual(paths.slice(0, 10));
    const reference = await freshStore('aborted-reference');
    await bulkIngest(reference, [articles], { workers: 0 });
    expect(await graphFingerprint(store)).toEqual(await graphFingerprint(reference));
  });
});
