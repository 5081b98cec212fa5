// A compiled module's ES module (DIR/modules/<Module>.mjs): the factory module-gen.ts
// generates, as a real function and line for line where the generated JS has it
// (line N of the file is line N of GeneratedModule.js, so lineIndexes and the
// runtime's trace tables apply unchanged), then what the loader needs beside it
// (runtime/code/precompiled.ts reads these exports): the module's .beam bytes in
// base64 (module_info md5, code:get_object_code, beam_lib and the literals need the
// real file), the line table as runs, the resume lines, the call sites and the on_load function.

import type { GeneratedModule } from '../codegen/module-gen.js';
import { encodeLineRuns } from '../../runtime/code/precompiled.js';

/** A module's file name inside DIR/modules (module names are file names on erts too). */
export function esFileName(module: string): string {
  return `${module}.mjs`;
}

/** The source map comment (relative to the module's file). */
export function mapComment(module: string): string {
  return `//# sourceMappingURL=${encodeURIComponent(esFileName(module))}.map`;
}

/**
 * The file's text in pieces, to be written one after the other: joining them would copy the
 * generated code (tens of megabytes over a program) once more for nothing.
 */
export function esModuleParts(module: string, generated: GeneratedModule, beamBytes: Uint8Array): string[] {
  const js = generated.js;
  if (!js.startsWith('(function ($rt, $m) {')) throw new Error(`generated code of ${module} does not start with its factory`);
  // runtime/code/compiled-module-file.ts reads this layout: the factory, FACTORY_END, one export per line.
  const tail = [
    ';',
    `export const name = ${JSON.stringify(module)};`,
    'export const url = import.meta.url;',
    `export const lines = ${JSON.stringify(encodeLineRuns(generated.lineIndexes))};`,
    `export const resumeLines = ${JSON.stringify(generated.resumeLines)};`,
    `export const callSites = ${JSON.stringify(generated.callSites)};`,
    `export const onLoad = ${JSON.stringify(generated.onLoad ?? null)};`,
    `export const beam = "${Buffer.from(beamBytes.buffer, beamBytes.byteOffset, beamBytes.length).toString('base64')}";`,
    mapComment(module),
    '',
  ];
  return ['export default ', js, '\n', tail.join('\n')];
}

export function esModuleText(module: string, generated: GeneratedModule, beamBytes: Uint8Array): string {
  return esModuleParts(module, generated, beamBytes).join('');
}
