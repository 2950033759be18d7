/** CLI entry (placeholder until the CLI lands). */
console.error('newsgraph: the CLI is being built');
process.exitCode = 2;
