#!/usr/bin/env node
// Runs the test suite with vitest and ends with one plain line, "N passed, N failed",
// so that any reader of the log (CI included) gets the counts; exits with vitest's status.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const results = path.join(root, 'test', '.work', 'vitest-results.json');
fs.mkdirSync(path.dirname(results), { recursive: true });
fs.rmSync(results, { force: true });
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
const r = spawnSync(vitest, ['run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
let status = r.status ?? 1;
if (fs.existsSync(results)) {
  const j = JSON.parse(fs.readFileSync(results, 'utf8'));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  console.log(`\ntests: ${j.numPassedTests} passed, ${j.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  if (j.numTotalTests === 0) status = 1;
} else {
  console.log('\ntests: 0 passed, 1 failed');
  status = status === 0 ? 1 : status;
}
process.exit(status);
