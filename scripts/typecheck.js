#!/usr/bin/env node
// tsc --noEmit for every app (ts-jest only transpiles) and for the tests and scripts.
const { execFileSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const projects = readdirSync(path.join(root, 'apps')).map((app) => `apps/${app}/tsconfig.app.json`);
projects.push('tsconfig.json');
let failed = false;
for (const project of projects) {
  process.stdout.write(`tsc --noEmit -p ${project}\n`);
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
  } catch {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
