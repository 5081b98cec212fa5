// The source map of a compiled module: each generated line that runs Erlang code
// maps to the .erl file and line its `line` instruction names (GeneratedModule's
// lineIndexes into the .beam's Line chunk), so that a JS stack (node
// --enable-source-maps) and a breakpoint in Node's inspector or Chrome's devtools
// land on Erlang source. Sources are the file names as the .beam records them
// (relative to where erlc ran, or absolute); sourceRoot says where that was, from
// the compile info's source path, so that a debugger can open the files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SourceMapGenerator } from 'source-map';
import type { BeamFile } from '../beam/index.js';
import type { GeneratedModule } from '../codegen/module-gen.js';
import { Atom } from '../../runtime/term/atom.js';
import { listToArray } from '../../runtime/term/list.js';
import type { Term } from '../../runtime/term/term.js';

/** The `source` of the module's compile info (an absolute path), if recorded. */
function compiledFrom(beam: BeamFile): string | undefined {
  for (const prop of listToArray(beam.compileInfo) ?? []) {
    if (!Array.isArray(prop) || prop.length !== 2 || !(prop[0] instanceof Atom) || prop[0].name !== 'source') continue;
    const chars = listToArray(prop[1] as Term);
    if (chars === undefined || !chars.every((c) => typeof c === 'number')) return undefined;
    return String.fromCodePoint(...(chars as number[]));
  }
  return undefined;
}

/**
 * The directory the relative file names are relative to: where erlc ran, found by matching a
 * recorded name against the end of the source path; for an installed application whose build
 * directory is gone, its src/ directory beside `beamFile`'s ebin when that holds the sources.
 */
function sourceRoot(beam: BeamFile, beamFile: string | null): string | undefined {
  const source = compiledFrom(beam);
  const used = [...new Set(beam.lines.items.slice(1).map((it) => beam.lines.files[it.file] ?? beam.lines.files[0]))];
  const relative = used.filter((f) => !path.isAbsolute(f));
  // A root would be prefixed to absolute names too (Node prefixes sourceRoot as text).
  if (relative.length === 0 || relative.length < used.length) return undefined;
  let root: string | undefined;
  if (source !== undefined) {
    const match = relative.find((f) => source.endsWith(`/${f}`));
    root = match !== undefined ? source.slice(0, source.length - match.length) : path.dirname(source) + '/';
  }
  const exists = (dir: string) => relative.every((f) => fs.existsSync(path.join(dir, f)));
  if (root !== undefined && exists(root)) return root;
  if (beamFile !== null) {
    const src = path.join(path.dirname(path.dirname(beamFile)), 'src') + '/';
    if (exists(src)) return src;
  }
  return root;
}

export function sourceMapText(beam: BeamFile, generated: GeneratedModule, esFile: string, beamFile: string | null): string {
  const root = sourceRoot(beam, beamFile);
  const gen = new SourceMapGenerator({ file: esFile, sourceRoot: root !== undefined ? pathToFileURL(root).href + (root.endsWith('/') ? '' : '/') : undefined });
  const { items, files } = beam.lines;
  generated.lineIndexes.forEach((li, i) => {
    const item = li !== 0 ? items[li] : undefined;
    if (item === undefined || item.line <= 0) return;
    gen.addMapping({ generated: { line: i + 1, column: 0 }, original: { line: item.line, column: 0 }, source: files[item.file] ?? files[0] });
  });
  return gen.toString();
}
