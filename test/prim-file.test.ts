// prim_file's NIFs (runtime/nifs/prim_file*.ts) and prim_buffer's, called directly through the
// NIF registry with a stand-in process, for what the differential programs in
// test/erl/prim_file/ cannot reach from Erlang: the resource's class, the raw return shapes
// before prim_file.erl reshapes them (list_dir's reversed binaries, #file_info{} times as
// POSIX seconds), the owner-death close, and the chunking of erlang:iolist_to_iovec/1.
// The behaviour against erts is checked by the programs (test/differential.test.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../runtime/nifs/index.js';
import { nifsOf } from '../runtime/nifs/registry.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { runExitHooks } from '../runtime/process/exit-hooks.js';
import { FileRef } from '../runtime/nifs/prim_file.js';
import { iolistToIovec } from '../runtime/nifs/iovec.js';
import { atom } from '../runtime/term/atom.js';
import { BitStr, binaryFromString } from '../runtime/term/bitstring.js';
import { Ref } from '../runtime/term/identifiers.js';
import { charlist, listFrom, listToArray, NIL } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';

const proc = { ext: new Map() } as unknown as Process;

function nif(module: string, name: string, arity: number): (...args: Term[]) => Term {
  const f = nifsOf(module).get(`${name}/${arity}`);
  if (f === undefined) throw new Error(`no NIF ${module}:${name}/${arity}`);
  return (...args) => f(proc, ...args);
}
const pf = (name: string, arity: number) => nif('prim_file', name, arity);

/** A path as prim_file passes it: NUL-terminated bytes. */
function native(p: string): BitStr {
  return lookupBif('prim_file', 'internal_name2native', 1)!(proc, charlist(p)) as BitStr;
}
function text(b: Term): string {
  return Buffer.from((b as BitStr).toBytes()).toString('latin1');
}
function okValue(t: Term): Term {
  expect(Array.isArray(t) && (t as Term[])[0] === atom('ok')).toBe(true);
  return (t as Term[])[1];
}
const err = (posix: string) => [atom('error'), atom(posix)];

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-prim-file-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('prim_file NIFs', () => {
  it('registers every NIF prim_file.erl declares', () => {
    const src = fs.readdirSync('/usr/lib/erlang/lib').find((d) => d.startsWith('erts-'));
    const erl = fs.readFileSync(`/usr/lib/erlang/lib/${src}/src/prim_file.erl`, 'utf8');
    const decl = /-nifs\(\[([^\]]*)\]\)/s.exec(erl)![1].split(',').map((s) => s.trim());
    const have = nifsOf('prim_file');
    expect(decl.filter((k) => !have.has(k))).toEqual([]);
  });

  it('opens a file as a reference that reads, seeks and closes', () => {
    const f = path.join(dir, 'a');
    fs.writeFileSync(f, 'hello world');
    const ref = okValue(pf('open_nif', 2)(native(f), listFrom([atom('read'), atom('binary')])));
    expect(ref).toBeInstanceOf(FileRef);
    expect(ref).toBeInstanceOf(Ref);
    expect(text(okValue(pf('read_nif', 2)(ref, 5)))).toBe('hello');
    expect(pf('seek_nif', 3)(ref, atom('cur'), 1)).toEqual([atom('ok'), 6]);
    expect(text(okValue(pf('read_nif', 2)(ref, 100)))).toBe('world');
    expect(pf('read_nif', 2)(ref, 1)).toBe(atom('eof'));
    expect(text(okValue(pf('pread_nif', 3)(ref, 0, 4)))).toBe('hell');
    expect(pf('read_nif', 2)(ref, -1)).toEqual(err('einval'));
    expect(() => pf('read_nif', 2)(ref, atom('x'))).toThrow();
    expect(pf('close_nif', 1)(ref)).toBe(atom('ok'));
    expect(pf('close_nif', 1)(ref)).toEqual(err('einval'));
    expect(pf('read_nif', 2)(ref, 1)).toEqual(err('einval'));
  });

  it('writes iovecs, appends, and refuses what is not an iovec', () => {
    const f = path.join(dir, 'w');
    const ref = okValue(pf('open_nif', 2)(native(f), listFrom([atom('write')])));
    expect(pf('write_nif', 2)(ref, listFrom([binaryFromString('ab'), binaryFromString('cd')]))).toBe(atom('ok'));
    expect(pf('pwrite_nif', 3)(ref, 1, listFrom([binaryFromString('X')]))).toBe(atom('ok'));
    expect(() => pf('write_nif', 2)(ref, listFrom([1, 2]))).toThrow();
    pf('close_nif', 1)(ref);
    const app = okValue(pf('open_nif', 2)(native(f), listFrom([atom('append')])));
    pf('write_nif', 2)(app, listFrom([binaryFromString('!')]));
    pf('close_nif', 1)(app);
    expect(fs.readFileSync(f, 'latin1')).toBe('aXcd!');
    expect(text(okValue(pf('read_file_nif', 1)(native(f))))).toBe('aXcd!');
  });

  it('answers erts posix errors', () => {
    expect(pf('open_nif', 2)(native(path.join(dir, 'none', 'x')), NIL)).toEqual(err('enoent'));
    expect(pf('open_nif', 2)(native(dir), NIL)).toEqual(err('eisdir'));
    expect(pf('open_nif', 2)(binaryFromString('no-nul'), NIL)).toEqual(err('einval'));
    expect(pf('read_file_nif', 1)(native(dir))).toEqual(err('eisdir'));
    fs.mkdirSync(path.join(dir, 'full'));
    fs.writeFileSync(path.join(dir, 'full', 'x'), '');
    expect(pf('del_dir_nif', 1)(native(path.join(dir, 'full')))).toEqual(err('eexist'));
    expect(pf('del_file_nif', 1)(native(path.join(dir, 'full')))).toEqual(err('eperm'));
    expect(pf('make_dir_nif', 1)(native(path.join(dir, 'full')))).toEqual(err('eexist'));
    expect(pf('altname_nif', 1)(native(dir))).toEqual(err('enotsup'));
  });

  it('lists a directory as raw binaries, in the reverse of readdir order', () => {
    const d = path.join(dir, 'ls');
    fs.mkdirSync(d);
    for (const n of ['x', 'y', 'z']) fs.writeFileSync(path.join(d, n), n);
    const names = listToArray(okValue(pf('list_dir_nif', 1)(native(d))))!.map(text);
    const order: string[] = [];
    const h = fs.opendirSync(d);
    for (let e = h.readSync(); e !== null; e = h.readSync()) order.push(e.name);
    h.closeSync();
    expect(names).toEqual(order.reverse());
  });

  it('returns #file_info{} with POSIX-second times', () => {
    const f = path.join(dir, 'info');
    fs.writeFileSync(f, '12345');
    fs.utimesSync(f, 1000000000, 1000000060);
    const t = pf('read_info_nif', 2)(native(f), 1) as Term[];
    expect(t.length).toBe(14);
    expect(t.slice(0, 3)).toEqual([atom('file_info'), 5, atom('regular')]);
    expect(t[4]).toBe(1000000000);
    expect(t[5]).toBe(1000000060);
    expect((t[7] as number) & 0o170000).toBe(0o100000);
  });

  it('closes the files of a process that ends', () => {
    const f = path.join(dir, 'owned');
    fs.writeFileSync(f, 'x');
    const extMap = new Map<string, unknown>();
    const p = { ext: extMap, extMap } as unknown as Process;
    const ref = okValue(nifsOf('prim_file').get('open_nif/2')!(p, native(f), NIL)) as FileRef;
    expect(ref.fd).toBeGreaterThanOrEqual(0);
    runExitHooks(p);
    expect(ref.fd).toBe(-1);
    expect(pf('delayed_close_nif', 1)(ref)).toBe(atom('ok'));
  });
});

describe('file names', () => {
  const n2n = (t: Term) => lookupBif('prim_file', 'internal_name2native', 1)!(proc, t);
  it('encodes lists and passes binaries, NUL-terminated', () => {
    expect(text(n2n(listFrom([charlist('ab'), listFrom([99])])))).toBe('abc\0');
    expect(text(n2n(binaryFromString('abc')))).toBe('abc\0');
    expect(() => n2n(atom('abc'))).toThrow();
    expect(() => n2n(listFrom([97, 0]))).toThrow();
    expect(() => n2n(listFrom([binaryFromString('a')]))).toThrow();
  });
});

describe('prim_buffer NIFs', () => {
  const pb = (name: string, arity: number) => nif('prim_buffer', name, arity);
  it('queues, finds, reads and skips bytes', () => {
    const b = pb('new', 0)();
    expect(b).toBeInstanceOf(Ref);
    pb('write', 2)(b, listFrom([binaryFromString('ab\ncd'), binaryFromString('e\nf')]));
    expect(pb('size', 1)(b)).toBe(8);
    expect(pb('find_byte_index', 2)(b, 10)).toEqual([atom('ok'), 2]);
    expect(text(pb('copying_read', 2)(b, 3))).toBe('ab\n');
    expect(pb('find_byte_index', 2)(b, 10)).toEqual([atom('ok'), 3]);
    expect(text(pb('peek_head', 1)(b))).toBe('cd');
    expect(() => pb('copying_read', 2)(b, 6)).toThrow();
    expect(pb('skip', 2)(b, 3)).toBe(atom('ok'));
    expect(text(pb('copying_read', 2)(b, 2))).toBe('\nf');
    expect(pb('find_byte_index', 2)(b, 10)).toBe(atom('not_found'));
    expect(pb('try_lock', 1)(b)).toBe(atom('acquired'));
    expect(pb('try_lock', 1)(b)).toBe(atom('busy'));
  });
});

describe('erlang:iolist_to_iovec/1', () => {
  const x = (n: number) => BitStr.fromBytes(new Uint8Array(n).fill(120));
  // Sizes of erts's chunks for the same inputs (OTP 25).
  const cases: Array<[Term, number[]]> = [
    [NIL, []],
    [listFrom([1, 2, binaryFromString('c')]), [3]],
    [listFrom([x(64), x(65)]), [129]],
    [listFrom([x(1000), x(10)]), [1000, 10]],
    [listFrom([x(10), x(1000), x(10)]), [256, 754, 10]],
    [listFrom([x(255), x(3)]), [258]],
    [listFrom([x(300), listFrom([x(200), listFrom([x(5)])]), x(20000), 7]), [300, 256, 19949, 1]],
  ];
  for (const [input, sizes] of cases) {
    it(`chunks as erts: ${sizes.join(',')}`, () => {
      expect(listToArray(iolistToIovec(input))!.map((b) => (b as BitStr).size / 8)).toEqual(sizes);
    });
  }
});
