#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so no build step stands between a
// clone and a working command.
require('tsx/cjs');
require('../src/cli/main.ts');
