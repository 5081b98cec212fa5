// ETS (runtime/ets/*, runtime/bifs/ets.ts, ets-select.ts), called directly: the hash store's
// object order against erts's tab2list (one `erl` run for the file), the ordered store against a
// sorted reference, match specifications against erts's ets:match_spec_run/2, and the BIFs'
// access rules and owner-death handling on processes of the real scheduler. Whole programs are
// compared with erts by the differential programs in test/erl/ets/.

import { beforeAll, describe, expect, it } from 'vitest';
import '../runtime/bifs/erlang/arith.js';
import '../runtime/bifs/erlang/types.js';
import '../runtime/bifs/erlang/tuples.js';
import '../runtime/bifs/erlang/lists.js';
import '../runtime/bifs/ets.js';
import '../runtime/bifs/ets-select.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { atom, TRUE, UNDEFINED } from '../runtime/term/atom.js';
import { NIL, listFrom, listToArray } from '../runtime/term/list.js';
import { Pid, LOCAL_NODE } from '../runtime/term/identifiers.js';
import { compare } from '../runtime/term/compare.js';
import { formatTermW } from '../runtime/term/display.js';
import type { Term } from '../runtime/term/term.js';
import { Process } from '../runtime/process/process.js';
import { sched } from '../runtime/process/scheduler.js';
import { HashStore } from '../runtime/ets/hash.js';
import { OrderedStore } from '../runtime/ets/ordered.js';
import { compileMatchSpec } from '../runtime/ets/match-spec.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';

const ets = (p: Process, name: string, ...args: Term[]): Term => {
  const f = lookupBif('ets', name, args.length);
  if (f === undefined) throw new Error(`no BIF ets:${name}/${args.length}`);
  return f(p, ...args);
};

function raised(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    return `${e.cls.name}:${formatTermW(e.reason)}${e.cause !== null ? `/${formatTermW(e.cause)}` : ''}`;
  }
}

let pidNo = 1;
function proc(): Process {
  const p = new Process(new Pid(LOCAL_NODE, 100000 + pidNo++, 0, 0), new Pid(LOCAL_NODE, 0, 0, 0), [atom('t'), atom('t'), 0]);
  sched.procs.set(p.pid.id, p);
  return p;
}

// Key sets whose tab2list order erts tells us; each is built as the Erlang expression says.
const ORDER_CASES: Array<{ expr: string; type: 'set' | 'bag' | 'duplicate_bag'; ops: () => Array<['i' | 'd', Term]> }> = [
  {
    expr: 'lists:seq(1, 50)',
    type: 'set',
    ops: () => Array.from({ length: 50 }, (_, i) => ['i', [i + 1]] as ['i', Term]),
  },
  {
    expr: 'lists:seq(1, 3000)',
    type: 'set',
    ops: () => Array.from({ length: 3000 }, (_, i) => ['i', [i + 1]] as ['i', Term]),
  },
  {
    // 9000 keys, then all but 200 deleted: the table grows past two extra segments and shrinks.
    expr: 'lists:seq(1, 9000), dels',
    type: 'set',
    ops: () => [
      ...Array.from({ length: 9000 }, (_, i) => ['i', [i + 1]] as ['i', Term]),
      ...Array.from({ length: 8800 }, (_, i) => ['d', i + 1] as ['d', Term]),
    ],
  },
  {
    expr: 'bag',
    type: 'bag',
    ops: () => Array.from({ length: 700 }, (_, i) => ['i', [(i + 1) % 90, i + 1]] as ['i', Term]),
  },
];

const ERL_ORDER: Record<string, string> = {
  'lists:seq(1, 50)': 'T = ets:new(t, [set]), [ets:insert(T, {K}) || K <- lists:seq(1, 50)], ets:tab2list(T)',
  'lists:seq(1, 3000)': 'T = ets:new(t, [set]), [ets:insert(T, {K}) || K <- lists:seq(1, 3000)], ets:tab2list(T)',
  'lists:seq(1, 9000), dels':
    'T = ets:new(t, [set]), [ets:insert(T, {K}) || K <- lists:seq(1, 9000)], [ets:delete(T, K) || K <- lists:seq(1, 8800)], ets:tab2list(T)',
  bag: 'T = ets:new(t, [bag]), [ets:insert(T, {K rem 90, K}) || K <- lists:seq(1, 700)], ets:tab2list(T)',
};

const MS_CASES: Array<[string, string]> = [
  ["[{{'$1','$2'},[{'>','$2',1}],[{{'$2','$1'}}]}]", '[{a,1},{b,2},{c,3},foo,{d}]'],
  ["[{{'$1','_'},[],['$$', '$_']}]", '[{a,1},{b,2}]'],
  ["[{{'$1','$1'},[],[x]}, {'_',[],[y]}]", '[{a,a},{a,b},{1,1.0}]'],
  ["[{{'$1'},[{is_integer,'$1'}],[{'+','$1',1}]}, {{'$1'},[],[{'+','$1',1}]}]", '[{1},{a},{1.5}]'],
  ["[{'$1',[],[{element,2,'$1'}]}]", '[{1},{1,2}]'],
  ["[{{'$1','$2'},[{'orelse',{is_atom,'$1'},{'>','$2',{'*',2,'$1'}}}],[{{{const,'$1'}}}]}]", '[{a,0},{1,3},{2,3}]'],
];

let erts: string[] = [];

beforeAll(() => {
  const exprs = [
    ...ORDER_CASES.map((c) => ERL_ORDER[c.expr]),
    ...MS_CASES.map(([ms, l]) => `ets:match_spec_run(${l}, ets:match_spec_compile(${ms}))`),
  ];
  erts = ertsEval(exprs);
}, 60000);

describe('hash store order', () => {
  ORDER_CASES.forEach((c, i) => {
    it(`tab2list of ${c.expr} is erts's`, () => {
      const s = new HashStore(c.type);
      for (const [op, x] of c.ops()) {
        if (op === 'i') s.put((x as Term[])[0], x as Term[]);
        else s.deleteKey(x);
      }
      // tab2list is built by consing along the walk: the reverse of toArray.
      const ours = listFrom(s.toArray().reverse());
      expect(formatTermW(ours)).toBe(erts[i]);
    });
  });

  it('keeps objects of one bag key together and first/next walks them once', () => {
    const s = new HashStore('bag');
    for (let k = 0; k < 40; k++) s.put(k % 4, [k % 4, k]);
    const keys: Term[] = [];
    for (let k = s.firstKey(); k !== undefined; k = s.nextKey(k) as Term | undefined) keys.push(k);
    expect(keys.length).toBe(4);
    expect(s.lookup(2).map((o) => o[1])).toEqual([2, 6, 10, 14, 18, 22, 26, 30, 34, 38]);
  });
});

describe('ordered store', () => {
  it('stays sorted through random inserts and deletes, with next/prev on absent keys', () => {
    const s = new OrderedStore();
    const ref = new Map<number, number>();
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 5000;
    for (let i = 0; i < 20000; i++) {
      const k = rnd();
      if (i % 3 === 2) {
        s.deleteKey(k);
        ref.delete(k);
      } else {
        s.put(k, [k, i]);
        ref.set(k, i);
      }
    }
    const sorted = [...ref.keys()].sort((a, b) => a - b);
    expect(s.toArray().map((o) => o[0])).toEqual(sorted);
    expect(s.size).toBe(sorted.length);
    const absent = [...Array(5000).keys()].find((k) => !ref.has(k) && k > sorted[0] && k < sorted[sorted.length - 1])!;
    expect(s.nextKey(absent)).toBe(sorted.find((k) => k > absent));
    expect(s.prevKey(absent)).toBe([...sorted].reverse().find((k) => k < absent));
    expect(s.nextKey(sorted[sorted.length - 1])).toBeUndefined();
  });

  it('treats 1 and 1.0 as one key', () => {
    const s = new OrderedStore();
    s.put(1, [1, a('int')]);
    s.put(parseTerm('1.0'), [parseTerm('1.0'), a('float')]);
    expect(s.size).toBe(1);
    // The object is replaced (erts keeps the first key in its tree, the new object whole).
    expect(formatTermW(listFrom(s.lookup(1)))).toBe('[{1.0,float}]');
    expect(compare(s.firstKey()!, 1)).toBe(0);
  });
});

function a(s: string): Term {
  return atom(s);
}

describe('match specifications', () => {
  MS_CASES.forEach(([ms, l], i) => {
    it(`${ms} over ${l}`, () => {
      const p = proc();
      const spec = compileMatchSpec(parseTerm(ms));
      const out: Term[] = [];
      for (const o of listToArray(parseTerm(l))!) {
        const r = spec.run(p, o);
        if (r !== undefined) out.push(r);
      }
      expect(formatTermW(listFrom(out))).toBe(erts[ORDER_CASES.length + i]);
    });
  });

  it('refuses what erts refuses', () => {
    for (const bad of ["[{'_',[],[]}]", "[{'_',[],['$1']}]", "[{'_',[],[{nofun,1}]}]", '[x]', "[{'_',[],[{}]}]", "[{'_',x,[true]}]"]) {
      expect(raised(() => compileMatchSpec(parseTerm(bad)))).toBe('error:badarg');
    }
  });
});

describe('ets BIFs', () => {
  it('enforces protected and private access, with erts causes', () => {
    const owner = proc();
    const other = proc();
    const pro = ets(owner, 'new', a('pro'), listFrom([a('protected')]));
    const pri = ets(owner, 'new', a('pri'), listFrom([a('private')]));
    ets(owner, 'insert', pro, [a('k'), 1]);
    expect(formatTermW(ets(other, 'lookup', pro, a('k')))).toBe('[{k,1}]');
    expect(raised(() => ets(other, 'insert', pro, [a('k'), 2]))).toBe('error:badarg/access');
    expect(raised(() => ets(other, 'lookup', pri, a('k')))).toBe('error:badarg/access');
    expect(raised(() => ets(other, 'lookup', a('nope'), a('k')))).toBe('error:badarg/id');
    expect(ets(other, 'info', pri, a('size'))).toBe(0);
  });

  it('deletes an owner\'s tables when it dies, or hands them to a live heir', () => {
    const owner = proc();
    const heir = proc();
    const gone = ets(owner, 'new', a('gone_tab'), listFrom([a('named_table')]));
    const kept = ets(owner, 'new', a('kept_tab'), listFrom([a('named_table'), [a('heir'), heir.pid, a('data')]]));
    sched.terminate(owner, a('normal'));
    expect(ets(heir, 'info', gone)).toBe(UNDEFINED);
    expect(ets(heir, 'info', kept, a('owner'))).toBe(heir.pid);
    expect(ets(heir, 'insert', kept, [1])).toBe(TRUE);
    sched.terminate(heir, a('normal'));
    expect(ets(proc(), 'info', kept)).toBe(UNDEFINED);
  });

  it('update_counter with thresholds and defaults', () => {
    const p = proc();
    const t = ets(p, 'new', a('c'), NIL);
    ets(p, 'insert', t, [a('k'), 5]);
    expect(formatTermW(ets(p, 'update_counter', t, a('k'), listFrom([[2, 10, 12, 0], [2, -1]])))).toBe('[0,-1]');
    expect(ets(p, 'update_counter', t, a('n'), 3, [a('n'), 10])).toBe(13);
    expect(raised(() => ets(p, 'update_counter', t, a('m'), 1))).toBe('error:badarg/badkey');
    expect(raised(() => ets(p, 'update_counter', t, a('k'), [1, 1]))).toBe('error:badarg/keypos');
  });
});
