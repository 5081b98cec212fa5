// Fuzzing the translator with corrupt .beam files, judged by erts. Real modules
// (three of stdlib, two compiled here) are mutated with a fixed seed: truncations,
// byte flips, chunk sizes past the end, swapped, renamed, dropped and duplicated
// chunks, a Code chunk cut mid-instruction. For each mutant, translateBeam must
// either succeed or throw a BeamjsError, promptly; and erts, asked in one batch
// (restarted after any file that kills the VM, which counts as a refusal), is the
// reference: wherever its loader refuses a file, beamjs must refuse it too.

import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { translateBeam } from '../compiler/translate.js';
import { BeamjsError } from '../compiler/diagnostics.js';
import { mutate, seededRandom, type Mutant } from './support/beam-mutate.js';
import { otpEbins } from './support/erts.js';
import { WORK } from './support/differential.js';
import { ertsLoadVerdicts, type ErtsVerdict } from './support/erts-load.js';

const SEED = 0xbea5;
/** Mutants per module: the big stdlib modules take longer to translate, so fewer of them. */
const PER_MODULE: Record<string, number> = { lists: 150, string: 150, proplists: 300, fuzz_a: 400, fuzz_b: 400 };
/** One translation of a mutant of lists takes ~10 ms here; 5 s means the translator is looping. */
const SLOW_MS = 5000;

const FUZZ_A = `
-module(fuzz_a).
-export([main/1, shapes/1, sum/1, tag/1]).
-record(pt, {x = 0, y = 0}).
main(Args) -> [shapes(A) || A <- Args].
shapes(X) when is_integer(X), X > 100000000000000000000 -> big;
shapes(X) when is_float(X) -> {float, X * 2.5};
shapes(<<N:8, Rest/binary>>) -> {bin, N, byte_size(Rest)};
shapes(#{k := V}) -> {map, V};
shapes(#pt{x = X}) -> X;
shapes(L) when is_list(L) -> lists:map(fun(E) -> {E, self()} end, L);
shapes(_) -> #{a => [1, 2.0, "three", <<"four">>], b => {pt, 1, 2}}.
sum(L) -> try lists:foldl(fun erlang:'+'/2, 0, L) catch error:badarith -> nan end.
tag(T) -> receive {T, V} -> V after 10 -> timeout end.
`;

const FUZZ_B = `
-module(fuzz_b).
-export([main/1, fmt/1, walk/2]).
main(_) -> io:format("~p~n", [walk(10, [])]).
fmt(X) -> iolist_to_binary(io_lib:format("~w", [X])).
walk(0, Acc) -> lists:reverse(Acc);
walk(N, Acc) ->
    F = fun(Y) -> Y + N end,
    walk(N - 1, [{N, F(N), <<N:16, "ok">>, atom_to_list(element(1, {walk, N}))} | Acc]).
`;

// Known defects of beamjs that this seed finds, each mutant with the defect it shows. Reviewed
// like test/known-failures.ts: a promise to fix, and an entry that starts passing fails the run.
// Defects found by this test and fixed since: labels defined twice or past the header's count, a
// header announcing opcodes past 180, impossible FunT entries, bif instructions on imports that are
// not BIFs, fmove without a float register, code outside functions (compiler/ir/validate.ts).

/** erts refuses, translateBeam succeeds. */
const KNOWN_MISSED: Record<string, string> = {};

/** translateBeam (or parsing its JS) throws something other than a BeamjsError. */
const KNOWN_OTHER_EXCEPTIONS: Record<string, string> = {};

interface Case {
  name: string;
  mutant: Mutant;
  /** null: translated (and the JS parsed); else the BeamjsError's message. */
  beamjsError: string | null;
  erts?: ErtsVerdict;
}

describe('fuzzing the translator with corrupt .beam files, erts as the judge', () => {
  // Kept after the run (test/.work is ignored by git): a failing case is reproduced from its file.
  const dir = path.join(WORK, 'fuzz-beam');
  const mutDir = path.join(dir, 'mutants');
  const cases: Case[] = [];
  /** Mutants on which translateBeam threw something other than a BeamjsError: name -> what. */
  const others = new Map<string, string>();
  const slow: string[] = [];

  beforeAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(mutDir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'fuzz_a.erl'), FUZZ_A);
    fs.writeFileSync(path.join(dir, 'fuzz_b.erl'), FUZZ_B);
    execFileSync('erlc', ['-o', dir, path.join(dir, 'fuzz_a.erl'), path.join(dir, 'fuzz_b.erl')], { stdio: 'pipe' });
    const stdlib = otpEbins(['stdlib'])[0];
    const originals: Array<[string, string]> = [
      ['lists', path.join(stdlib, 'lists.beam')],
      ['string', path.join(stdlib, 'string.beam')],
      ['proplists', path.join(stdlib, 'proplists.beam')],
      ['fuzz_a', path.join(dir, 'fuzz_a.beam')],
      ['fuzz_b', path.join(dir, 'fuzz_b.beam')],
    ];
    const rnd = seededRandom(SEED);
    for (const [module, file] of originals) {
      const orig = new Uint8Array(fs.readFileSync(file));
      // The unmutated file as a control: erts and beamjs must both take it.
      const all = [{ label: 'original', bytes: orig }, ...mutate(orig, rnd, PER_MODULE[module])];
      all.forEach((mutant, i) => {
        const name = `${module}@${String(i).padStart(3, '0')}.beam`;
        fs.writeFileSync(path.join(mutDir, name), mutant.bytes);
        const t0 = performance.now();
        let beamjsError: string | null = null;
        try {
          const t = translateBeam(mutant.bytes, name);
          // What the loader does next: a SyntaxError here would reach the user as an internal error.
          new vm.Script(t.generated.js, { filename: name });
        } catch (e) {
          if (e instanceof BeamjsError) beamjsError = e.message;
          else others.set(name, `${name} (${mutant.label}): ${(e as Error)?.stack ?? String(e)}`);
        }
        const ms = performance.now() - t0;
        if (ms > SLOW_MS) slow.push(`${name} (${mutant.label}): ${Math.round(ms)} ms`);
        cases.push({ name, mutant, beamjsError });
      });
    }
    fs.writeFileSync(path.join(dir, 'labels.txt'), cases.map((c) => `${c.name}\t${c.mutant.label}\n`).join(''));
    const verdicts = ertsLoadVerdicts(mutDir);
    for (const c of cases) c.erts = verdicts.get(c.name);
    const ertsRefused = cases.filter((c) => !c.erts!.loads).length;
    const ertsCrashed = cases.filter((c) => c.erts!.reason === 'crashed' || c.erts!.reason === 'hung');
    const beamjsRefused = cases.filter((c) => c.beamjsError !== null).length;
    console.log(
      `fuzz seed 0x${SEED.toString(16)}: ${cases.length} files (${originals.length} originals), ` +
        `refused by erts ${ertsRefused} (of which the VM died on ${ertsCrashed.length}), refused by beamjs ${beamjsRefused}, ` +
        `other exceptions ${others.size}, slow ${slow.length}`,
    );
    // erts's own defects, for the record: beamjs must refuse these files too (the next test).
    for (const c of ertsCrashed) console.log(`erts died on ${c.name} (${c.mutant.label}): ${c.erts!.why}`);
  }, 120000);

  it('takes the unmutated files, as erts does', () => {
    const originals = cases.filter((c) => c.mutant.label === 'original');
    expect(originals.map((c) => [c.name, c.erts!.loads, c.beamjsError])).toEqual(
      originals.map((c) => [c.name, true, null]),
    );
  });

  /** The known defects that this run shows, and the failures no entry explains. */
  function against(known: Record<string, string>, failing: Map<string, string>) {
    return {
      unexplained: [...failing].filter(([n]) => !(n in known)).map(([, text]) => text),
      // An entry whose mutant now passes must go: the list only ever shrinks.
      fixed: Object.keys(known).filter((n) => !failing.has(n)),
    };
  }

  const missed = () =>
    new Map(
      cases
        .filter((c) => !c.erts!.loads && c.beamjsError === null)
        .map((c) => [c.name, `${c.name} (${c.mutant.label}): erts ${c.erts!.reason} (${c.erts!.why}), beamjs translated it`]),
    );

  it('throws nothing but a BeamjsError, and never takes long (known defects aside)', () => {
    expect(against(KNOWN_OTHER_EXCEPTIONS, others)).toEqual({ unexplained: [], fixed: [] });
    expect(slow).toEqual([]);
  });

  it('refuses every file that erts refuses (known defects aside)', () => {
    expect(against(KNOWN_MISSED, missed())).toEqual({ unexplained: [], fixed: [] });
  });

  // The two properties in full.
  it('throws nothing but a BeamjsError', () => {
    expect([...others.values()]).toEqual([]);
  });

  it('refuses every file that erts refuses', () => {
    expect([...missed().values()]).toEqual([]);
  });

  it('lists the files erts loads but beamjs refuses (defects, reported, not asserted)', () => {
    const extra = cases
      .filter((c) => c.erts!.loads && c.beamjsError !== null)
      .map((c) => `${c.name} (${c.mutant.label}): ${c.beamjsError}`);
    if (extra.length > 0) console.log(`erts loads, beamjs refuses (${extra.length}):\n  ${extra.join('\n  ')}`);
    expect(cases.length).toBeGreaterThan(0);
  });
});
