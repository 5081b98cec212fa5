// Terms from Erlang text, for tests that build the same value on erts (from the expression) and
// in TypeScript (from this parser) without an external-term-format decoder. The subset: integers
// (with Base#digits and $c), floats, atoms (bare or quoted), strings, lists (also improper),
// tuples, maps, and binaries whose segments are integers, Value:Size, or "text" (latin1).
// A leading '-' applies to the number after it (-0.0 is the float minus zero, as on erts).

import { atom } from '../../runtime/term/atom.js';
import { EFloat } from '../../runtime/term/float.js';
import { Cons, NIL, listFrom } from '../../runtime/term/list.js';
import { BitStr } from '../../runtime/term/bitstring.js';
import { EMap } from '../../runtime/term/map.js';
import { normInt, type Term } from '../../runtime/term/term.js';

export function parseTerm(text: string): Term {
  const p = new Parser(text);
  const t = p.term();
  p.skip();
  if (p.i !== text.length) p.fail('trailing text');
  return t;
}

const ESC: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, b: 8, f: 12, e: 27, s: 32, d: 127 };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(why: string): never {
    throw new Error(`parseTerm: ${why} at ${this.i} in ${this.s}`);
  }

  skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  peek(): string {
    this.skip();
    return this.s[this.i] ?? '';
  }

  eat(tok: string): boolean {
    this.skip();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }

  expect(tok: string): void {
    if (!this.eat(tok)) this.fail(`expected ${tok}`);
  }

  term(): Term {
    const c = this.peek();
    if (c === '[') return this.list();
    if (c === '{') {
      this.i++;
      const items = this.seq('}');
      return items;
    }
    if (this.eat('#{')) {
      const pairs: Array<[Term, Term]> = [];
      if (!this.eat('}')) {
        do {
          const k = this.term();
          this.expect('=>');
          pairs.push([k, this.term()]);
        } while (this.eat(','));
        this.expect('}');
      }
      return EMap.fromEntries(pairs);
    }
    if (this.eat('<<')) return this.binary();
    if (c === '"') return listFrom(this.quoted('"'));
    if (c === "'") return atom(String.fromCodePoint(...this.quoted("'")));
    if (c === '$') {
      this.i++;
      return this.char();
    }
    if (c === '-' || c === '+' || /[0-9]/.test(c)) return this.number();
    const m = /^[a-z][A-Za-z0-9_@]*/.exec(this.s.slice(this.i));
    if (m === null) this.fail('unexpected text');
    this.i += m[0].length;
    return atom(m[0]);
  }

  seq(close: string): Term[] {
    const items: Term[] = [];
    if (this.eat(close)) return items;
    do items.push(this.term());
    while (this.eat(','));
    this.expect(close);
    return items;
  }

  list(): Term {
    this.expect('[');
    const items: Term[] = [];
    if (this.eat(']')) return NIL;
    do items.push(this.term());
    while (this.eat(','));
    let tail: Term = NIL;
    if (this.eat('|')) tail = this.term();
    this.expect(']');
    return listFrom(items, tail);
  }

  number(): Term {
    this.skip();
    let neg = false;
    if (this.s[this.i] === '-' || this.s[this.i] === '+') {
      neg = this.s[this.i] === '-';
      this.i++;
      this.skip();
    }
    const rest = this.s.slice(this.i);
    const f = /^[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?/.exec(rest);
    if (f !== null) {
      this.i += f[0].length;
      const v = Number(f[0]);
      return new EFloat(neg ? -v : v);
    }
    const b = /^([0-9]+)#([0-9a-zA-Z]+)/.exec(rest);
    let n: bigint;
    if (b !== null) {
      this.i += b[0].length;
      const base = BigInt(b[1]);
      n = 0n;
      for (const ch of b[2].toLowerCase()) n = n * base + BigInt(parseInt(ch, 36));
    } else {
      const d = /^[0-9]+/.exec(rest);
      if (d === null) this.fail('expected a number');
      this.i += d[0].length;
      n = BigInt(d[0]);
    }
    return normInt(neg ? -n : n);
  }

  /** The character after '\' (the backslash already consumed). */
  escape(): number {
    const c = this.s[this.i++];
    if (c in ESC) return ESC[c];
    if (c === 'x') {
      if (this.s[this.i] === '{') {
        const end = this.s.indexOf('}', this.i);
        const v = parseInt(this.s.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return v;
      }
      const v = parseInt(this.s.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return v;
    }
    if (/[0-7]/.test(c)) {
      let v = parseInt(c, 8);
      for (let k = 0; k < 2 && /[0-7]/.test(this.s[this.i] ?? ''); k++) v = v * 8 + parseInt(this.s[this.i++], 8);
      return v;
    }
    return c.codePointAt(0)!;
  }

  char(): number {
    if (this.s[this.i] === '\\') {
      this.i++;
      return this.escape();
    }
    const cp = this.s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** The code points of a quoted string or atom. */
  quoted(q: string): number[] {
    this.skip();
    this.i++;
    const out: number[] = [];
    while (this.s[this.i] !== q) {
      if (this.i >= this.s.length) this.fail('unterminated quote');
      out.push(this.char());
    }
    this.i++;
    return out;
  }

  binary(): Term {
    // Bits accumulate most significant first, as the BEAM packs segments.
    const bits: number[] = [];
    const put = (v: bigint, size: number) => {
      for (let k = size - 1; k >= 0; k--) bits.push(Number((v >> BigInt(k)) & 1n));
    };
    if (!this.eat('>>')) {
      do {
        if (this.peek() === '"') {
          for (const c of this.quoted('"')) put(BigInt(c & 255), 8);
          continue;
        }
        const v = this.number();
        if (typeof v !== 'number' && typeof v !== 'bigint') this.fail('binary segment must be an integer');
        let size = 8;
        if (this.eat(':')) size = Number(this.number());
        const big = BigInt(v);
        put(((big % (1n << BigInt(size))) + (1n << BigInt(size))) % (1n << BigInt(size)), size);
      } while (this.eat(','));
      this.expect('>>');
    }
    const bytes = new Uint8Array(Math.ceil(bits.length / 8));
    bits.forEach((bit, k) => {
      if (bit) bytes[k >>> 3] |= 0x80 >>> (k & 7);
    });
    return new BitStr(bytes, 0, bits.length);
  }
}

/** A term's list elements, for reading back lists erts returned. */
export function listItems(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.hd);
    t = t.tl;
  }
  return out;
}
