// The generated JS of a sample module, kept as a snapshot: a change to the code
// generator shows up here as a readable diff of its output (review it, then refresh
// the snapshot with `npx vitest run test/codegen.test.ts -u`). Correctness is the
// differential programs' job; this test is about what the output looks like.

import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { translateBeam } from '../compiler/translate.js';
import { WORK, requireErlang } from './support/differential.js';

const SRC = path.join(__dirname, 'codegen', 'sample.erl');
const OUT = path.join(WORK, 'codegen');

describe('code generator output', () => {
  beforeAll(() => {
    requireErlang();
    fs.mkdirSync(OUT, { recursive: true });
    execFileSync('erlc', ['-o', OUT, SRC]);
  });

  it('lays out the sample module as in the snapshot', async () => {
    const file = path.join(OUT, 'sample.beam');
    const { generated } = translateBeam(fs.readFileSync(file), 'sample.beam');
    await expect(generated.js + '\n').toMatchFileSnapshot(path.join(__dirname, 'codegen', 'sample.js.snap'));
  });
});
