// Maps against erts. One erl run (the Erlang program below) produces every expected value: the
// internal hash of many terms (erts_debug's internal_hash, the hash that places keys in a large
// map), the key order of small and large maps of many key kinds as maps:keys/1 and maps:fold/3
// see it, put/update/remove sequences across the 32-key boundary, merges, 0.0 and -0.0 keys, and
// erts_internal:map_next/3 iterator paths. The data travels as term_to_binary output.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Atom, atom } from '../runtime/term/atom.js';
import { BitStr } from '../runtime/term/bitstring.js';
import { compareExact, eqExact } from '../runtime/term/compare.js';
import { decodeTerm } from '../runtime/term/etf-decode.js';
import { EFloat } from '../runtime/term/float.js';
import { internalHash } from '../runtime/term/internal-hash.js';
import { Cons, NIL, listFrom, listToArray } from '../runtime/term/list.js';
import { EMap, mapNext } from '../runtime/term/map.js';
import type { Term } from '../runtime/term/term.js';
import { WORK, compileErl, requireErlang } from './support/differential.js';

const ERL = String.raw`
-module(maptest).
-export([main/1]).

h(T) -> erts_debug:get_internal_state({internal_hash, T}).

lcg(0, _, Acc) -> lists:reverse(Acc);
lcg(N, X, Acc) -> Y = (X * 1103515245 + 12345) band 16#7fffffff, lcg(N - 1, Y, [Y | Acc]).

fold_keys(M) -> lists:reverse(maps:fold(fun(K, _, A) -> [K | A] end, [], M)).
ints(N) -> maps:from_list([{I, I} || I <- lists:seq(1, N)]).

key_sets() ->
    [{ints, lists:seq(1, 1000)},
     {random_ints, lcg(600, 42, [])},
     {negative_ints, [-X || X <- lcg(300, 7, [])]},
     {bigints, [X * 1000000007 * 1000000009 * 1000000021 || X <- lists:seq(1, 100)]
          ++ [-(1 bsl 64) - X || X <- lists:seq(1, 50)]
          ++ [(1 bsl 59) - 25 + X || X <- lists:seq(1, 50)]
          ++ [-(1 bsl 59) - 25 + X || X <- lists:seq(1, 50)]
          ++ [(1 bsl 53) + X || X <- lists:seq(1, 50)]},
     {floats, [X / 7 || X <- lists:seq(1, 300)] ++ [-X * 1.5e10 || X <- lists:seq(1, 50)]
          ++ [0.0, 1.0e300, 2.5e-300]},
     {binaries, [<<X:32>> || X <- lists:seq(1, 100)] ++ [integer_to_binary(X) || X <- lists:seq(1, 100)]
          ++ [binary:copy(<<X>>, X) || X <- lists:seq(1, 40)] ++ [<<X:(X rem 23 + 1)>> || X <- lists:seq(1, 60)]},
     {tuples, [{X, X * 2} || X <- lists:seq(1, 200)] ++ [{<<"a">>, X, <<"b">>, [X]} || X <- lists:seq(1, 50)] ++ [{}, {{}}]},
     {lists, [integer_to_list(X) || X <- lists:seq(1, 100)] ++ [[X, -X, 1000 + X] || X <- lists:seq(1, 100)]
          ++ [[X | X] || X <- lists:seq(1, 30)] ++ [[<<"a">> | X] || X <- lists:seq(1, 30)] ++ [[], [[]], [300, 1]]},
     {pids, [c:pid(0, X, 0) || X <- lists:seq(1, 200)] ++ [c:pid(0, X, X rem 4) || X <- lists:seq(1000, 1100)]},
     {small_maps, [#{X => Y} || X <- lists:seq(1, 10), Y <- [1, 2, 1.0]] ++ [#{}, #{1 => 1, 1.0 => 2}]},
     {large_maps, [maps:from_list([{I, X} || I <- lists:seq(1, 34 + X)]) || X <- lists:seq(1, 40)]},
     {mixed, lists:seq(1, 20) ++ [X / 2 || X <- lists:seq(1, 20)] ++ [{X} || X <- lists:seq(1, 20)]
          ++ [<<X>> || X <- lists:seq(1, 20)] ++ [[X] || X <- lists:seq(1, 20)] ++ [1 bsl 80, []]}].

key_of(I) -> case I rem 4 of 0 -> I div 4; 1 -> I / 2; 2 -> {I}; 3 -> <<I>> end.

ops(N, Seed) ->
    Rs = lcg(N * 2, Seed, []),
    ops(Rs, 0, N, []).
ops([A, B | Rest], I, N, Acc) ->
    % The low bits of this generator cycle: use its high bits. The first half of the sequence
    % mostly adds keys (the map grows past 32), the second half mostly removes them.
    Kind0 = (A bsr 16) rem 10,
    Kind = if I >= N div 2, Kind0 < 6 -> 5; I >= N div 2, Kind0 =:= 8 -> 6; true -> Kind0 end,
    R = B bsr 8,
    K = key_of(R rem 70), K2 = key_of((R + 1) rem 70), K3 = key_of((R + 2) rem 70),
    Op = case Kind of
             5 -> {remove, K};
             6 -> {remove, K};
             7 -> {update, K, I};
             8 -> {put3, K, I, K2, I + 1, K3, I + 2};
             9 -> {update3, K, I, K2, I + 1, K3, I + 2};
             _ -> {put, K, I}
         end,
    ops(Rest, I + 1, N, [Op | Acc]);
ops([], _, _, Acc) -> lists:reverse(Acc).

apply_op({put, K, V}, M) -> {ok, maps:put(K, V, M)};
apply_op({remove, K}, M) -> {ok, maps:remove(K, M)};
apply_op({update, K, V}, M) -> try {ok, maps:update(K, V, M)} catch error:{badkey, B} -> {{badkey, B}, M} end;
apply_op({put3, K1, V1, K2, V2, K3, V3}, M) -> {ok, M#{K1 => V1, K2 => V2, K3 => V3}};
apply_op({update3, K1, V1, K2, V2, K3, V3}, M) ->
    try {ok, M#{K1 := V1, K2 := V2, K3 := V3}} catch error:{badkey, B} -> {{badkey, B}, M} end.

run_ops(Ops) ->
    {_, _, Trace} = lists:foldl(
        fun(Op, {I, M, T}) ->
            {St, M2} = apply_op(Op, M),
            Snap = case I rem 5 of 0 -> {maps:to_list(M2), fold_keys(M2)}; _ -> none end,
            {I + 1, M2, [{St, maps:size(M2), Snap} | T]}
        end, {0, #{}, []}, Ops),
    lists:reverse(Trace).

walk(none, Acc) -> lists:reverse(Acc);
walk([P | M], Acc) ->
    {Seg, Next} = split(erts_internal:map_next(P, M, iterator)),
    walk(Next, [{P, Seg, case Next of none -> none; [NP | _] -> NP end} | Acc]).
split({K, _, Rest}) -> {S, N} = split(Rest), {[K | S], N};
split(X) -> {[], X}.

try_next(P, M, A) -> try erts_internal:map_next(P, M, A) catch error:badarg -> badarg end.

main(Out) ->
    erts_debug:set_internal_state(available_internal_state, true),
    Large = [{Name, Keys, maps:keys(M), fold_keys(M), maps:values(M)}
             || {Name, Keys} <- key_sets(), M <- [maps:from_list([{K, {v, K}} || K <- Keys])]],
    Atoms = [list_to_atom("k" ++ integer_to_list(X)) || X <- lists:seq(1, 300)] ++ [true, false, ok, undefined],
    AM = maps:from_list([{A, 1} || A <- Atoms]),
    AtomData = {[atom_to_binary(A) || A <- Atoms], [h(A) || A <- Atoms], [atom_to_binary(A) || A <- maps:keys(AM)],
                [atom_to_binary(A) || A <- fold_keys(AM)]},
    HashTerms = [0, 1, -1, 255, 256, 1 bsl 27, 1 bsl 28, -(1 bsl 28), (1 bsl 53) - 1, 1 bsl 53, (1 bsl 59) - 1,
                 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 200, -(3 bsl 130),
                 0.0, list_to_float("-0.0"), 1.0, -2.5, 1.0e300, 5.0e-324,
                 [], [[]], "abc", "abcd", "abcde", [1 | 2], [300], [300 | 2], [1, 300 | 5], [[1, 2], {3}, "xy"],
                 {}, {[]}, {1, 2}, {{}, [], <<>>},
                 <<>>, <<1, 2, 3>>, <<1:3>>, <<"0123456789ab">>, <<"0123456789abcdefghijklmnopqrstuvwxyz">>, <<255, 7:5>>,
                 c:pid(0, 0, 0), c:pid(0, 1, 0), c:pid(0, 9, 0), c:pid(0, 0, 1), c:pid(0, 30000, 3),
                 list_to_port("#Port<0.0>"), list_to_port("#Port<0.1>"), list_to_port("#Port<0.70000>"),
                 list_to_ref("#Ref<0.1.2.3>"), make_ref(),
                 #{}, #{<<"a">> => 1}, #{1 => 2, 1.0 => 3, <<>> => []}, ints(33), ints(100), ints(1000), ints(20000),
                 #{ints(40) => ints(50), 1 => #{ints(35) => 2}}],
    Ops = ops(700, 99),
    Small = #{a => 1, b => 2, c => 3},
    M40 = ints(40),
    % Built at run time: the compiler folds constants, and literal maps whose key tuples are
    % =:= share one tuple, which would hide which of 0.0 and -0.0 a map operation keeps.
    Z = list_to_float(os:getenv("BEAMJS_UNSET_VAR", "-0.0")),
    P = list_to_float(os:getenv("BEAMJS_UNSET_VAR", "0.0")),
    S0 = maps:from_list([{P, a}]),
    SZ = maps:from_list([{Z, b}]),
    L0 = maps:from_list([{P, a} | [{I, I} || I <- lists:seq(1, 40)]]),
    Floats = fun(M) -> [K || K <- maps:keys(M), is_float(K)] end,
    Zeros = [Floats(S0#{Z => b}), Floats(L0#{Z => b}), Floats(S0#{Z := b}), Floats(L0#{Z := b}),
             Floats(maps:from_list([{P, a}, {Z, b}])), Floats(maps:from_list([{Z, b}, {P, a}])),
             Floats(maps:from_list([{P, a}, {Z, b} | [{I, I} || I <- lists:seq(1, 40)]])),
             Floats(maps:merge(S0, SZ)), Floats(maps:merge(L0, SZ)), Floats(maps:merge(SZ, L0))],
    MergeSets = [{lists:seq(1, 10), lists:seq(5, 20)}, {lists:seq(1, 20), lists:seq(10, 40)},
                 {lists:seq(1, 100), lists:seq(90, 110)}, {lists:seq(90, 110), lists:seq(1, 100)},
                 {lists:seq(1, 300), lists:seq(200, 600)}, {[a, b, 1.0], [1, a, 2.0]}, {lists:seq(1, 40), []}],
    Merges = [{[{K, {l, K}} || K <- A], [{K, {r, K}} || K <- B], maps:to_list(R), fold_keys(R)}
              || {A, B} <- MergeSets,
                 R <- [maps:merge(maps:from_list([{K, {l, K}} || K <- A]), maps:from_list([{K, {r, K}} || K <- B]))]],
    MixedKeys = element(2, lists:keyfind(mixed, 1, key_sets())),
    Result = #{large => Large, atoms => AtomData, hashes => [{T, h(T)} || T <- HashTerms],
               ops => {Ops, run_ops(Ops)}, zeros => Zeros, merges => Merges,
               small_next => [{P, A, try_next(P, Small, A)} || P <- [0, 1, 3, 4, -1, a], A <- [iterator, [x], [a | b], foo]],
               large_next => {walk([0 | ints(1000)], []), walk([0 | ints(40)], [])},
               large_next_list => (fun([P, _ | Acc]) -> {P, Acc} end)(erts_internal:map_next(0, ints(1000), [x])),
               probes => [{P, case try_next(P, M40, iterator) of badarg -> badarg; R -> element(1, R) end}
                          || P <- [0, 15, 16, 16#1B0, 16#B, 16#F2, 16#12, 16#22, 16#32, 1 bsl 36, 1 bsl 70]],
               sorted => lists:sort(fun(A, B) -> erts_internal:cmp_term(A, B) =< 0 end, MixedKeys),
               printed => list_to_binary(io_lib:format("~w", [M40])),
               small_order => maps:keys(#{1 => a, 1.0 => b, 2 => c, 0.5 => d, 3.0 => e, -1 => f, a => 1, [] => 2,
                                         <<>> => 3, {} => 4, #{} => 5, "x" => 6, 1 bsl 70 => 7, 1.0e30 => 8,
                                         {1} => 9, {1.0} => 10, {0.5} => 11, #{1 => a} => 12, #{1.0 => a} => 13,
                                         #{0.5 => a} => 14, [1.0] => 15, [1] => 16, <<1:3>> => 17, {a, b} => 18})},
    ok = file:write_file(Out, term_to_binary(Result)).
`;

let data: EMap;

function field(name: string): Term {
  const v = data.get(atom(name));
  if (v === undefined) throw new Error(`no ${name} in erts output`);
  return v;
}
function items(t: Term): Term[] {
  const a = listToArray(t);
  if (a === undefined) throw new Error('not a proper list');
  return a;
}
/** A term as text, for readable failures. */
function show(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof EFloat) return Object.is(t.value, -0) ? '-0.0' : `${t.value}f`;
  if (t instanceof Atom) return t.name;
  if (Array.isArray(t)) return `{${t.map(show).join(',')}}`;
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      parts.push(show(l.hd));
      l = l.tl;
    }
    return `[${parts.join(',')}${l === NIL ? '' : '|' + show(l)}]`;
  }
  if (t instanceof BitStr) return `<<${Array.from(t.toBytes()).join(',')}:${t.size}>>`;
  if (t instanceof EMap) return `#{${t.entries().map(([k, v]) => `${show(k)}=>${show(v)}`).join(',')}}`;
  return String(t);
}
const shows = (ts: readonly Term[]): string[] => ts.map(show);

/** Deterministic shuffle, so a map is built here in another order than on erts. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function foldKeys(m: EMap): Term[] {
  const out: Term[] = [];
  m.forEach((k) => out.push(k));
  return out;
}

beforeAll(() => {
  requireErlang();
  const dir = path.join(WORK, 'term-map');
  fs.mkdirSync(dir, { recursive: true });
  const src = path.join(dir, 'maptest.erl');
  if (!fs.existsSync(src) || fs.readFileSync(src, 'utf8') !== ERL) fs.writeFileSync(src, ERL);
  const ebin = compileErl(src, 'term-map');
  const out = path.join(dir, 'out.bin');
  execFileSync('erl', ['-noshell', '-pa', ebin, '-eval', `maptest:main("${out}"), halt().`], {
    stdio: 'pipe',
    env: { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' },
  });
  data = decodeTerm(new Uint8Array(fs.readFileSync(out))) as EMap;
});

describe('internal hash (make_internal_hash)', () => {
  it('matches erts for numbers, lists, tuples, binaries, pids, ports, refs and maps', () => {
    const bad: string[] = [];
    for (const pair of items(field('hashes'))) {
      const [t, h] = pair as Term[];
      const got = internalHash(t);
      if (got !== h) bad.push(`${show(t).slice(0, 80)}: erts ${String(h)}, here ${got}`);
    }
    expect(bad).toEqual([]);
  });

  it('hashes an unaligned sub-binary as its content', () => {
    const whole = new Uint8Array([0xab, 0xcd, 0xef, 0x12, 0x34]);
    const shifted = new Uint8Array(6);
    for (let i = 0; i < 40; i++) {
      if ((whole[i >>> 3] >>> (7 - (i & 7))) & 1) shifted[(i + 3) >>> 3] |= 0x80 >>> ((i + 3) & 7);
    }
    expect(internalHash(new BitStr(shifted, 3, 37))).toBe(internalHash(new BitStr(whole, 0, 37)));
  });
});

describe('key order', () => {
  it('sorts small map keys as erts (integers before floats, at every depth)', () => {
    const want = items(field('small_order'));
    const m = EMap.fromEntries(shuffled(want, 5).map((k) => [k, k] as const));
    expect(shows(m.keys())).toEqual(shows(want));
  });

  it('orders large maps of each key kind as maps:keys/1 and maps:fold/3 do on erts', () => {
    for (const set of items(field('large'))) {
      const [name, keys, want, wantFold, wantValues] = set as Term[];
      const ks = items(keys);
      const m = EMap.fromEntries(shuffled(ks, 17).map((k) => [k, [atom('v'), k]] as const));
      const label = (name as Atom).name;
      expect(m.size, label).toBe(items(want).length);
      expect(shows(m.keys()), label).toEqual(shows(items(want)));
      expect(shows(foldKeys(m)), label).toEqual(shows(items(wantFold)));
      expect(shows(m.values()), label).toEqual(shows(items(wantValues)));
    }
  });

  it('orders atom keys as erts when atoms carry erts atom indices', () => {
    const [names, hashes, want, wantFold] = field('atoms') as Term[];
    // An atom hashes as its index in erts's atom table: recover each index from its hash.
    const byHash = new Map<number, number>();
    for (const h of items(hashes)) byHash.set(h as number, -1);
    for (let idx = 0; idx < 1 << 20 && [...byHash.values()].includes(-1); idx++) {
      const h = internalHash(new Atom('', idx));
      if (byHash.get(h) === -1) byHash.set(h, idx);
    }
    const text = (b: Term) => new TextDecoder().decode((b as BitStr).toBytes());
    const atoms = items(names).map((n, i) => new Atom(text(n), byHash.get(items(hashes)[i] as number)!));
    const m = EMap.fromEntries(shuffled(atoms, 3).map((a) => [a, 1] as const));
    expect(m.keys().map((a) => (a as Atom).name)).toEqual(items(want).map(text));
    expect(foldKeys(m).map((a) => (a as Atom).name)).toEqual(items(wantFold).map(text));
  });

  it('prints a large map in iteration order (io_lib ~w)', () => {
    const m = EMap.fromEntries(Array.from({ length: 40 }, (_, i) => [i + 1, i + 1] as const));
    const text = `#{${m.iterationEntries().map(([k, v]) => `${show(k)} => ${show(v)}`).join(',')}}`;
    expect(text).toBe(new TextDecoder().decode((field('printed') as BitStr).toBytes()));
  });

  it('gives compare.ts the keys in erts exact term order', () => {
    const want = items(field('sorted'));
    const m = EMap.fromEntries(shuffled(want, 9).map((k) => [k, 0] as const));
    expect(m.size).toBeGreaterThan(32);
    expect(shows(m.sortedEntriesForCompare().keys)).toEqual(shows(want));
  });

  it('does not depend on the order of insertion', () => {
    const keys: Term[] = [];
    for (let i = 0; i < 500; i++) keys.push(i % 3 === 0 ? i : i % 3 === 1 ? new EFloat(i / 4) : [i]);
    const base = EMap.fromEntries(keys.map((k) => [k, 0] as const));
    let viaPut = EMap.EMPTY;
    for (const k of shuffled(keys, 11)) viaPut = viaPut.put(k, 0);
    let viaRemove = EMap.fromEntries(shuffled([...keys, ...Array.from({ length: 300 }, (_, i) => 10000 + i)], 4).map((k) => [k, 0] as const));
    for (let i = 0; i < 300; i++) viaRemove = viaRemove.remove(10000 + i);
    for (const m of [viaPut, viaRemove]) {
      expect(shows(m.keys())).toEqual(shows(base.keys()));
      expect(internalHash(m)).toBe(internalHash(base)); // the hash walks the trie: same layout
      expect(eqExact(m, base)).toBe(true);
    }
  });
});

describe('updates', () => {
  it('follows erts through put/update/remove sequences across the 32-key boundary', () => {
    const [opsT, traceT] = field('ops') as Term[];
    const ops = items(opsT);
    const trace = items(traceT);
    let m = EMap.EMPTY;
    const badkey = atom('badkey');
    ops.forEach((opT, i) => {
      const op = opT as Term[];
      const kind = (op[0] as Atom).name;
      let status: Term = atom('ok');
      if (kind === 'put') m = m.put(op[1], op[2]);
      else if (kind === 'remove') m = m.remove(op[1]);
      else if (kind === 'put3') m = m.putMany(op.slice(1));
      else {
        const kvs = op.slice(1); // update and update3 alike: updateMany of one or three keys
        const r = m.updateMany(kvs);
        if (r === undefined) status = [badkey, m.firstMissingKey(kvs)!];
        else m = r;
      }
      const [wantStatus, wantSize, snap] = trace[i] as Term[];
      const where = `op ${i} ${show(opT)}`;
      expect(show(status), where).toBe(show(wantStatus));
      expect(m.size, where).toBe(wantSize);
      if (snap !== atom('none')) {
        const [toList, fold] = snap as Term[];
        expect(shows(m.entries()), where).toEqual(shows(items(toList)));
        expect(shows(foldKeys(m)), where).toEqual(shows(items(fold)));
      }
    });
  });

  it('merges as maps:merge/2 (the second map wins)', () => {
    for (const c of items(field('merges'))) {
      const [a, b, want, wantFold] = c as Term[];
      const pairs = (l: Term) => items(l).map((p) => [(p as Term[])[0], (p as Term[])[1]] as const);
      const r = EMap.merge(EMap.fromEntries(pairs(a)), EMap.fromEntries(pairs(b)));
      expect(shows(r.entries())).toEqual(shows(items(want)));
      expect(shows(foldKeys(r))).toEqual(shows(items(wantFold)));
    }
  });

  it('keeps 1 and 1.0 apart, and 0.0 and -0.0 together as erts does', () => {
    const one = EMap.fromEntries([[1, atom('a')], [new EFloat(1), atom('b')]]);
    expect(one.size).toBe(2);
    expect(one.get(1)).toBe(atom('a'));
    expect(one.get(new EFloat(1))).toBe(atom('b'));
    expect(one.get(1n << 70n)).toBeUndefined();
    const zero = new EFloat(0);
    const negz = new EFloat(-0);
    const a = atom('a');
    const b = atom('b');
    const s0 = EMap.fromEntries([[zero, a]]);
    const l0 = EMap.fromEntries([[zero, a], ...Array.from({ length: 40 }, (_, i) => [i + 1, i + 1] as const)]);
    const floats = (m: EMap) => shows(m.keys().filter((k) => k instanceof EFloat));
    const got = [
      floats(s0.put(negz, b)), floats(l0.put(negz, b)), floats(s0.update(negz, b)!), floats(l0.update(negz, b)!),
      floats(EMap.fromEntries([[zero, a], [negz, b]])), floats(EMap.fromEntries([[negz, b], [zero, a]])),
      floats(EMap.fromEntries([[zero, a], [negz, b], ...Array.from({ length: 40 }, (_, i) => [i + 1, i + 1] as const)])),
      floats(EMap.merge(s0, EMap.fromEntries([[negz, b]]))), floats(EMap.merge(l0, EMap.fromEntries([[negz, b]]))),
      floats(EMap.merge(EMap.fromEntries([[negz, b]]), l0)),
    ];
    expect(got).toEqual(items(field('zeros')).map((l) => shows(items(l))));
  });

  it('uses maps as keys of small and large maps', () => {
    const big = (n: number) => EMap.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, i + 1] as const));
    const m = EMap.fromEntries([[big(40), 1], [big(40).remove(7).put(7, 7), 2], [EMap.EMPTY, 3], [big(3), 4]]);
    expect(m.size).toBe(3);
    expect(m.get(big(40))).toBe(2);
    let l = EMap.EMPTY;
    for (let i = 0; i < 50; i++) l = l.put(big(34 + i), i);
    expect(l.get(big(60))).toBe(26);
    expect(l.get(big(34).put(35, 0))).toBeUndefined();
  });
});

describe('erts_internal:map_next/3', () => {
  it('answers as erts for a small map (every path and accumulator)', () => {
    const small = EMap.fromEntries([[atom('a'), 1], [atom('b'), 2], [atom('c'), 3]]);
    for (const c of items(field('small_next'))) {
      const [p, acc, want] = c as Term[];
      let got: Term;
      try {
        got = mapNext(p, small, acc);
      } catch {
        got = atom('badarg');
      }
      expect(show(got), `${show(p)} ${show(acc)}`).toBe(show(want));
    }
  });

  it('walks a large map in erts batches and paths', () => {
    const [walk1000, walk40] = field('large_next') as Term[];
    for (const [n, walk] of [[1000, walk1000], [40, walk40]] as const) {
      const m = EMap.fromEntries(shuffled(Array.from({ length: n }, (_, i) => [i + 1, i + 1] as const), 2));
      for (const stepT of items(walk)) {
        const [p, seg, next] = stepT as Term[];
        const keys = items(seg);
        let r = mapNext(p, m, atom('iterator'), keys.length);
        const got: Term[] = [];
        while (Array.isArray(r)) {
          got.push(r[0]);
          r = r[2];
        }
        expect(shows(got), `path ${show(p)}`).toEqual(shows(keys));
        expect(show(r instanceof Cons ? r.hd : r), `path ${show(p)}`).toBe(show(next));
        if (r instanceof Cons) expect(r.tl).toBe(m);
      }
    }
    const [p, acc] = field('large_next_list') as Term[];
    const m = EMap.fromEntries(Array.from({ length: 1000 }, (_, i) => [i + 1, i + 1] as const));
    const r = mapNext(0, m, listFrom([atom('x')])) as Cons;
    expect(r.hd).toBe(p);
    expect((r.tl as Cons).hd).toBe(m);
    expect(show((r.tl as Cons).tl)).toBe(show(acc));
  });

  it('resolves explicit paths (and rejects bad ones) as erts', () => {
    const m = EMap.fromEntries(Array.from({ length: 40 }, (_, i) => [i + 1, i + 1] as const));
    for (const c of items(field('probes'))) {
      const [p, want] = c as Term[];
      let got: Term;
      try {
        got = (mapNext(p, m, atom('iterator')) as Term[])[0];
      } catch {
        got = atom('badarg');
      }
      expect(show(got), `path ${show(p)}`).toBe(show(want));
    }
  });
});

describe('basics', () => {
  it('gets, puts, updates and removes without touching the original', () => {
    const m = EMap.fromEntries([[atom('a'), 1], [atom('b'), 2]]);
    const m2 = m.put(atom('c'), 3);
    expect(m.size).toBe(2);
    expect(m2.get(atom('c'))).toBe(3);
    expect(m.update(atom('z'), 1)).toBeUndefined();
    expect(m.remove(atom('z'))).toBe(m);
    expect(m.put(atom('a'), 1)).toBe(m);
    expect(m.updateMany([atom('a'), 5, atom('q'), 6])).toBeUndefined();
    expect(m.firstMissingKey([atom('a'), 5, atom('q'), 6])).toBe(atom('q'));
    const big = EMap.fromEntries(Array.from({ length: 100 }, (_, i) => [i, i] as const));
    expect(big.updateMany([5, 50, 500, 0])).toBeUndefined();
    expect(big.updateMany([5, 50, 6, 60])!.get(6)).toBe(60);
    expect(big.get(6)).toBe(6);
    expect(compareExact(big.remove(99).put(99, 99), big)).toBe(0);
    let shrink: EMap = big;
    for (let i = 0; i < 100; i++) shrink = shrink.remove(i);
    expect(shrink.size).toBe(0);
    expect(EMap.fromSortedUnique([1, 2], [atom('x'), atom('y')]).get(2)).toBe(atom('y'));
  });
});
