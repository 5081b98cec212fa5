// Corrupting .beam files on purpose, for the bad-input and fuzz tests: a reader of
// the IFF container independent of compiler/beam (so a bug there cannot hide a
// mutant's shape), a seeded random generator, and the mutations themselves:
// truncations, byte flips, chunk sizes past the end, swapped or replaced chunk
// ids, dropped and duplicated chunks, a Code chunk cut inside its instructions.

export interface ChunkSpan {
  id: string;
  /** Offset of the chunk's 8-byte header (id, size) in the file. */
  header: number;
  /** Offset of the chunk's data. */
  data: number;
  size: number;
}

function u32(b: Uint8Array, p: number): number {
  return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
}

function putU32(b: Uint8Array, p: number, v: number): void {
  b[p] = (v >>> 24) & 0xff;
  b[p + 1] = (v >>> 16) & 0xff;
  b[p + 2] = (v >>> 8) & 0xff;
  b[p + 3] = v & 0xff;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** The chunks of a well-formed .beam file (the originals the mutants start from). */
export function chunkSpans(bytes: Uint8Array): ChunkSpan[] {
  const tag = (p: number) => String.fromCharCode(...bytes.subarray(p, p + 4));
  if (tag(0) !== 'FOR1' || tag(8) !== 'BEAM') throw new Error('not a BEAM file');
  const end = 8 + u32(bytes, 4);
  const out: ChunkSpan[] = [];
  for (let p = 12; p + 8 <= end; ) {
    const size = u32(bytes, p + 4);
    out.push({ id: tag(p), header: p, data: p + 8, size });
    p += 8 + pad4(size);
  }
  return out;
}

/** A .beam file from chunks, in the given order, with padding and form size as erlc writes them. */
export function buildBeam(chunks: ReadonlyArray<{ id: string; data: Uint8Array }>): Uint8Array {
  const total = 12 + chunks.reduce((n, c) => n + 8 + pad4(c.data.length), 0);
  const out = new Uint8Array(total);
  out.set(Buffer.from('FOR1', 'latin1'), 0);
  putU32(out, 4, total - 8);
  out.set(Buffer.from('BEAM', 'latin1'), 8);
  let p = 12;
  for (const c of chunks) {
    out.set(Buffer.from(c.id, 'latin1'), p);
    putU32(out, p + 4, c.data.length);
    out.set(c.data, p + 8);
    p += 8 + pad4(c.data.length);
  }
  return out;
}

/** The file offset where the instructions of the Code chunk begin (after its sub-header). */
export function codeStart(bytes: Uint8Array): number {
  const code = chunkSpans(bytes).find((c) => c.id === 'Code');
  if (code === undefined) throw new Error('no Code chunk');
  return code.data + 4 + u32(bytes, code.data);
}

/** The same file with its Code chunk's data cut to `keep` bytes (the rest rebuilt around it). */
export function cutCode(bytes: Uint8Array, keep: number): Uint8Array {
  return buildBeam(
    chunkSpans(bytes).map((c) => ({
      id: c.id,
      data: bytes.slice(c.data, c.data + (c.id === 'Code' ? Math.min(keep, c.size) : c.size)),
    })),
  );
}

/** mulberry32: a small deterministic generator, so that a seed names a whole fuzz run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  /** What was done, e.g. 'flip Code+37 ^0x10', for the report of a failing case. */
  label: string;
  bytes: Uint8Array;
}

/** The chunks erts reads when loading (the others, such as Dbgi or Meta, it skips). */
const LOADED = ['AtU8', 'Code', 'StrT', 'ImpT', 'ExpT', 'LocT', 'FunT', 'LitT', 'Line', 'Attr', 'CInf', 'Type'];

/**
 * `count` mutants of `orig`, drawn with `rnd`. Byte flips go mostly into the chunks
 * erts reads, and within those mostly into Code, where the interesting failures live.
 */
export function mutate(orig: Uint8Array, rnd: () => number, count: number): Mutant[] {
  const spans = chunkSpans(orig);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const loaded = spans.filter((c) => LOADED.includes(c.id) && c.size > 0);
  const code = spans.find((c) => c.id === 'Code')!;
  const out: Mutant[] = [];

  const flip = (): Mutant => {
    const b = orig.slice();
    const r = rnd();
    // Half the flips land in Code, most of the rest in other chunks erts reads, a few anywhere.
    const c = r < 0.5 ? code : r < 0.9 ? pick(loaded) : undefined;
    const n = 1 + int(3);
    const where: string[] = [];
    for (let i = 0; i < n; i++) {
      const at = c === undefined ? int(b.length) : c.data + int(c.size);
      const mask = rnd() < 0.5 ? 1 << int(8) : 1 + int(255);
      b[at] ^= mask;
      where.push(c === undefined ? `@${at}^0x${mask.toString(16)}` : `${c.id}+${at - c.data}^0x${mask.toString(16)}`);
    }
    return { label: `flip ${where.join(' ')}`, bytes: b };
  };

  const truncate = (): Mutant => {
    // Near a chunk boundary half the time (header, id, size, first data bytes), else anywhere.
    const near = Math.max(1, pick(spans).header + int(12) - 2);
    const at = Math.min(orig.length - 1, rnd() < 0.5 ? near : 1 + int(orig.length - 1));
    return { label: `truncate to ${at} bytes`, bytes: orig.slice(0, at) };
  };

  const sizePastEnd = (): Mutant => {
    const b = orig.slice();
    const c = pick(spans);
    const left = orig.length - c.data;
    const size = rnd() < 0.5 ? left + 1 + int(64) : 0x7fffff00 + int(0xff);
    putU32(b, c.header + 4, size);
    return { label: `size of ${c.id} set to ${size} (${left} bytes left)`, bytes: b };
  };

  const swapIds = (): Mutant => {
    const b = orig.slice();
    const x = pick(spans);
    const others = spans.filter((c) => c !== x);
    const y = pick(others);
    b.set(orig.subarray(y.header, y.header + 4), x.header);
    b.set(orig.subarray(x.header, x.header + 4), y.header);
    return { label: `swap ids ${x.id} <-> ${y.id}`, bytes: b };
  };

  const renameId = (): Mutant => {
    const b = orig.slice();
    const x = pick(spans);
    const id = rnd() < 0.5 ? pick(spans.filter((c) => c !== x)).id : 'Xxxx';
    b.set(Buffer.from(id, 'latin1'), x.header);
    return { label: `rename ${x.id} to ${id}`, bytes: b };
  };

  const dropOrDuplicate = (): Mutant => {
    const chunks = spans.map((c) => ({ id: c.id, data: orig.slice(c.data, c.data + c.size) }));
    const i = int(chunks.length);
    if (rnd() < 0.5) {
      const id = chunks[i].id;
      chunks.splice(i, 1);
      return { label: `drop ${id}`, bytes: buildBeam(chunks) };
    }
    // A second copy of a chunk with one byte changed: which of the two does the reader keep?
    const copy = { id: chunks[i].id, data: chunks[i].data.slice() };
    if (copy.data.length > 0) copy.data[int(copy.data.length)] ^= 1 + int(255);
    chunks.splice(int(chunks.length + 1), 0, copy);
    return { label: `duplicate ${copy.id} (one byte changed)`, bytes: buildBeam(chunks) };
  };

  const cutInsideCode = (): Mutant => {
    const keep = 4 + int(code.size - 4);
    return { label: `Code cut to ${keep} of ${code.size} bytes`, bytes: cutCode(orig, keep) };
  };

  const formSize = (): Mutant => {
    const b = orig.slice();
    const delta = pick([-4, -1, 1, 4, 1000]);
    putU32(b, 4, u32(orig, 4) + delta);
    return { label: `form size ${delta > 0 ? '+' : ''}${delta}`, bytes: b };
  };

  const kinds: Array<[number, () => Mutant]> = [
    [40, flip],
    [14, truncate],
    [10, sizePastEnd],
    [8, swapIds],
    [6, renameId],
    [8, dropOrDuplicate],
    [10, cutInsideCode],
    [4, formSize],
  ];
  const total = kinds.reduce((n, [w]) => n + w, 0);
  for (let i = 0; i < count; i++) {
    let r = rnd() * total;
    const kind = kinds.find(([w]) => (r -= w) < 0)![1];
    out.push(kind());
  }
  return out;
}
