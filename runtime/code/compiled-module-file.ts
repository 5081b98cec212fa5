// Reading a compiled module's ES module file (compiler/aot/es-module.ts writes it)
// without importing it: synchronously, when the loader first needs the module, so
// that a compiled program parses only the modules it runs (importing them all up
// front costs about twice the time and memory of a whole boot). The factory is
// evaluated as a script under the file's own URL, from line 1 as in the file, so
// stack traces and the line tables are the same as for the imported module, and the
// source map comment is kept for debuggers. The exports after the factory are one
// JSON value per line.

import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import type { CompiledModuleExports } from './precompiled.js';

const HEAD = 'export default ';
/** What ends the factory: the line after its closing `})`. */
export const FACTORY_END = '\n;\n';

/** V8's code cache of a module's factory, beside its file: made by `beamjs compile`, used when V8 accepts it. */
export const CODE_CACHE_SUFFIX = '.v8';

/** The script a factory is evaluated as (the code cache is made for exactly this text). */
export function factorySource(factory: string, mapComment: string): string {
  return `${factory}\n${mapComment}`;
}

/** Read `file`; with `codeCache`, take V8's code cache beside it when there is one. */
export function readCompiledModuleFile(file: string, codeCache: boolean): CompiledModuleExports {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf(FACTORY_END);
  if (!text.startsWith(HEAD) || end < 0) throw new Error(`${file} is not a compiled module (no factory)`);
  const url = pathToFileURL(file).href;
  const values = new Map<string, unknown>();
  let mapComment = '';
  for (const line of text.slice(end + FACTORY_END.length).split('\n')) {
    const m = /^export const (\w+) = (.*);$/.exec(line);
    if (m !== null && m[1] !== 'url') values.set(m[1], JSON.parse(m[2]));
    else if (line.startsWith('//# sourceMappingURL=')) mapComment = line;
  }
  // The factory text starts after `export default ` on line 1: a script of it keeps every line number.
  // (The map's URL stays relative, resolved against the script's: the source is the same wherever
  // the program is, so V8's code cache of it, made when the program was compiled, still applies.)
  const source = factorySource(text.slice(HEAD.length, end), mapComment);
  const cacheFile = `${file}${CODE_CACHE_SUFFIX}`;
  const cachedData = codeCache && fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
  const script = new vm.Script(source, { filename: url, cachedData });
  return {
    name: values.get('name') as string,
    default: script.runInThisContext() as Function,
    beam: values.get('beam') as string,
    lines: values.get('lines') as number[],
    resumeLines: values.get('resumeLines') as Record<number, number>,
    callSites: values.get('callSites') as Record<number, number>,
    onLoad: (values.get('onLoad') ?? null) as [string, number] | null,
    url,
  };
}
