/**
 * The `newsgraph` command line: argv parsing only; every command calls the
 * same functions the server uses.
 */
import { runExtract } from './extract-command';

const USAGE = `usage: newsgraph <command> [options]

commands:
  extract FILE [--explain]   print the document graph JSON for one article (- for stdin)
`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': {
      const files = rest.filter((a) => !a.startsWith('--') || a === '-');
      if (files.length !== 1) {
        process.stderr.write('newsgraph extract: expected exactly one FILE\n' + USAGE);
        return 2;
      }
      process.stdout.write(runExtract(files[0], { explain: rest.includes('--explain') }) + '\n');
      return 0;
    }
    default:
      process.stderr.write(USAGE);
      return command ? 2 : 0;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
