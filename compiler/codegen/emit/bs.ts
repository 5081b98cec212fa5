// Bit syntax: matching (a match context is a value in a register; each match
// step returns the value or NO_MATCH, and a miss jumps to the fail label) and
// construction (OTP 25's bs_create_bin: one builder, one call per segment; the
// OTP 24 bs_init2/bs_put_* family that Elixir 1.14's modules still use).

import type { Emitter, FnGen } from '../function-gen.js';
import type { Operand } from '../../ops/decode.js';
import { label, num, list, atomName } from './operands.js';

/** Segment flags operand: an integer (field_flags) or, in bs_create_bin, a literal list of atoms or []. */
function flags(g: FnGen, op: Operand): string {
  if (op.k === 'u' || op.k === 'int') return String(op.value);
  if (op.k === 'nil') return '0';
  if (op.k === 'literal') return g.mod.bindConst(`flags:${op.index}`, 'FL', `$rt.flagsFromList(${g.mod.literalRef(op.index)})`);
  return g.fail(`unexpected flags operand ${op.k}`);
}

/** Jump to `fail` when `cond` is false, or raise badarg when there is no fail label. */
function orFail(g: FnGen, failOp: Operand, stmt: string): void {
  const fail = failOp.k === 'label' ? failOp.value : 0;
  if (fail === 0) {
    g.out(stmt);
    return;
  }
  g.mod.rt('ErlangException');
  g.out(`try { ${stmt} } catch ($e) { if (!($e instanceof ErlangException)) throw $e; ${g.jump(fail)} }`);
}

function getter(fnName: string, withSizeUnit: boolean, withFlags: boolean): Emitter {
  // bs_get_integer2 Fail Ctx Live Size Unit Flags Dst / bs_get_utf8 Fail Ctx Live Flags Dst
  return (g, ins) => {
    const [fail, ctx] = ins.args;
    const rest = ins.args.slice(3);
    const args = [g.src(ctx)];
    if (withSizeUnit) args.push(g.src(rest.shift()!), String(num(rest.shift()!)));
    if (withFlags) {
      const f = rest.shift()!;
      if (fnName !== 'getBinary' && fnName !== 'getUtf8') args.push(flags(g, f));
    }
    g.mod.rt('NO_MATCH');
    g.mod.rt(fnName);
    g.out(`if (($t = ${fnName}(${args.join(', ')})) === NO_MATCH) ${g.jump(label(fail))}`);
    g.out(`${g.dst(rest[rest.length - 1])} = $t;`);
  };
}

function skipper(fnName: string, withFlags: boolean): Emitter {
  // bs_skip_utf8 Fail Ctx Live Flags
  return (g, ins) => {
    const args = [g.src(ins.args[1])];
    if (withFlags && fnName !== 'skipUtf8') args.push(flags(g, ins.args[3]));
    g.mod.rt(fnName);
    g.out(`if (!${fnName}(${args.join(', ')})) ${g.jump(label(ins.args[0]))}`);
  };
}

function startMatch(g: FnGen, failOp: Operand, src: Operand, dst: Operand): void {
  g.mod.rt('startMatch');
  g.mod.rt('NO_MATCH');
  if (failOp.k === 'label') {
    g.out(`if (($t = startMatch(${g.src(src)})) === NO_MATCH) ${g.jump(failOp.value)}`);
    g.out(`${g.dst(dst)} = $t;`);
  } else {
    // no_fail / resume: the compiler proved the source is a bitstring or a context.
    g.out(`${g.dst(dst)} = startMatch(${g.src(src)});`);
  }
}

/** bs_create_bin Fail Alloc Live Unit Dst [Type, Seg, Unit, Flags, Src, Size]... */
function createBin(g: FnGen, ins: { args: Operand[] }): void {
  const segs = list(ins.args[5]);
  const dst = g.dst(ins.args[4]);
  const stmts: string[] = [];
  let hint = 0;
  for (let i = 0; i < segs.length; i += 6) {
    const size = segs[i + 5];
    const unit = num(segs[i + 2]);
    if (size.k === 'int' && typeof size.value === 'number') hint += size.value * Math.max(unit, 1);
  }
  const rt = (n: string) => g.mod.rt(n);
  let start = `${rt('bsStart')}(${hint})`;
  for (let i = 0; i < segs.length; i += 6) {
    const type = atomName(segs[i]);
    const seg = num(segs[i + 1]);
    const unit = num(segs[i + 2]);
    const fl = segs[i + 3];
    const src = segs[i + 4];
    const size = segs[i + 5];
    const sz = size.k === 'atom' && size.value.name === 'all' ? rt('ALL') : size.k === 'atom' ? 'undefined' : g.src(size);
    switch (type) {
      case 'append':
      case 'private_append':
        start = `${rt('bsStartAppend')}(${g.src(src)}, ${unit}, ${hint}, ${seg})`;
        break;
      case 'integer':
        stmts.push(`${rt('bsInteger')}($b, ${g.src(src)}, ${sz}, ${unit}, ${flags(g, fl)}, ${seg});`);
        break;
      case 'float':
        stmts.push(`${rt('bsFloat')}($b, ${g.src(src)}, ${sz}, ${unit}, ${flags(g, fl)}, ${seg});`);
        break;
      case 'binary':
        stmts.push(`${rt('bsBinary')}($b, ${g.src(src)}, ${sz}, ${unit}, ${seg});`);
        break;
      case 'utf8':
        stmts.push(`${rt('bsUtf8')}($b, ${g.src(src)}, ${seg});`);
        break;
      case 'utf16':
        stmts.push(`${rt('bsUtf16')}($b, ${g.src(src)}, ${flags(g, fl)}, ${seg});`);
        break;
      case 'utf32':
        stmts.push(`${rt('bsUtf32')}($b, ${g.src(src)}, ${flags(g, fl)}, ${seg});`);
        break;
      case 'string': {
        const off = num(src);
        const len = num(size);
        stmts.push(`${rt('bsString')}($b, ${g.mod.strRef(off, len)}, 0, ${len});`);
        break;
      }
      default:
        g.fail(`bs_create_bin segment type ${type}`);
    }
  }
  const body = `{ const $b = ${start}; ${stmts.join(' ')} ${dst} = ${rt('bsFinish')}($b); }`;
  orFail(g, ins.args[0], body);
}

export const bsEmitters: Record<string, Emitter> = {
  bs_start_match3: (g, ins) => startMatch(g, ins.args[0], ins.args[1], ins.args[3]),
  bs_start_match4: (g, ins) => startMatch(g, ins.args[0], ins.args[2], ins.args[3]),
  bs_get_position: (g, ins) => g.out(`${g.dst(ins.args[1])} = ${g.mod.rt('getPosition')}(${g.src(ins.args[0])});`),
  bs_set_position: (g, ins) => g.out(`${g.mod.rt('setPosition')}(${g.src(ins.args[0])}, ${g.src(ins.args[1])});`),
  bs_get_tail: (g, ins) => g.out(`${g.dst(ins.args[1])} = ${g.mod.rt('getTail')}(${g.src(ins.args[0])});`),
  bs_test_tail2: (g, ins) => {
    g.out(`if (!${g.mod.rt('testTail')}(${g.src(ins.args[1])}, ${num(ins.args[2])})) ${g.jump(label(ins.args[0]))}`);
  },
  bs_test_unit: (g, ins) => {
    g.out(`if (!${g.mod.rt('testUnit')}(${g.src(ins.args[1])}, ${num(ins.args[2])})) ${g.jump(label(ins.args[0]))}`);
  },
  // bs_skip_bits2 Fail Ctx Size Unit Flags
  bs_skip_bits2: (g, ins) => {
    g.out(
      `if (!${g.mod.rt('skipBits')}(${g.src(ins.args[1])}, ${g.src(ins.args[2])}, ${num(ins.args[3])})) ${g.jump(label(ins.args[0]))}`,
    );
  },
  bs_get_integer2: getter('getInteger', true, true),
  bs_get_float2: getter('getFloat', true, true),
  bs_get_binary2: getter('getBinary', true, true),
  bs_get_utf8: getter('getUtf8', false, true),
  bs_get_utf16: getter('getUtf16', false, true),
  bs_get_utf32: getter('getUtf32', false, true),
  bs_skip_utf8: skipper('skipUtf8', true),
  bs_skip_utf16: skipper('skipUtf16', true),
  bs_skip_utf32: skipper('skipUtf32', true),
  // bs_match_string Fail Ctx Bits StrOffset
  bs_match_string: (g, ins) => {
    const bits = num(ins.args[2]);
    const s = g.mod.strRef(num(ins.args[3]), Math.ceil(bits / 8));
    g.out(`if (!${g.mod.rt('matchString')}(${g.src(ins.args[1])}, ${s}, 0, ${bits})) ${g.jump(label(ins.args[0]))}`);
  },
  bs_create_bin: (g, ins) => createBin(g, ins),

  // --- OTP 24 construction ---------------------------------------------------
  // bs_init2 Fail Size Heap Live Flags Dst (size in bytes); bs_init_bits: size in bits.
  bs_init2: (g, ins) => orFail(g, ins.args[0], `${g.dst(ins.args[5])} = ${g.mod.rt('bsInit2')}(${g.src(ins.args[1])});`),
  bs_init_bits: (g, ins) => orFail(g, ins.args[0], `${g.dst(ins.args[5])} = ${g.mod.rt('bsInitBits')}(${g.src(ins.args[1])});`),
  // bs_add Fail A B Unit Dst: A + B * Unit.
  bs_add: (g, ins) =>
    orFail(g, ins.args[0], `${g.dst(ins.args[4])} = ${g.mod.rt('bsAdd')}(${g.src(ins.args[1])}, ${g.src(ins.args[2])}, ${num(ins.args[3])});`),
  // bs_append Fail Size Heap Live Unit Bin Flags Dst
  bs_append: (g, ins) =>
    orFail(g, ins.args[0], `${g.dst(ins.args[7])} = ${g.mod.rt('bsAppend')}(${g.src(ins.args[5])}, ${g.src(ins.args[1])}, ${num(ins.args[4])});`),
  // bs_private_append Fail Size Unit Bin Flags Dst
  bs_private_append: (g, ins) =>
    orFail(g, ins.args[0], `${g.dst(ins.args[5])} = ${g.mod.rt('bsPrivateAppend')}(${g.src(ins.args[3])}, ${g.src(ins.args[1])}, ${num(ins.args[2])});`),
  bs_init_writable: (g) => g.out(`x0 = ${g.mod.rt('bsInitWritable')}(x0);`),
  // bs_put_integer Fail Size Unit Flags Src
  bs_put_integer: (g, ins) =>
    orFail(g, ins.args[0], `${g.mod.rt('bsPutInteger')}(${g.src(ins.args[1])}, ${num(ins.args[2])}, ${flags(g, ins.args[3])}, ${g.src(ins.args[4])});`),
  bs_put_float: (g, ins) =>
    orFail(g, ins.args[0], `${g.mod.rt('bsPutFloat')}(${g.src(ins.args[1])}, ${num(ins.args[2])}, ${flags(g, ins.args[3])}, ${g.src(ins.args[4])});`),
  bs_put_binary: (g, ins) =>
    orFail(g, ins.args[0], `${g.mod.rt('bsPutBinary')}(${sizeOrAll(g, ins.args[1])}, ${num(ins.args[2])}, ${flags(g, ins.args[3])}, ${g.src(ins.args[4])});`),
  // bs_put_string Length StrOffset
  bs_put_string: (g, ins) => {
    const len = num(ins.args[0]);
    g.out(`${g.mod.rt('bsPutString')}(${g.mod.strRef(num(ins.args[1]), len)}, 0, ${len});`);
  },
  bs_put_utf8: (g, ins) => orFail(g, ins.args[0], `${g.mod.rt('bsPutUtf8')}(${g.src(ins.args[2])});`),
  bs_put_utf16: (g, ins) => orFail(g, ins.args[0], `${g.mod.rt('bsPutUtf16')}(${flags(g, ins.args[1])}, ${g.src(ins.args[2])});`),
  bs_put_utf32: (g, ins) => orFail(g, ins.args[0], `${g.mod.rt('bsPutUtf32')}(${flags(g, ins.args[1])}, ${g.src(ins.args[2])});`),
  bs_utf8_size: (g, ins) => orFail(g, ins.args[0], `${g.dst(ins.args[2])} = ${g.mod.rt('bsUtf8Size')}(${g.src(ins.args[1])});`),
  bs_utf16_size: (g, ins) => orFail(g, ins.args[0], `${g.dst(ins.args[2])} = ${g.mod.rt('bsUtf16Size')}(${g.src(ins.args[1])});`),
};

function sizeOrAll(g: FnGen, op: Operand): string {
  return op.k === 'atom' && op.value.name === 'all' ? g.mod.rt('ALL') : g.src(op);
}
