// The compiler's front door: .beam bytes to generated JS, running the stages in
// order (compiler/beam reads the chunks, compiler/ops decodes instructions,
// compiler/ir splits functions, compiler/codegen writes JS). Used by the loader
// at run time and by `beamjs compile` ahead of time.

import { readBeam, type BeamFile, type ReadOptions } from './beam/index.js';
import { decodeCode } from './ops/decode.js';
import { generateModule, type GeneratedModule } from './codegen/module-gen.js';
import { validateModule } from './ir/validate.js';
import { BIF_TABLE } from '../runtime/bifs/bif-table.js';

const bifs = new Set(BIF_TABLE.map(([m, f, a]) => `${m}:${f}/${a}`));
const isBif = (m: string, f: string, a: number) => bifs.has(`${m}:${f}/${a}`);

export interface Translation {
  beam: BeamFile;
  generated: GeneratedModule;
}

export interface TranslateOptions extends ReadOptions {
  /** For a module with native functions: which ('name/arity') get a body that calls the NIF. */
  nifsOf?: (module: string) => ReadonlySet<string>;
}

export function translateBeam(bytes: Uint8Array, file: string, opts: TranslateOptions = {}): Translation {
  const beam = readBeam(bytes, file, opts);
  return { beam, generated: generateFromBeam(beam, file, opts) };
}

/** The code generation stages for a file already read (the loader reads first, to look in its cache). */
export function generateFromBeam(beam: BeamFile, file: string, opts: TranslateOptions = {}): GeneratedModule {
  const instrs = decodeCode(beam.code.bytes, {
    atoms: beam.atoms,
    file,
    module: beam.module,
    labelCount: beam.code.labelCount,
    literalCount: beam.literals.length,
  });
  validateModule({
    file,
    module: beam.module,
    instrs,
    maxOpcode: beam.code.maxOpcode,
    labelCount: beam.code.labelCount,
    imports: beam.imports,
    funs: beam.funs,
    isBif,
  });
  return generateModule({
    file,
    module: beam.module,
    instrs,
    labelCount: beam.code.labelCount,
    imports: beam.imports,
    funs: beam.funs,
    nifs: opts.nifsOf?.(beam.module),
  });
}
