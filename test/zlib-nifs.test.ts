// zlib's NIFs (runtime/nifs/zlib.ts) and the zlib engine under them (runtime/nifs/zlib-engine.ts),
// for what the differential programs in test/erl/zlib/ do not isolate: every NIF zlib.erl declares
// is registered, and the engine's streaming deflate (which makes deflate hand out its bytes when
// zlib does, and adds deflateParams) gives the same bytes as pako's own one-shot deflate, whatever
// the output buffer size. The behaviour against erts is checked by the programs.

import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { deflate as pakoDeflate, deflateRaw as pakoDeflateRaw } from 'pako';
import '../runtime/nifs/index.js';
import { nifsOf } from '../runtime/nifs/registry.js';
import * as z from '../runtime/nifs/zlib-engine.js';

function sample(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    // Mostly text-like, so that matches and literals both occur.
    out[i] = (s >> 16) % 7 === 0 ? (s >> 8) & 0xff : 97 + ((s >> 16) % 20);
  }
  return out;
}

/** Streaming deflate through the engine with an output buffer of `outSize`, input fed in `inSize` pieces. */
function streamDeflate(data: Uint8Array, level: number, windowBits: number, inSize: number, outSize: number): Uint8Array {
  const s = new z.ZStream();
  expect(z.deflateInit2(s, level, 8, windowBits, 8, 0)).toBe(z.Z_OK);
  const parts: Uint8Array[] = [];
  const drain = (flush: number): number => {
    let res: number;
    do {
      const out = new Uint8Array(outSize);
      s.output = out;
      s.next_out = 0;
      s.avail_out = outSize;
      res = z.deflate(s, flush);
      parts.push(out.slice(0, outSize - s.avail_out));
    } while (s.avail_out === 0 && res === z.Z_OK);
    return res;
  };
  for (let at = 0; at < data.length; at += inSize) {
    s.input = data.subarray(at, Math.min(data.length, at + inSize));
    s.next_in = 0;
    s.avail_in = s.input.length;
    drain(0);
  }
  s.input = null;
  s.avail_in = 0;
  expect(drain(4)).toBe(z.Z_STREAM_END);
  expect(z.deflateEnd(s)).toBe(z.Z_OK);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

describe('zlib NIFs', () => {
  it('registers every NIF zlib.erl declares', () => {
    const erts = fs.readdirSync('/usr/lib/erlang/lib').find((d) => d.startsWith('erts-'));
    const erl = fs.readFileSync(`/usr/lib/erlang/lib/${erts}/src/zlib.erl`, 'utf8');
    const decl = /-nifs\(\[([^\]]*)\]\)/s.exec(erl)![1].split(',').map((s) => s.trim());
    expect(decl.length).toBe(22);
    const have = nifsOf('zlib');
    expect(decl.filter((k) => !have.has(k))).toEqual([]);
  });
});

describe('zlib engine', () => {
  const data = sample(120000, 7);
  // Not level 0: zlib's stored blocks are cut where the output buffer ends, so their bytes
  // depend on the buffer sizes (erts's NIF uses the same sizes as zlib.erl asks, and so do we).
  for (const level of [1, 6, 9]) {
    it(`streaming deflate at level ${level} gives pako's one-shot bytes, for any buffer sizes`, () => {
      const zlibWrapped = pakoDeflate(data, { level: level as 0 });
      const raw = pakoDeflateRaw(data, { level: level as 0 });
      for (const [inSize, outSize] of [
        [data.length, 1 << 20],
        [8192, 8192],
        [1000, 777],
        [65536, 13],
      ]) {
        expect(Buffer.from(streamDeflate(data, level, 15, inSize, outSize)).equals(Buffer.from(zlibWrapped))).toBe(true);
        expect(Buffer.from(streamDeflate(data, level, -15, inSize, outSize)).equals(Buffer.from(raw))).toBe(true);
      }
    });
  }

  it('inflateGetDictionary returns the last window of output, oldest first', () => {
    const plain = sample(70000, 3);
    const compressed = pakoDeflate(plain);
    const s = new z.ZStream();
    expect(z.inflateInit2(s, 15)).toBe(z.Z_OK);
    expect(z.inflateGetDictionary(s)).toEqual(new Uint8Array(0));
    s.input = compressed;
    s.next_in = 0;
    s.avail_in = compressed.length;
    // Stopped short of the end: the call that reaches the end of the stream does not update the
    // window in zlib (its output is counted before the checksum and left out of the window).
    let produced = 0;
    while (produced < 50000) {
      s.output = new Uint8Array(5000);
      s.next_out = 0;
      s.avail_out = 5000;
      expect(z.inflate(s, 0)).toBe(z.Z_OK);
      produced += 5000 - s.avail_out;
    }
    const dict = z.inflateGetDictionary(s) as Uint8Array;
    expect(dict.length).toBe(32768);
    expect(Buffer.from(dict).equals(Buffer.from(plain.subarray(produced - 32768, produced)))).toBe(true);
  });

  it('deflateParams refuses levels and strategies zlib refuses', () => {
    const s = new z.ZStream();
    expect(z.deflateInit2(s, 6, 8, 15, 8, 0)).toBe(z.Z_OK);
    expect(z.deflateParams(s, 10, 0)).toBe(z.Z_STREAM_ERROR);
    expect(z.deflateParams(s, 1, 5)).toBe(z.Z_STREAM_ERROR);
    expect(z.deflateParams(s, -1, 1)).toBe(z.Z_OK);
    expect(z.deflateParams(new z.ZStream(), 1, 0)).toBe(z.Z_STREAM_ERROR);
  });
});
