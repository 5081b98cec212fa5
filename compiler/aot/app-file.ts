// Reading an application resource file (.app): `{application, Name, [{Key, Value}...]}.`
// as file:consult/1 reads it, enough of Erlang's term syntax for what .app files hold
// (atoms, strings, numbers, tuples, lists, binaries, maps, % comments), then the keys
// `beamjs compile` needs: vsn, modules, applications, included_applications, mod.

import { errors } from '../diagnostics.js';

export type TextTerm =
  | number
  | { atom: string }
  | { string: string }
  | { tuple: TextTerm[] }
  | { list: TextTerm[] }
  | { binary: TextTerm[] }
  | { map: Array<[TextTerm, TextTerm]> };

export interface AppSpec {
  name: string;
  vsn: string;
  modules: string[];
  applications: string[];
  includedApplications: string[];
  optionalApplications: string[];
  /** The callback module of {mod, {Module, Args}}, or null for a library application. */
  mod: string | null;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', b: '\b', f: '\f', e: '\x1b', s: ' ', d: '\x7f' };

class TermReader {
  i = 0;
  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  fail(what: string): never {
    const line = this.text.slice(0, this.i).split('\n').length;
    throw errors.badAppFile(this.file, `line ${line}: ${what}`);
  }

  skip(): void {
    for (;;) {
      while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
      if (this.text[this.i] !== '%') return;
      while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
    }
  }

  eat(tok: string): boolean {
    this.skip();
    if (!this.text.startsWith(tok, this.i)) return false;
    this.i += tok.length;
    return true;
  }

  expect(tok: string): void {
    if (!this.eat(tok)) this.fail(`expected '${tok}'`);
  }

  seq(close: string): TextTerm[] {
    const items: TextTerm[] = [];
    if (this.eat(close)) return items;
    do items.push(this.term());
    while (this.eat(','));
    this.expect(close);
    return items;
  }

  term(): TextTerm {
    this.skip();
    const c = this.text[this.i];
    if (c === undefined) this.fail('unexpected end of file');
    if (this.eat('<<')) return { binary: this.seq('>>') };
    if (this.eat('#{')) {
      const pairs: Array<[TextTerm, TextTerm]> = [];
      if (!this.eat('}')) {
        do {
          const k = this.term();
          this.expect('=>');
          pairs.push([k, this.term()]);
        } while (this.eat(','));
        this.expect('}');
      }
      return { map: pairs };
    }
    if (this.eat('{')) return { tuple: this.seq('}') };
    if (this.eat('[')) return { list: this.seq(']') };
    if (c === '"') {
      // Adjacent string literals are one string, as in Erlang source.
      let s = '';
      while (this.text[this.i] === '"') {
        s += this.quoted('"');
        this.skip();
      }
      return { string: s };
    }
    if (c === "'") return { atom: this.quoted("'") };
    if (c === '$') {
      this.i++;
      return this.char().codePointAt(0)!;
    }
    const num = /^-?[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?/.exec(this.text.slice(this.i, this.i + 64));
    if (num !== null) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const name = /^[a-z][A-Za-z0-9_@]*/.exec(this.text.slice(this.i, this.i + 256));
    if (name === null) this.fail(`unexpected '${c}'`);
    this.i += name[0].length;
    return { atom: name[0] };
  }

  char(): string {
    const c = this.text[this.i++];
    if (c !== '\\') return c;
    const e = this.text[this.i++];
    if (e in ESCAPES) return ESCAPES[e];
    if (/[0-7]/.test(e)) {
      let v = e;
      while (v.length < 3 && /[0-7]/.test(this.text[this.i])) v += this.text[this.i++];
      return String.fromCodePoint(parseInt(v, 8));
    }
    if (e === 'x') {
      if (this.text[this.i] === '{') {
        const end = this.text.indexOf('}', this.i);
        const v = this.text.slice(this.i + 1, end);
        this.i = end + 1;
        return String.fromCodePoint(parseInt(v, 16));
      }
      const v = this.text.slice(this.i, this.i + 2);
      this.i += 2;
      return String.fromCodePoint(parseInt(v, 16));
    }
    return e;
  }

  quoted(q: string): string {
    this.i++;
    let s = '';
    while (this.text[this.i] !== q) {
      if (this.i >= this.text.length) this.fail('unterminated quoted text');
      s += this.char();
    }
    this.i++;
    return s;
  }
}

/** The terms of a file:consult/1 file: each term followed by a full stop. */
export function consult(text: string, file: string): TextTerm[] {
  const r = new TermReader(text, file);
  const out: TextTerm[] = [];
  for (r.skip(); r.i < text.length; r.skip()) {
    out.push(r.term());
    r.expect('.');
  }
  return out;
}

function atomOf(t: TextTerm | undefined): string | undefined {
  return t !== undefined && typeof t === 'object' && 'atom' in t ? t.atom : undefined;
}

function atomList(t: TextTerm | undefined, file: string, key: string): string[] {
  if (t === undefined) return [];
  const items = typeof t === 'object' && 'list' in t ? t.list : undefined;
  const names = items?.map(atomOf);
  if (names === undefined || names.some((n) => n === undefined)) throw errors.badAppFile(file, `${key} is not a list of atoms`);
  return names as string[];
}

export function parseAppFile(text: string, file: string): AppSpec {
  const terms = consult(text, file);
  const top = terms[0];
  const items = top !== undefined && typeof top === 'object' && 'tuple' in top ? top.tuple : undefined;
  if (terms.length !== 1 || items === undefined || items.length !== 3 || atomOf(items[0]) !== 'application' || atomOf(items[1]) === undefined) {
    throw errors.badAppFile(file, 'expected one term {application, Name, [...]}');
  }
  const props = items[2];
  if (typeof props !== 'object' || !('list' in props)) throw errors.badAppFile(file, 'the application properties are not a list');
  const get = new Map<string, TextTerm>();
  for (const p of props.list) {
    if (typeof p === 'object' && 'tuple' in p && p.tuple.length === 2 && atomOf(p.tuple[0]) !== undefined) get.set(atomOf(p.tuple[0])!, p.tuple[1]);
  }
  const vsn = get.get('vsn');
  const modT = get.get('mod');
  const modItems = modT !== undefined && typeof modT === 'object' && 'tuple' in modT ? modT.tuple : undefined;
  if (modT !== undefined && (modItems === undefined || modItems.length !== 2 || atomOf(modItems[0]) === undefined)) {
    throw errors.badAppFile(file, 'mod is not {Module, Args}');
  }
  return {
    name: atomOf(items[1])!,
    vsn: vsn !== undefined && typeof vsn === 'object' && 'string' in vsn ? vsn.string : '',
    modules: atomList(get.get('modules'), file, 'modules'),
    applications: atomList(get.get('applications'), file, 'applications'),
    includedApplications: atomList(get.get('included_applications'), file, 'included_applications'),
    optionalApplications: atomList(get.get('optional_applications'), file, 'optional_applications'),
    mod: modItems !== undefined ? atomOf(modItems[0])! : null,
  };
}
