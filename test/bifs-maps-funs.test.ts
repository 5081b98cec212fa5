// The maps module's BIFs, erts_internal:map_next/3, the erlang map BIFs, the fun BIFs and the
// module BIFs (runtime/bifs/maps.ts, erts_internal-maps.ts, erlang/{maps,funs,modules}.ts)
// against erts. As in bifs-terms.test.ts, each case is one call M:F(Args), on erts through
// apply/3 and here through the BIF registry; both sides print {ok, Value} or, when the call
// raises, {Class, Reason, {M, F, Args}} from the first stack trace entry. No module is loaded on
// the beamjs side, so the module BIFs are asked only about BIFs and modules loaded nowhere; what
// they answer for loaded modules is checked by the programs in test/erl/mapsbif/.

import { beforeAll, describe, expect, it } from 'vitest';
import '../runtime/bifs/index.js';
import { BIF_TABLE } from '../runtime/bifs/bif-table.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { formatTermW } from '../runtime/term/display.js';
import { Cons, NIL, listFrom } from '../runtime/term/list.js';
import { atom } from '../runtime/term/atom.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';
import { LARGE_MAP_TEXTS, exportFunTerm, type PoolTerm } from './support/term-pool.js';

interface Case {
  group: string;
  m: string;
  f: string;
  args: PoolTerm[];
}

const cases: Case[] = [];
const arg = (a: string | PoolTerm): PoolTerm => (typeof a === 'string' ? { erl: a, js: parseTerm(a) } : a);

function add(group: string, m: string, f: string, ...args: Array<string | PoolTerm>): void {
  cases.push({ group, m, f, args: args.map(arg) });
}

function erlExpr(c: Case): string {
  const call = `apply('${c.m}', '${c.f}', [${c.args.map((a) => a.erl).join(', ')}])`;
  return `try ${call} of V -> {ok, V} catch C:R:S -> [{M, F, A, _} | _] = S, {C, R, {M, F, A}} end`;
}

const P = null as unknown as Process;

function ours(c: Case): string {
  const fn = lookupBif(c.m, c.f, c.args.length);
  if (fn === undefined) return `no BIF ${c.m}:${c.f}/${c.args.length}`;
  try {
    return `{ok,${formatTermW(fn(P, ...c.args.map((a) => a.js)))}}`;
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    const entry = e.mfa === null ? 'caller' : formatTermW([e.mfa[0], e.mfa[1], listFrom(e.args ?? [])]);
    return `{${e.cls.name},${formatTermW(e.reason)},${entry}}`;
  }
}

// ---------------------------------------------------------------------------------------------
// maps BIFs and the erlang map BIFs

const mapText = (pairs: Array<[string | number, string | number]>) => '#{' + pairs.map(([k, v]) => `${k} => ${v}`).join(', ') + '}';
const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);
/** Exactly 32 and 33 keys: the last small map and the first trie. */
const EDGE_MAPS = [mapText(range(32).map((i) => [i, i])), mapText(range(33).map((i) => [i, i]))];
const MAPS = ['#{}', '#{a => 1}', '#{1 => a, 1.0 => b}', '#{a => 1, b => 2, c => 3}', '#{{a} => [], [] => {a}, <<"k">> => 0.5}',
  ...EDGE_MAPS, ...LARGE_MAP_TEXTS];
const NOT_MAPS = ['x', '[]', '{a,1}', '[{a,1}]', '1'];
const KEYS = ['a', '1', '1.0', 'b', '{a}', '[]', '<<"k">>', '20', '33', '[7]', '7919', '{12}', '<<18>>', '"s30"', '4.5', '0.5'];

// An atom hashes by its index in the atom table, which beamjs does not number as erts does: where
// a map is or becomes a trie (over 32 keys), the layout, and so the order, would differ with atom
// keys. Those cases are left out here; small maps with atom keys are sorted, not hashed.
const ATOM_KEYS = new Set(['a', 'b', '{a}']);
const isLarge = (m: string) => m === EDGE_MAPS[0] || m === EDGE_MAPS[1] || LARGE_MAP_TEXTS.includes(m);
for (const m of [...MAPS, ...NOT_MAPS]) {
  for (const f of ['keys', 'values']) add('maps', 'maps', f, m);
  add('maps', 'erlang', 'map_size', m);
  for (const k of KEYS) {
    for (const f of ['find', 'get', 'is_key', 'remove', 'take']) add('maps', 'maps', f, k, m);
    add('maps', 'erlang', 'map_get', k, m);
    add('maps', 'erlang', 'is_map_key', k, m);
    if (isLarge(m) && ATOM_KEYS.has(k)) continue;
    add('maps', 'maps', 'put', k, 'v', m);
    add('maps', 'maps', 'update', k, 'v', m);
  }
}
// A put or update that changes nothing, a put that grows a small map into a trie.
add('maps', 'maps', 'put', 'a', '1', '#{a => 1}');
add('maps', 'maps', 'put', '1', 'x', '#{1.0 => y}');
add('maps', 'maps', 'update', '1.0', 'x', '#{1 => y}');
add('maps', 'maps', 'put', '0', 'x', EDGE_MAPS[0]);
add('maps', 'maps', 'put', '33.0', 'x', EDGE_MAPS[0]);
add('maps', 'maps', 'remove', '33', EDGE_MAPS[1]);
add('maps', 'maps', 'take', '1', EDGE_MAPS[1]);

const MERGE = ['#{}', '#{a => 1}', '#{a => 2, b => 3}', '#{1 => a}', '#{1.0 => b}', ...EDGE_MAPS, LARGE_MAP_TEXTS[0], LARGE_MAP_TEXTS[8], 'x', '[]'];
const hasAtomKey = (m: string) => /\b[a-z]\w* =>/.test(m);
for (const a of MERGE) {
  for (const b of MERGE) {
    if ((isLarge(a) && hasAtomKey(b)) || (isLarge(b) && hasAtomKey(a))) continue;
    add('merge', 'maps', 'merge', a, b);
  }
}

const pairs = (n: number, key: (i: number) => string) => '[' + range(n).map((i) => `{${key(i)}, ${i}}`).join(', ') + ']';
for (const l of ['[]', '[{a,1}]', '[{a,1},{b,2},{a,3}]', '[{1,a},{1.0,b},{1,c}]', '[a]', '[{a,1}|b]', 'x', '[{a,1,2}]', '[{a}]',
  '[{a,1},x]', '#{a => 1}', pairs(33, String), pairs(40, (i) => `${i % 20}`), pairs(70, (i) => `<<${i}>>`),
  pairs(70, (i) => (i % 2 ? `${i}.0` : `${i}`)), pairs(33, (i) => `{${i % 3}, [${i}]}`)]) {
  add('from_list', 'maps', 'from_list', l);
}
for (const l of ['[]', '[a]', '[a,b,a]', '[1,1.0]', '[a|b]', 'x', '#{}', '[' + range(50).join(',') + ']', '[' + range(50).map((i) => `${i % 40}.5`).join(',') + ']']) {
  add('from_list', 'maps', 'from_keys', l, 'v');
}

// erts_internal:map_next/3 on small maps, which it hands out whole. On a trie erts sizes every
// batch, the first included, after the caller's reductions: see 'draining' below.
for (const m of [...MAPS.filter((t) => !isLarge(t) || t === EDGE_MAPS[0]), 'x', '[]']) {
  add('map_next', 'erts_internal', 'map_next', '0', m, 'iterator');
  add('map_next', 'erts_internal', 'map_next', '0', m, '[]');
  add('map_next', 'erts_internal', 'map_next', '0', m, '[tail]');
}
for (const [path, acc] of [['1', '[x]'], ['2', '[]'], ['3', '[]'], ['-1', '[]'], ['a', '[]'], ['0', 'foo'], ['0', '[a|b]'],
  ['1.0', '[]'], ['1', 'iterator'], ['4', 'iterator'], [String(1n << 70n), '[]']] as const) {
  add('map_next', 'erts_internal', 'map_next', path, '#{a => 1, b => 2}', acc);
}
for (const acc of ['iterator', '[]', 'foo', '[a|b]']) add('map_next', 'erts_internal', 'map_next', '0', '#{}', acc);

// ---------------------------------------------------------------------------------------------
// Funs: export funs (local funs need loaded code: see test/erl/mapsbif/mapsbif_funs.erl)

const FUNS = [exportFunTerm('lists', 'map', 2), exportFunTerm('A b', 'c d', 3), exportFunTerm('é', 'ü x', 1),
  exportFunTerm('m', 'f', 0), exportFunTerm('erlang', '+', 2)];
const ITEMS = ['type', 'pid', 'module', 'new_index', 'new_uniq', 'index', 'uniq', 'env', 'refc', 'arity', 'name', 'foo', '1'];
for (const f of FUNS) {
  for (const i of ITEMS) add('funs', 'erlang', 'fun_info', f, i);
  add('funs', 'erlang', 'fun_to_list', f);
  add('funs', 'erlang', 'fun_info_mfa', f);
}
for (const x of ['x', '[]', '{m,f}']) {
  add('funs', 'erlang', 'fun_info', x, 'arity');
  add('funs', 'erlang', 'fun_to_list', x);
  add('funs', 'erlang', 'fun_info_mfa', x);
}
const ARITIES = ['0', '1', '255', '256', '-1', String(1n << 64n), '576460752303423487', '576460752303423488', '1.0', 'a'];
for (const [m, f] of [['m', 'f'], ["'A b'", "'é'"], ['1', 'f'], ['m', '1'], ['"m"', 'f']]) {
  for (const a of ARITIES) add('funs', 'erlang', 'make_fun', m, f, a);
}

// ---------------------------------------------------------------------------------------------
// Modules: BIFs (every row of the BIF table) and modules loaded on neither side

for (const [m, f, a] of BIF_TABLE) {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  add('is_builtin', 'erlang', 'is_builtin', q(m), q(f), String(a));
  add('function_exported', 'erlang', 'function_exported', q(m), q(f), String(a));
}
const NOT_BIFS: Array<[string, string, string]> = [['erlang', 'module_info', '0'], ['erlang', 'fun_info', '1'], ['maps', 'to_list', '1'],
  ['lists', 'map', '2'], ['erlang', 'length', '2'], ['beamjs_no_such_module', 'f', '0'], ['x', 'y', '1']];
const BAD: Array<[string, string, string]> = [['1', 'f', '0'], ['m', '1', '0'], ['"m"', 'f', '0'], ['m', 'f', '-1'], ['m', 'f', '256'],
  ['m', 'f', '255'], ['m', 'f', String(1n << 64n)], ['m', 'f', '576460752303423487'], ['m', 'f', '576460752303423488'],
  ['m', 'f', '1.0'], ['erlang', 'length', '-1']];
for (const [m, f, a] of [...NOT_BIFS, ...BAD]) {
  add('is_builtin', 'erlang', 'is_builtin', m, f, a);
  // Exported by modules that erts has loaded and this test has not.
  const loadedOnErts = ['erlang', 'maps', 'lists'].includes(m) && !(m === 'erlang' && f === 'length');
  if (!loadedOnErts) add('function_exported', 'erlang', 'function_exported', m, f, a);
}
for (const m of ['beamjs_no_such_module', '1', '"lists"', '{a}']) {
  add('modules', 'erlang', 'module_loaded', m);
  add('modules', 'erlang', 'check_old_code', m);
  add('modules', 'erlang', 'get_module_info', m);
  for (const i of ['module', 'exports', 'foo', '1']) add('modules', 'erlang', 'get_module_info', m, i);
}
add('modules', 'erlang', 'pre_loaded');

// ---------------------------------------------------------------------------------------------

/**
 * A large map walked to its end with map_next, in both of its modes: list mode (maps:to_list)
 * yields the list; iterator mode (maps:next) the keys and values in the order handed out. Batch
 * sizes differ between the two systems; these results do not depend on them.
 */
const DRAIN_ERL = `Drain = fun D([P, M | Acc]) when is_integer(P) -> D(erts_internal:map_next(P, M, Acc)); D(A) -> A end,
  Walk = fun W({K, V, I}, Out) -> W(I, [{K, V} | Out]); W([P | M], Out) -> W(erts_internal:map_next(P, M, iterator), Out);
             W(none, Out) -> lists:reverse(Out) end`;

function drainOurs(m: Term): string {
  const next = lookupBif('erts_internal', 'map_next', 3)!;
  let r: Term = next(P, 0, m, NIL);
  while (r instanceof Cons && (typeof r.hd === 'number' || typeof r.hd === 'bigint') && r.tl instanceof Cons) r = next(P, r.hd, r.tl.hd, r.tl.tl);
  const out: Term[] = [];
  let it: Term = next(P, 0, m, atom('iterator'));
  for (;;) {
    if (Array.isArray(it)) {
      out.push([it[0], it[1]]);
      it = it[2];
    } else if (it instanceof Cons) it = next(P, it.hd, it.tl, atom('iterator'));
    else break;
  }
  return formatTermW([r, listFrom(out)]);
}

const BIG_MAPS = [...LARGE_MAP_TEXTS,
  mapText(range(1000).map((i) => [i * 31, i])),
  mapText(range(3000).map((i) => [`<<${i >> 8},${i & 255}>>`, `{${i}}`])),
  mapText(range(600).map((i) => [`{${i % 7}, ${i}.25}`, `[${i}]`]))];

describe('draining a large map with erts_internal:map_next/3', () => {
  it('hands out the entries of every map in erts order', () => {
    const want = ertsEval(BIG_MAPS.map((m) => `${DRAIN_ERL}, Map = ${m}, {Drain(erts_internal:map_next(0, Map, [])), Walk(erts_internal:map_next(0, Map, iterator), [])}`));
    const got = BIG_MAPS.map((m) => drainOurs(parseTerm(m)));
    for (let i = 0; i < BIG_MAPS.length; i++) expect(got[i], BIG_MAPS[i].slice(0, 80)).toBe(want[i]);
  }, 120000);
});

describe('maps, fun and module BIFs against erts', () => {
  let expected: string[] = [];
  beforeAll(() => {
    expected = ertsEval(cases.map(erlExpr));
  }, 120000);

  const groups = [...new Set(cases.map((c) => c.group))];
  for (const g of groups) {
    it(`${g}: ${cases.filter((c) => c.group === g).length} calls agree`, () => {
      const bad: string[] = [];
      cases.forEach((c, i) => {
        if (c.group !== g) return;
        const got = ours(c);
        if (got !== expected[i]) bad.push(`${c.m}:${c.f}(${c.args.map((a) => a.erl).join(', ')})\n  erts:   ${expected[i]}\n  beamjs: ${got}`);
      });
      expect(bad.slice(0, 20).join('\n'), `${bad.length} differ`).toBe('');
    });
  }
});
