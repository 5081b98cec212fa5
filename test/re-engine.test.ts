// The re engine's internals, without the BIF layer: byte offsets in unicode mode, long subjects
// that must not overflow the JS stack, compile errors with offsets, and the serialised pattern.

import { describe, expect, it } from 'vitest';
import {
  ReCompileError, compile, defaultCompileOptions, deserialise, run, serialise, type ExecOptions,
} from '../runtime/re/api.js';

const exec = (o: Partial<ExecOptions> = {}): ExecOptions => ({
  offset: 0, anchored: false, notbol: false, noteol: false, notempty: false, notemptyAtstart: false,
  newline: null, bsrAnycrlf: null, matchLimit: 10_000_000, recursionLimit: 10_000_000, ...o,
});
const bytes = (s: string, enc: BufferEncoding = 'latin1') => new Uint8Array(Buffer.from(s, enc));

describe('re engine', () => {
  it('reports offsets in bytes in unicode mode', () => {
    const o = defaultCompileOptions();
    o.utf = true;
    const r = run(compile(bytes('(é)(.)', 'utf8'), o), bytes('aéb', 'utf8'), exec());
    expect(r.kind).toBe('match');
    if (r.kind === 'match') expect([...r.ovector]).toEqual([1, 4, 1, 3, 3, 4]);
  });

  it('runs a group loop over a long subject without JS recursion', () => {
    const subject = bytes('ab'.repeat(200_000));
    const r = run(compile(bytes('^(?:(a)|b)*$'), defaultCompileOptions()), subject, exec());
    expect(r.kind).toBe('match');
    if (r.kind === 'match') expect([...r.ovector]).toEqual([0, 400_000, 399_998, 399_999]);
  });

  it('gives PCRE error messages and offsets', () => {
    expect(() => compile(bytes('ab(c'), defaultCompileOptions())).toThrow(ReCompileError);
    let err: unknown = null;
    try {
      compile(bytes('a{2,1}'), defaultCompileOptions());
    } catch (e) {
      err = e;
    }
    expect(err).toEqual(new ReCompileError('numbers out of order in {} quantifier', 5));
  });

  it('reads back what it serialises', () => {
    const o = defaultCompileOptions();
    o.caseless = true;
    o.newline = 'crlf';
    const d = deserialise(serialise(bytes('x+'), o));
    expect(d).not.toBeNull();
    expect(d!.opts).toEqual(o);
    expect(Buffer.from(d!.pattern).toString('latin1')).toBe('x+');
    expect(deserialise(bytes('ERCP....junk'))).toBeNull();
  });
});
