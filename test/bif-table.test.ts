// The BIF table (runtime/bifs/bif-table.ts) against the installed erts: the same
// set of functions for which erlang:is_builtin/3 is true. Reports how many BIFs
// beamjs implements, how many the OTP and Elixir modules reference, and of those
// how many are still missing; every implemented BIF must be a real BIF, and every referenced one
// must be implemented or listed, with its reason, in runtime/bifs/known-missing.ts.

import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIF_TABLE } from '../runtime/bifs/bif-table.js';
import '../runtime/bifs/index.js';
import { allBifKeys, bifKey } from '../runtime/bifs/registry.js';
import { KNOWN_MISSING_BIFS } from '../runtime/bifs/known-missing.js';
import { readBeam } from '../compiler/beam/index.js';

const root = path.resolve(__dirname, '..');

function ertsBifs(): string[] {
  const work = path.join(root, 'test', '.work', 'bif-table');
  fs.mkdirSync(work, { recursive: true });
  execFileSync('erlc', ['-o', work, path.join(root, 'test', 'support', 'bif_list.erl')]);
  const out = execFileSync('erl', ['-noshell', '-pa', work, '-eval', 'bif_list:main().'], { encoding: 'utf8' });
  return out.trim().split('\n');
}

function referencedByOtp(): Set<string> {
  const libRoot = execFileSync('erl', ['-noshell', '-eval', 'io:format("~s", [code:lib_dir()]), halt().'], { encoding: 'utf8' });
  const elixir = execFileSync('elixir', ['-e', 'IO.write(:code.lib_dir(:elixir))'], { encoding: 'utf8' });
  const dirs = ['erts', 'kernel', 'stdlib', 'compiler'].map((app) => {
    const d = fs.readdirSync(libRoot).find((n) => n.startsWith(`${app}-`))!;
    return path.join(libRoot, d, 'ebin');
  });
  dirs.push(path.join(elixir, 'ebin'));
  const bifs = new Set(BIF_TABLE.map(([m, f, a]) => bifKey(m, f, a)));
  const used = new Set<string>();
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith('.beam')) continue;
      const beam = readBeam(fs.readFileSync(path.join(dir, f)), f);
      for (const imp of beam.imports) {
        const k = bifKey(imp.module, imp.name, imp.arity);
        if (bifs.has(k)) used.add(k);
      }
    }
  }
  return used;
}

describe('the BIF table', () => {
  it('lists exactly the BIFs of the installed erts', () => {
    const lines = ertsBifs();
    if (process.env.BEAMJS_UPDATE_BIFS) {
      console.log('regenerate runtime/bifs/bif-table.ts from these lines:\n' + lines.join('\n'));
    }
    const ours = BIF_TABLE.map(([m, f, a, g]) => `${m} ${f} ${a} ${g}`);
    expect(ours).toEqual(lines);
  }, 120000);

  it('implements only real BIFs, and reports coverage of what OTP and Elixir reference', () => {
    const table = new Set(BIF_TABLE.map(([m, f, a]) => bifKey(m, f, a)));
    const implemented = allBifKeys();
    expect(implemented.filter((k) => !table.has(k))).toEqual([]);
    const referenced = referencedByOtp();
    const impl = new Set(implemented);
    const missing = [...referenced].filter((k) => !impl.has(k)).sort();
    const referencedImplemented = [...referenced].filter((k) => impl.has(k)).length;
    console.log(
      `BIFs: ${implemented.length} implemented / ${referenced.size} referenced by OTP and Elixir / ${BIF_TABLE.length} in erts; ` +
        `referenced and implemented: ${referencedImplemented}; referenced but missing (${missing.length}): ${missing.join(' ')}`,
    );
    expect(referenced.size).toBeGreaterThan(300);
    // A referenced BIF is implemented or listed with its reason; a listed one is a real BIF, not implemented.
    expect(missing.filter((k) => !(k in KNOWN_MISSING_BIFS)), 'referenced BIFs neither implemented nor in known-missing.ts').toEqual([]);
    const listed = Object.keys(KNOWN_MISSING_BIFS);
    expect(listed.filter((k) => impl.has(k)), 'known-missing.ts lists implemented BIFs').toEqual([]);
    expect(listed.filter((k) => !table.has(k)), 'known-missing.ts lists what is not a BIF').toEqual([]);
    expect(listed.filter((k) => KNOWN_MISSING_BIFS[k].trim().length < 20), 'known-missing.ts entries without a reason').toEqual([]);
  }, 120000);
});
