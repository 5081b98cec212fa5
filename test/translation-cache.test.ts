// The translation cache through the CLI: a second run translates nothing, and a
// corrupt entry is detected, rebuilt, and never executed.

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, compileErl, requireErlang } from './support/differential.js';

function run(cache: string, dir: string, module: string) {
  const r = spawnSync(path.join(ROOT, 'bin', 'beamjs'), ['run', '-pa', dir, module], {
    encoding: 'utf8',
    env: { ...process.env, BEAMJS_CACHE: cache, BEAMJS_CACHE_STATS: '1' },
  });
  const m = /beamjs cache: (\d+) hits, (\d+) misses, (\d+) rejected/.exec(r.stderr);
  return { stdout: r.stdout, status: r.status, hits: Number(m?.[1]), misses: Number(m?.[2]), rejected: Number(m?.[3]) };
}

describe('translation cache', () => {
  it('translates nothing the second time, and rebuilds a corrupt entry', () => {
    requireErlang();
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-cache-'));
    const dir = compileErl(path.join(ROOT, 'test', 'erl', 'basics', 'fib.erl'), 'basics');
    const first = run(cache, dir, 'fib');
    expect(first.status).toBe(0);
    expect(first.misses).toBeGreaterThan(0);
    const second = run(cache, dir, 'fib');
    expect(second.stdout).toBe(first.stdout);
    expect(second.misses).toBe(0);
    expect(second.hits).toBe(first.misses);
    // Damage every entry: each must be refused and rebuilt, with the same output.
    const entries: string[] = [];
    for (const sub of fs.readdirSync(cache)) for (const f of fs.readdirSync(path.join(cache, sub))) entries.push(path.join(cache, sub, f));
    for (const [i, f] of entries.entries()) {
      const bytes = fs.readFileSync(f);
      // Alternate: a truncated file, and one whose generated code was changed after its digest.
      if (i % 2 === 0) fs.writeFileSync(f, bytes.subarray(0, bytes.length >> 1));
      else {
        const at = bytes.indexOf('(function');
        expect(at).toBeGreaterThan(0);
        fs.writeFileSync(f, Buffer.concat([bytes.subarray(0, at), Buffer.from('throw 1;'), bytes.subarray(at + 8)]));
      }
    }
    const third = run(cache, dir, 'fib');
    expect(third.stdout).toBe(first.stdout);
    expect(third.rejected).toBe(entries.length);
    const fourth = run(cache, dir, 'fib');
    expect(fourth.misses + fourth.rejected).toBe(0);
    fs.rmSync(cache, { recursive: true, force: true });
  }, 120000);
});
