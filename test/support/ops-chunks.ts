// A deliberately minimal .beam chunk extractor for test/ops.test.ts: just enough IFF parsing
// to hand the opcode decoder its inputs (the code bytes and the atom table), so that the
// decoder's tests do not depend on compiler/beam, the real reader, which is tested apart.

import { readFileSync } from 'node:fs';

export interface OpsInput {
  module: string;
  /** atoms[i - 1] is atom index i. */
  atoms: string[];
  /** The instruction bytes: the Code chunk after its header. */
  code: Uint8Array;
  labelCount: number;
}

export function readOpsInput(file: string): OpsInput {
  const buf = readFileSync(file);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.toString('latin1', 0, 4) !== 'FOR1' || buf.toString('latin1', 8, 12) !== 'BEAM') {
    throw new Error(`${file}: not an uncompressed BEAM file`);
  }
  const chunks = new Map<string, Uint8Array>();
  for (let pos = 12; pos + 8 <= buf.length; ) {
    const id = buf.toString('latin1', pos, pos + 4);
    const size = view.getUint32(pos + 4);
    chunks.set(id, buf.subarray(pos + 8, pos + 8 + size));
    pos += 8 + ((size + 3) & ~3); // chunks are padded to 4 bytes
  }
  const atomChunk = chunks.get('AtU8') ?? chunks.get('Atom');
  const codeChunk = chunks.get('Code');
  if (atomChunk === undefined || codeChunk === undefined) throw new Error(`${file}: no atom or Code chunk`);
  const utf8 = chunks.has('AtU8');
  const atoms: string[] = [];
  const n = new DataView(atomChunk.buffer, atomChunk.byteOffset).getInt32(0);
  if (n < 0) throw new Error(`${file}: long atom counts (OTP 28+) are not expected here`);
  for (let i = 0, p = 4; i < n; i++) {
    const len = atomChunk[p]!;
    atoms.push(Buffer.from(atomChunk.subarray(p + 1, p + 1 + len)).toString(utf8 ? 'utf8' : 'latin1'));
    p += 1 + len;
  }
  const code = new DataView(codeChunk.buffer, codeChunk.byteOffset, codeChunk.byteLength);
  const headerSize = code.getUint32(0); // counts the words after itself
  const labelCount = code.getUint32(12);
  return { module: atoms[0]!, atoms, code: codeChunk.subarray(4 + headerSize), labelCount };
}
