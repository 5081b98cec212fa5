// The Line chunk: where each `line` instruction of the code points in the source.
//
// Layout (version 0): version, flags, number of line instructions, number of line
// items, number of file names (all u32); the items as compact terms, where an
// a-tagged value switches the current file and an i-tagged value is a line of the
// current file (one item each); then the file names, each a u16 length and UTF-8.
// File 0 is not stored: it is the module's own "Module.erl", as erts names it.
// Item 0 is not stored either: it means "no location".

import { ByteReader, fail } from './byte-reader.js';
import { readCompact, TAG_A, TAG_I } from './compact-term.js';

export interface LineItem {
  /** Index into `files`. */
  file: number;
  /** 0 for item 0, "no location". */
  line: number;
}

export interface LineTable {
  /** files[0] is `${module}.erl`; the rest as the chunk names them. */
  files: string[];
  /** items[0] is the "no location" entry; `line` operands index this array. */
  items: LineItem[];
  /** How many `line` instructions the code has, as the chunk says. */
  instructionCount: number;
  flags: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function emptyLineTable(module: string): LineTable {
  return { files: [`${module}.erl`], items: [{ file: 0, line: 0 }], instructionCount: 0, flags: 0 };
}

export function parseLines(data: Uint8Array, module: string): LineTable {
  const r = new ByteReader(data);
  const version = r.u32('version');
  // erts ignores a line table of another version: the code loads without locations.
  if (version !== 0) return emptyLineTable(module);
  const flags = r.u32('flags');
  const instructionCount = r.u32('line instruction count');
  const itemCount = r.u32('line item count');
  const nameCount = r.u32('file name count');
  if (itemCount > r.left) fail(`line item count ${itemCount} exceeds the chunk`);
  if (nameCount * 2 > r.left) fail(`file name count ${nameCount} exceeds the chunk`);

  const items: LineItem[] = [{ file: 0, line: 0 }];
  let file = 0;
  while (items.length <= itemCount) {
    const v = readCompact(r);
    if (v.tag === TAG_A) {
      if (typeof v.value !== 'number' || v.value > nameCount) fail(`line item names file ${v.value} of ${nameCount}`);
      file = v.value;
    } else if (v.tag === TAG_I) {
      if (typeof v.value !== 'number' || v.value < 0) fail(`line number ${v.value}`);
      items.push({ file, line: v.value });
    } else {
      fail(`line item with tag ${v.tag}`);
    }
  }

  const files = [`${module}.erl`];
  for (let i = 1; i <= nameCount; i++) {
    const len = r.u16(`length of file name ${i}`);
    if (len & 0x8000) fail(`file name ${i} has a negative length`);
    const raw = r.take(len, `file name ${i}`);
    if (len === 0) {
      // erts stands in the module's own file for an empty name.
      files.push(files[0]);
      continue;
    }
    try {
      files.push(utf8.decode(raw));
    } catch {
      fail(`file name ${i} is not valid UTF-8`);
    }
  }
  return { files, items, instructionCount, flags };
}
