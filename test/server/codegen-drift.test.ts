/**
 * schema/generated must be what codegen makes of the committed schema and
 * operations. Codegen runs in a child process (its CLI loads ESM that jest
 * cannot) with the repo's codegen.ts settings and a temp output folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../codegen';

const ROOT = join(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'schema', 'generated');

describe('schema/generated', () => {
  it('is what codegen makes of the committed schema and operations (if not, run npm run codegen and commit it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-codegen-'));
    try {
      const [, output] = Object.entries(config.generates)[0];
      const configFile = join(dir, 'codegen.json');
      writeFileSync(configFile, JSON.stringify({ ...config, generates: { [join(dir, 'out') + '/']: output } }));
      execFileSync(process.execPath, [join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', configFile, '--silent'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      const files = readdirSync(join(dir, 'out')).sort();
      expect(readdirSync(COMMITTED).sort()).toEqual(files);
      const stale = files.filter((file) => readFileSync(join(dir, 'out', file), 'utf8') !== readFileSync(join(COMMITTED, file), 'utf8'));
      if (stale.length > 0) throw new Error(`schema/generated/${stale.join(', ')} out of date: run npm run codegen and commit the result`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
