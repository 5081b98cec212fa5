// The BEAM reader against erts: every .beam of erts, kernel, stdlib, compiler and
// Elixir is read by readBeam and compared, table by table, with what beam_lib and
// erts say about it (test/support/beam_dump.escript prints that as text in a
// canonical rendering, so the check does not go through our own term decoder).
// Then the Line chunk against the compiler's assembly listing, and bad files: each
// must give a BeamjsError naming the file and the chunk, never a JS error.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBeam, readChunks, type BeamFile } from '../compiler/beam/index.js';
import { BeamjsError } from '../compiler/diagnostics.js';
import { canon, canonAtomName, canonBytes, canonString } from './support/canon.js';
import { elixirEbin, otpEbins, runDump } from './support/erts.js';

interface Dumped {
  file: string;
  fields: Map<string, string>;
  literals: string[];
}

function parseDump(text: string): Dumped[] {
  const out: Dumped[] = [];
  let cur: Dumped | null = null;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    const value = line.slice(tab + 1);
    if (key === 'F') out.push((cur = { file: value, fields: new Map(), literals: [] }));
    else if (key === 'L') cur!.literals.push(value);
    else cur!.fields.set(key, value);
  }
  return out;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const atomList = (names: readonly string[]) => `[${names.map(canonAtomName).join(',')}]`;

let tmp: string;
let dumped: Dumped[];
const read = new Map<string, BeamFile>();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'beamjs-reader-'));
  const dirs = [...otpEbins(['erts', 'kernel', 'stdlib', 'compiler']), elixirEbin()];
  runDump(['dump', join(tmp, 'dump.txt'), ...dirs]);
  dumped = parseDump(readFileSync(join(tmp, 'dump.txt'), 'utf8'));
  for (const d of dumped) read.set(d.file, readBeam(readFileSync(d.file), d.file));
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs `check` on every file; collects the mismatches so that one failure shows them all. */
function everyFile(check: (b: BeamFile, d: Dumped) => Array<[string, string, string]>): void {
  const bad: string[] = [];
  for (const d of dumped) {
    for (const [what, ours, theirs] of check(read.get(d.file)!, d)) {
      if (ours !== theirs) bad.push(`${d.file} ${what}:\n  beamjs ${ours.slice(0, 300)}\n  erts   ${theirs.slice(0, 300)}`);
    }
  }
  expect(bad.slice(0, 10)).toEqual([]);
}

describe('readBeam on every OTP and Elixir module', () => {
  it('reads them all', () => {
    // erts 21 preloaded + kernel + stdlib + compiler + Elixir: about 510.
    expect(dumped.length).toBeGreaterThan(500);
    expect(read.size).toBe(dumped.length);
  });

  it('module name and atom table', () => {
    everyFile((b, d) => [
      ['module', canonAtomName(b.module), d.fields.get('module')!],
      ['atoms', atomList(b.atoms), d.fields.get('atoms')!],
    ]);
  });

  it('exports, imports and locals', () => {
    const fal = (es: BeamFile['exports']) =>
      es.map((e) => `{${canonAtomName(e.name)},${e.arity},${e.label}}`).sort().join(',');
    everyFile((b, d) => [
      ['exports', fal(b.exports), d.fields.get('exports')!],
      ['imports', `[${b.imports.map((i) => `{${canonAtomName(i.module)},${canonAtomName(i.name)},${i.arity}}`).join(',')}]`, d.fields.get('imports')!],
      ['locals', b.chunks.some((c) => c.id === 'LocT') ? fal(b.locals) : 'none', d.fields.get('locals')!],
    ]);
  });

  it('code header, lambdas, string table and types', () => {
    everyFile((b, d) => [
      ['code', `{${b.code.formatVersion},${b.code.maxOpcode},${b.code.labelCount},${b.code.functionCount},${b.code.bytes.length}}`, d.fields.get('code')!],
      ['funs', `[${b.funs.map((f) => `{${canonAtomName(f.name)},${f.arity},${f.label},${f.index},${f.numFree},${f.oldUniq}}`).join(',')}]`, d.fields.get('funs')!],
      ['strt', b.chunks.some((c) => c.id === 'StrT') ? canonBytes(b.strings) : "'none'", d.fields.get('strt')!],
      ['types', b.typeTable === null ? "'none'" : `[${b.typeTable.map((t) => `{${t.types},${t.range === null ? "'none'" : `{${t.range.min},${t.range.max}}`}}`).join(',')}]`, d.fields.get('types')!],
    ]);
  });

  it('attributes and compile info', () => {
    everyFile((b, d) => [
      ['attr', b.chunks.some((c) => c.id === 'Attr') ? canon(b.attributes) : 'none', d.fields.get('attr')!],
      ['cinf', b.chunks.some((c) => c.id === 'CInf') ? canon(b.compileInfo) : 'none', d.fields.get('cinf')!],
    ]);
  });

  it('module MD5 equals beam_lib:md5/1, erts and module_info(md5) of loaded modules', () => {
    let live = 0;
    everyFile((b, d) => {
      const out: Array<[string, string, string]> = [
        ['md5 (beam_lib)', hex(b.md5), d.fields.get('md5')!],
        ['md5 (erts)', hex(b.md5), d.fields.get('md5erts')!],
      ];
      const l = d.fields.get('md5live');
      if (l !== undefined) {
        live++;
        out.push(['md5 (module_info)', hex(b.md5), l]);
      }
      return out;
    });
    expect(live).toBeGreaterThan(20); // the preloaded modules and the boot set at least
  });

  it('literal tables', () => {
    let count = 0;
    everyFile((b, d) => {
      count += b.literals.length;
      const out: Array<[string, string, string]> = [['literal count', String(b.literals.length), d.fields.get('lit')!]];
      b.literals.forEach((t, i) => out.push([`literal ${i}`, canon(t), d.literals[i] ?? '(none)']));
      return out;
    });
    expect(count).toBeGreaterThan(10_000);
  });
});

describe('the Line chunk', () => {
  it('has the items of the assembly listing, across files and big line numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beamjs-lines-'));
    try {
      // Line numbers past 2047 and 65535 take the longer compact encodings; the
      // include and -file switch the current file.
      writeFileSync(join(dir, 'lines_inc.hrl'), 'inc(X) ->\n    lists:reverse(X).\n');
      const src = [
        '-module(lines_mod).',
        '-export([f/1, g/1, h/1, inc/1, k/1]).',
        '-include("lines_inc.hrl").',
        'f(X) ->',
        '    lists:sort(X) ++ erlang:atom_to_list(X).',
        ...Array(3000).fill(''),
        'g(X) -> lists:seq(1, X).',
        ...Array(70000).fill(''),
        'h(X) -> {lists:max(X), lists:min(X)}.',
        '-file("elsewhere.erl", 123456).',
        'k(X) -> erlang:display(X), ok.',
      ].join('\n');
      writeFileSync(join(dir, 'lines_mod.erl'), src);
      runDump(['lines', 'expected.txt', 'lines_mod.erl', '.'], dir);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
      const b = readBeam(readFileSync(join(dir, 'lines_mod.beam')), 'lines_mod.beam');
      const ours = b.lines.items.slice(1).map((it) => `{${canonString(b.lines.files[it.file])},${it.line}}`);
      expect(expected.length).toBeGreaterThan(5);
      expect(ours).toEqual(expected);
      expect(b.lines.items[0]).toEqual({ file: 0, line: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the old latin-1 Atom chunk', () => {
  it('reads atoms and computes the MD5 as beam_lib does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beamjs-atom-'));
    try {
      writeFileSync(join(dir, 'oldatom.erl'), "-module(oldatom).\n-export([f/0]).\nf() -> 'caf\\x{e9}'.\n");
      execFileSync('erlc', ['-o', dir, join(dir, 'oldatom.erl')]);
      const fresh = readFileSync(join(dir, 'oldatom.beam'));
      // The same module as OTP 20 and earlier wrote it: AtU8 re-encoded as latin-1 'Atom'.
      const atoms = readBeam(fresh, 'oldatom.beam').atoms;
      const table = [...u32be(atoms.length), ...atoms.flatMap((a) => [a.length, ...Buffer.from(a, 'latin1')])];
      const chunks = readChunks(fresh, 'oldatom.beam').map((c) =>
        c.id === 'AtU8' ? { id: 'Atom', data: Uint8Array.from(table) } : c,
      );
      mkdirSync(join(dir, 'old'));
      writeFileSync(join(dir, 'old', 'oldatom.beam'), buildBeam(chunks));
      runDump(['dump', join(dir, 'dump.txt'), join(dir, 'old')]);
      const [d] = parseDump(readFileSync(join(dir, 'dump.txt'), 'utf8'));
      const b = readBeam(readFileSync(join(dir, 'old', 'oldatom.beam')), 'oldatom.beam');
      expect(b.chunks.map((c) => c.id)).toContain('Atom');
      expect(atomList(b.atoms)).toBe(d.fields.get('atoms'));
      expect(b.atoms).toContain('caf\u00e9');
      expect(hex(b.md5)).toBe(d.fields.get('md5'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function u32be(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** An IFF BEAM file of the given chunks (each padded to 4 bytes). */
function buildBeam(chunks: ReadonlyArray<{ id: string; data: Uint8Array }>): Uint8Array {
  const body: number[] = [...Buffer.from('BEAM')];
  for (const c of chunks) {
    body.push(...Buffer.from(c.id, 'latin1'), ...u32be(c.data.length), ...c.data);
    while (body.length % 4 !== 0) body.push(0);
  }
  return Uint8Array.from([...Buffer.from('FOR1'), ...u32be(body.length), ...body]);
}

describe('bad files give a BeamjsError naming the file and chunk', () => {
  const name = 'io_lib.beam';
  let good: Uint8Array;
  beforeAll(() => {
    good = new Uint8Array(readFileSync(join(otpEbins(['stdlib'])[0], name)));
  });

  function chunkAt(id: string) {
    const c = readChunks(good, name).find((c) => c.id === id);
    if (c === undefined) throw new Error(`${name} has no ${id}`);
    return c;
  }

  function failure(bytes: Uint8Array): BeamjsError {
    try {
      readBeam(bytes, name);
    } catch (e) {
      if (e instanceof BeamjsError) return e;
      throw e;
    }
    throw new Error('read without error');
  }

  function setU32(b: Uint8Array, p: number, v: number) {
    new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(p, v);
  }

  it('a truncated file names the chunk that is cut', () => {
    const lit = chunkAt('LitT');
    const cut = lit.offset + 10;
    const e = failure(good.slice(0, cut));
    expect(e.where).toEqual({ file: name, chunk: 'LitT' });
    expect(e.message).toContain(name);
    expect(e.message).toContain('LitT');
  });

  it('a chunk size past the end', () => {
    const b = good.slice();
    setU32(b, chunkAt('ImpT').offset - 4, 0x7ffffff0);
    expect(failure(b).where).toEqual({ file: name, chunk: 'ImpT' });
  });

  it('a missing Code chunk', () => {
    const b = good.slice();
    b.set([0x58], chunkAt('Code').offset - 8); // 'Code' -> 'Xode'
    const e = failure(b);
    expect(e.where).toEqual({ file: name, chunk: 'Code' });
    expect(e.message).toMatch(/missing/);
  });

  it('a missing atom table, import table, export table', () => {
    for (const id of ['AtU8', 'ImpT', 'ExpT']) {
      const b = good.slice();
      b.set([0x58], chunkAt(id).offset - 8);
      expect(failure(b).where).toEqual({ file: name, chunk: id });
    }
  });

  it('Code format version 1', () => {
    const b = good.slice();
    setU32(b, chunkAt('Code').offset + 4, 1);
    const e = failure(b);
    expect(e.where).toEqual({ file: name, chunk: 'Code' });
    expect(e.message).toMatch(/format version 1/);
  });

  it('a corrupt literal table', () => {
    const b = good.slice();
    const lit = chunkAt('LitT');
    for (let i = 20; i < 60; i++) b[lit.offset + i] ^= 0x5a;
    expect(failure(b).where).toEqual({ file: name, chunk: 'LitT' });
  });

  it('an import naming an atom that does not exist', () => {
    const b = good.slice();
    setU32(b, chunkAt('ImpT').offset + 4, 999_999);
    expect(failure(b).where).toEqual({ file: name, chunk: 'ImpT' });
  });

  it('not a BEAM file', () => {
    expect(failure(new TextEncoder().encode('hello, world')).where).toEqual({ file: name });
  });

  it('random damage: only BeamjsErrors, each naming the file', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const small = new Uint8Array(readFileSync(join(otpEbins(['stdlib'])[0], 'orddict.beam')));
    let thrown = 0;
    for (let k = 0; k < 600; k++) {
      let b = small.slice();
      const kind = k % 3;
      if (kind === 0) b = b.slice(0, rand(b.length));
      else if (kind === 1) for (let j = 0; j < 4; j++) b[rand(b.length)] ^= 1 << rand(8);
      else {
        // Damage a chunk's size field.
        const cs = readChunks(small, 'orddict.beam');
        const c = cs[rand(cs.length)];
        setU32(b, c.offset - 4, rand(2) === 0 ? c.data.length + 1 + rand(5000) : rand(c.data.length));
      }
      try {
        readBeam(b, 'orddict.beam');
      } catch (e) {
        if (!(e instanceof BeamjsError)) throw e;
        expect(e.where.file).toBe('orddict.beam');
        thrown++;
      }
    }
    expect(thrown).toBeGreaterThan(300);
  });
});
