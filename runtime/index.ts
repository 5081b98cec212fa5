// Starting the runtime: register the BIFs, point their export entries at them,
// set the code path, and install the hooks that connect the scheduler, the
// loader and stack traces. One runtime per Node process.

import './bifs/index.js';
import './code/stacktrace.js';
import { allBifKeys } from './bifs/registry.js';
import { installBifExports, ensureLoaded } from './code/loader.js';
import { PRE_LOADED } from './code/preloaded.js';
import { setCodePath } from './code/code-path.js';
import { sched, setExceptionConverter } from './process/scheduler.js';
import { ErlangException } from './errors.js';
import { atom } from './term/atom.js';
import { BeamjsError } from '../compiler/diagnostics.js';

export interface RuntimeOptions {
  codePath: string[];
  /**
   * erts's ebin: the preloaded modules come from there, never from the code path, since erts
   * carries them inside its executable (a zlib.beam or init.beam in a -pa directory or the current
   * directory does not replace them). Without it they are searched on the code path.
   */
  preloadedDir?: string;
  maxProcesses?: number;
  /** What to do with a beamjs error (bad .beam, untranslatable code) met while running. */
  onFatal: (e: Error) => never;
}

export function startRuntime(opts: RuntimeOptions): void {
  installBifExports(allBifKeys());
  setCodePath(opts.codePath);
  // erts starts with its preloaded modules loaded (init, erlang, prim_file...).
  for (const m of PRE_LOADED) ensureLoaded(m, opts.preloadedDir);
  if (opts.maxProcesses !== undefined) sched.maxProcesses = opts.maxProcesses;
  setExceptionConverter((e) => {
    if (e instanceof ErlangException) return e;
    if (e instanceof BeamjsError) opts.onFatal(e);
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      // Only reachable through runtime code recursing natively on a huge term; Erlang code unwinds instead.
      return new ErlangException(atom('error'), atom('system_limit'));
    }
    opts.onFatal(e instanceof Error ? e : new Error(String(e)));
  });
}

export { sched };
