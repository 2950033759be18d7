/**
 * The explorer page is browser code outside the root tsconfig (which checks
 * the server), and esbuild strips types without checking them: this runs tsc
 * on explorer/tsconfig.json so that `npm test` catches a page that no longer
 * agrees with the generated operation types.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the explorer page', () => {
  it('type-checks against the generated GraphQL operation types', () => {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'explorer', 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
      throw new Error(`tsc -p explorer failed:\n${output}`);
    }
  }, 60000);
});
