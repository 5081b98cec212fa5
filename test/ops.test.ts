// Checks compiler/ops against the installed OTP: the opcode table against beam_opcodes and
// against what erts refuses to load, the compact-term reader against the compiler's own
// encoder (beam_asm:encode/2), and decodeCode against beam_disasm on real modules; then
// decodes every module of erts, kernel, stdlib, compiler and Elixir and checks the list of
// opcodes they use (compiler/ops/used-in-otp.ts; BEAMJS_UPDATE_OPS=1 regenerates it).
// Every expectation comes from erl at test time: without erl these tests fail.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BeamjsError } from '../compiler/diagnostics.js';
import { CompactTermError, decodeCode, readCompactTerm, type Instr, type Operand } from '../compiler/ops/decode.js';
import { MAX_OPCODE, OPCODES, opByName } from '../compiler/ops/table.js';
import { OPCODES_USED_BY_OTP } from '../compiler/ops/used-in-otp.js';
import { readOpsInput } from './support/ops-chunks.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let refDir = '';

/** Runs ops_reference:main(Args) on erts and returns the lines it printed. */
function reference(args: string[]): string[] {
  const eval_ = `ops_reference:main([${args.map((a) => JSON.stringify(a)).join(',')}]), halt().`;
  const out = execFileSync('erl', ['-noshell', '-pa', refDir, '-eval', eval_], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' },
  });
  return out.split('\n').filter((l) => l !== '');
}

beforeAll(() => {
  refDir = mkdtempSync(join(tmpdir(), 'beamjs-ops-'));
  execFileSync('erlc', ['-o', refDir, join(ROOT, 'test/support/ops_reference.erl')]);
});
afterAll(() => {
  if (refDir !== '') rmSync(refDir, { recursive: true, force: true });
});

describe('opcode table', () => {
  it('has the name and arity beam_opcodes:opname/1 gives for every opcode 1-180', () => {
    const lines = reference(['opnames']).filter((l) => l.startsWith('O '));
    expect(lines).toHaveLength(MAX_OPCODE);
    for (const line of lines) {
      const [, n, name, arity] = line.split(' ');
      const op = OPCODES[Number(n)]!;
      expect({ n: op.number, name: op.name, arity: op.arity }).toEqual({ n: Number(n), name, arity: Number(arity) });
      expect(op.operands).toHaveLength(op.arity);
      expect(opByName(name!)).toBe(op);
    }
    expect(OPCODES[0]).toBeUndefined();
    expect(OPCODES).toHaveLength(MAX_OPCODE + 1);
  });

  it('marks obsolete exactly the opcodes erts refuses to load', () => {
    const refused = reference(['obsolete'])
      .filter((l) => l.startsWith('X '))
      .map((l) => l.split(' '))
      .filter(([, , r]) => r === '1')
      .map(([, n]) => OPCODES[Number(n)]!.name);
    const marked = OPCODES.slice(1).filter((op) => op.obsolete).map((op) => op.name);
    expect(marked).toEqual(refused);
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('readCompactTerm', () => {
  it('reads back what beam_asm:encode/2 writes, in every length form', () => {
    const p = (e: number) => 2n ** BigInt(e);
    const ints = [
      0n, 1n, 15n, 16n, 2047n, 2048n, 32767n, 32768n, 65535n, -1n, -16n, -2048n, -32768n, -32769n,
      p(31) - 1n, p(31), -p(31), p(47), p(48) - 1n, p(48), p(53) - 1n, p(53), -(p(53) - 1n), -p(53),
      p(55), -p(56), p(63) - 1n, p(63), -p(63), p(64), -p(64), p(70), p(100), -p(100), p(1000), 1n - p(1000),
      p(8 * 300) + 12345n, // more than 255 bytes: the length-of-length is itself a two-byte term
    ];
    const unsigned = [0n, 7n, 15n, 16n, 2047n, 2048n, 65535n, 65536n, p(32), p(48), p(53) - 1n];
    const pairs = [
      ...ints.map((v) => `1:${v}`),
      ...unsigned.flatMap((v) => [0, 2, 3, 4, 5].map((tag) => `${tag}:${v}`)),
    ];
    const lines = reference(['encode', ...pairs]).filter((l) => l.startsWith('E '));
    expect(lines).toHaveLength(pairs.length);
    for (const line of lines) {
      const [, tag, value, hex] = line.split(' ');
      const bytes = Buffer.from(hex!, 'hex');
      const t = readCompactTerm(bytes, 0);
      expect({ tag: t.tag, value: BigInt(t.value), next: t.next }).toEqual({
        tag: Number(tag), value: BigInt(value!), next: bytes.length,
      });
      // one value, one representation: numbers while safe, BigInt beyond
      expect(typeof t.value).toBe(Number.isSafeInteger(Number(value)) ? 'number' : 'bigint');
      if (bytes.length > 1) {
        expect(() => readCompactTerm(bytes.subarray(0, bytes.length - 1), 0)).toThrow(CompactTermError);
      }
    }
  });

  it('refuses a non-integer tag whose value exceeds a safe integer', () => {
    const [line] = reference(['encode', `0:${2n ** 64n}`]);
    const bytes = Buffer.from(line!.split(' ')[3]!, 'hex');
    expect(() => readCompactTerm(bytes, 0)).toThrow(CompactTermError);
  });
});

// --- decoding real modules ------------------------------------------------------------------

let ebinCache: string[] | undefined;
function ebinDirs(): string[] {
  if (ebinCache !== undefined) return ebinCache;
  const otp = reference(['libdirs']).filter((l) => l.startsWith('L ')).map((l) => l.slice(2));
  const elixirBin = realpathSync(execFileSync('which', ['elixir'], { encoding: 'utf8' }).trim());
  return (ebinCache = [...otp, join(dirname(elixirBin), '..', 'lib', 'elixir', 'ebin')]);
}

function decodeFile(file: string): { module: string; instrs: Instr[] } {
  const input = readOpsInput(file);
  const instrs = decodeCode(input.code, {
    atoms: input.atoms, file, module: input.module, labelCount: input.labelCount,
  });
  return { module: input.module, instrs };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function leaves(a: Operand): string[] {
  switch (a.k) {
    case 'x': case 'y': return [`${a.k}${a.n}`];
    case 'int': return [`i:${a.value}`];
    case 'atom': return [`a:${b64(a.value.name)}`];
    case 'nil': return ['nil'];
    case 'label': return [`f:${a.value}`];
    case 'fr': return [`fr:${a.n}`];
    case 'literal': return ['lit'];
    case 'list': return a.items.flatMap(leaves);
    case 'char': return ['h'];
    default: return [];
  }
}

/** Our instructions in ops_reference's shape lines, split into functions as beam_disasm does. */
function shapeLines(module: string, instrs: Instr[]): string[] {
  const body = instrs.filter((i) => i.name !== 'int_code_end');
  const starts: number[] = [];
  body.forEach((ins, i) => {
    if (ins.name !== 'func_info') return;
    let s = i;
    while (s > 0 && (body[s - 1]!.name === 'label' || body[s - 1]!.name === 'line')) s--;
    starts.push(s);
  });
  const lines = [`M ${b64(module)}`];
  starts.forEach((s, k) => {
    const fi = body.find((ins, i) => i >= s && ins.name === 'func_info')!;
    const [, name, arity] = fi.args as [Operand, { k: 'atom'; value: { name: string } }, { k: 'u'; value: number }];
    lines.push(`F ${b64(name.value.name)} ${arity.value}`);
    for (const ins of body.slice(s, starts[k + 1] ?? body.length)) {
      lines.push(['I', ins.name, String(ins.args.length), ...ins.args.flatMap(leaves)].join(' '));
    }
  });
  return lines;
}

/**
 * Groups shape lines by function (head: "module function/arity"). beam_disasm emits the
 * labels and line instructions before a func_info in reverse order for all but the first
 * function, so that prefix is compared as a sorted set.
 */
function byFunction(lines: string[]): { head: string; lines: string[] }[] {
  const out: { head: string; lines: string[] }[] = [];
  let module = '';
  for (const l of lines) {
    if (l.startsWith('M ')) module = Buffer.from(l.slice(2), 'base64').toString();
    else if (l.startsWith('F ')) {
      const [, name, arity] = l.split(' ');
      out.push({ head: `${module} ${Buffer.from(name!, 'base64').toString()}/${arity}`, lines: [] });
    } else out[out.length - 1]!.lines.push(l);
  }
  for (const f of out) {
    const fi = f.lines.findIndex((l) => l.startsWith('I func_info '));
    f.lines = [...f.lines.slice(0, fi).sort(), ...f.lines.slice(fi)];
  }
  return out;
}

describe('decodeCode on the installed OTP and Elixir', () => {
  const decoded: { file: string; module: string; instrs: Instr[]; ops: Set<number> }[] = [];
  const failures: string[] = [];
  beforeAll(() => {
    const files = ebinDirs().flatMap((d) =>
      readdirSync(d).filter((f) => f.endsWith('.beam')).sort().map((f) => join(d, f)),
    );
    for (const file of files) {
      try {
        const { module, instrs } = decodeFile(file);
        decoded.push({ file, module, instrs, ops: new Set(instrs.map((i) => i.op)) });
      } catch (e) {
        failures.push(String(e));
      }
    }
  });

  it('decodes every module, covers every operand form, and OPCODES_USED_BY_OTP is current', () => {
    expect(failures).toEqual([]);
    expect(decoded.length).toBeGreaterThan(400);
    const used = new Set<number>();
    const forms = new Set<string>();
    const note = (a: Operand): void => {
      forms.add(a.k === 'int' && typeof a.value === 'bigint' ? 'bigint' : a.k);
      if ((a.k === 'x' || a.k === 'y') && a.type !== undefined) forms.add('typed');
      if (a.k === 'list') a.items.forEach(note);
    };
    for (const { instrs } of decoded) {
      for (const ins of instrs) {
        used.add(ins.op);
        ins.args.forEach(note);
      }
    }
    expect([...forms].sort()).toEqual(
      ['alloc', 'atom', 'bigint', 'fr', 'int', 'label', 'list', 'literal', 'nil', 'typed', 'u', 'x', 'y'],
    );
    const names = [...used].sort((a, b) => a - b).map((n) => OPCODES[n]!.name);
    console.log(`${decoded.length} modules decoded; ${names.length} distinct opcodes in use`);
    if (process.env.BEAMJS_UPDATE_OPS === '1') writeUsedFile(names, decoded.length);
    else expect(names).toEqual([...OPCODES_USED_BY_OTP]);
  });

  it('agrees with beam_disasm instruction by instruction, on modules using every opcode in use', () => {
    // A few chosen modules, then the smallest ones that bring an opcode not yet covered
    // (BEAMJS_OPS_FULL=1 compares every module instead: slower, for changes to the decoder).
    const picks = ['lists', 'gen_server', 'erl_init', 'maps', 'rand', 'Elixir.Base', 'Elixir.Enum'];
    const chosen = picks.map((m) => decoded.find((d) => d.module === m)!);
    expect(chosen.every((d) => d !== undefined)).toBe(true);
    const covered = new Set(chosen.flatMap((d) => [...d.ops]));
    const bySize = [...decoded].sort((a, b) => a.instrs.length - b.instrs.length);
    for (const d of bySize) {
      if ([...d.ops].some((op) => !covered.has(op))) {
        chosen.push(d);
        d.ops.forEach((op) => covered.add(op));
      }
    }
    expect(covered.size).toBe(new Set(decoded.flatMap((d) => [...d.ops])).size);
    if (process.env.BEAMJS_OPS_FULL === '1') chosen.splice(0, chosen.length, ...decoded);

    const ref = byFunction(reference(['shapes', ...chosen.map((d) => d.file)]));
    const mine = byFunction(chosen.flatMap((d) => shapeLines(d.module, d.instrs)));
    expect(mine.map((f) => f.head)).toEqual(ref.map((f) => f.head));
    // Function by function, so that a failure names the function and shows its lines.
    ref.forEach((f, i) => expect({ head: f.head, lines: mine[i]!.lines }).toEqual(f));
    console.log(`${chosen.length} modules, ${mine.reduce((n, f) => n + f.lines.length, 0)} instructions compared with beam_disasm`);
  }, 300_000);
});

function writeUsedFile(names: string[], modules: number): void {
  const text = `// Generated by test/ops.test.ts (run \`BEAMJS_UPDATE_OPS=1 npx vitest run test/ops.test.ts\`):
// the distinct generic opcodes, in opcode order, used by the ${modules} modules of erts's preloaded
// modules, kernel, stdlib, compiler and Elixir's elixir application as installed here (OTP 25.2.3,
// Elixir 1.14 compiled by OTP 24). The test fails when the installation disagrees with this list.
// These are the opcodes beamjs must translate to run OTP and Elixir as they are.

export const OPCODES_USED_BY_OTP: readonly string[] = [
${names.map((n) => `  '${n}', // ${opByName(n)!.number}`).join('\n')}
];
`;
  writeFileSync(join(ROOT, 'compiler/ops/used-in-otp.ts'), text);
}

// --- errors -----------------------------------------------------------------------------

describe('decode errors', () => {
  const file = () => join(ebinDirs()[2]!, 'lists.beam');

  /** lists.beam's code, a function in it, and the first instruction after its entry label. */
  function target() {
    const input = readOpsInput(file());
    const instrs = decodeFile(file()).instrs;
    const fi = instrs.findIndex((i) => i.name === 'func_info' && i.args[1]!.k === 'atom' && i.args[1].value.name === 'reverse');
    const [, name, arity] = instrs[fi]!.args as [Operand, { k: 'atom'; value: { name: string } }, { k: 'u'; value: number }];
    return { input, instr: instrs[fi + 2]!, fn: `${name.value.name}/${arity.value}` };
  }

  const decodeWith = (code: Uint8Array, input: ReturnType<typeof readOpsInput>) =>
    decodeCode(code, { atoms: input.atoms, file: file(), module: input.module });

  function thrown(f: () => unknown): BeamjsError {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(BeamjsError);
      return e as BeamjsError;
    }
    throw new Error('expected a BeamjsError');
  }

  it('opcode 181 (and 0) names file, module, function and opcode', () => {
    const { input, instr, fn } = target();
    for (const bad of [181, 0]) {
      const code = Uint8Array.from(input.code);
      code[instr.offset] = bad;
      const e = thrown(() => decodeWith(code, input));
      expect(e.where).toMatchObject({ file: file(), module: 'lists', function: fn });
      expect(e.message).toContain(`opcode ${bad}`);
      expect(e.message).toContain('lists.beam');
    }
  });

  it('a truncated operand names file, module, function and opcode', () => {
    const { input, instr, fn } = target();
    expect(instr.args.length).toBeGreaterThan(0);
    const e = thrown(() => decodeWith(input.code.subarray(0, instr.offset + 1), input));
    expect(e.where).toMatchObject({ file: file(), module: 'lists', function: fn, opcode: instr.name });
    expect(e.message).toContain(`opcode ${instr.name}`);
  });

  it('an obsolete opcode is refused as erts refuses it', () => {
    const { input, instr, fn } = target();
    const code = Uint8Array.from(input.code);
    code[instr.offset] = opByName('put_tuple')!.number; // refused before its operands are read
    const e = thrown(() => decodeWith(code, input));
    expect(e.where).toMatchObject({ module: 'lists', function: fn, opcode: 'put_tuple' });
  });
});
