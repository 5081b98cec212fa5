// The modules every compiled program carries whatever it calls: those the boot
// script makes init load (its preLoaded list, then the primLoad lists up to
// kernel_load_completed, which is all an interactive boot loads from it), and those
// erts has loaded by the time `erl -noshell -eval ...` runs the expression: the
// kernel application's processes, logger's handler, the group leader. The latter
// are mostly reached through child specs and configuration, not through calls, so
// no import table shows them: they are listed here, and test/aot-boot-set.test.ts
// checks the list against code:all_loaded() on erts.

import { decodeTerm } from '../../runtime/term/etf-decode.js';
import { listToArray } from '../../runtime/term/list.js';
import { Atom } from '../../runtime/term/atom.js';
import type { Term } from '../../runtime/term/term.js';
import { errors } from '../diagnostics.js';

/**
 * What erts 25 has loaded when `erl -noshell -eval E` evaluates E, beyond the preloaded modules
 * and the boot script's first primLoad list (sorted).
 */
export const LOADED_AT_BOOT: readonly string[] = [
  'beam_lib', 'binary', 'c', 'erl_anno', 'erl_distribution', 'erl_features', 'erl_internal', 'erl_scan',
  'erl_signal_handler', 'erpc', 'gb_sets', 'gb_trees', 'global', 'global_group', 'inet', 'inet_config', 'inet_db',
  'inet_gethost_native', 'inet_parse', 'inet_udp', 'io_lib', 'kernel_config', 'kernel_refc', 'logger_formatter',
  'logger_h_common', 'logger_handler_watcher', 'logger_olp', 'logger_proxy', 'logger_std_h', 'logger_sup', 'maps',
  'net_kernel', 'orddict', 'ordsets', 'os', 'otp_internal', 'peer', 'proplists', 'queue', 'rand', 'raw_file_io',
  'rpc', 'standard_error', 'string', 'supervisor_bridge', 'unicode', 'unicode_util', 'user', 'user_sup',
];

/** What an Elixir program's start (`-s elixir start_cli`) loads beyond what its calls show. */
export const ELIXIR_STARTUP: readonly string[] = ['elixir', 'Elixir.Kernel.CLI'];

export interface BootScript {
  preloaded: string[];
  /** Modules of the primLoad lists an interactive boot loads (before kernel_load_completed). */
  primLoad: string[];
  /** Modules of every primLoad list (an embedded boot loads them all). */
  allPrimLoad: string[];
}

function atoms(t: Term | undefined): string[] {
  return (t !== undefined ? (listToArray(t) ?? []) : []).filter((a): a is Atom => a instanceof Atom).map((a) => a.name);
}

/** The module lists of a boot file (term_to_binary of {script, Name, Instructions}). */
export function readBootScript(bytes: Uint8Array, file: string): BootScript {
  let instrs: Term[] | undefined;
  try {
    const t = decodeTerm(bytes);
    if (Array.isArray(t) && t.length === 3 && t[0] instanceof Atom && t[0].name === 'script') instrs = listToArray(t[2]);
  } catch {
    instrs = undefined;
  }
  if (instrs === undefined) throw errors.corruptChunk(file, 'boot script', 'not a {script, Name, Instructions} term');
  const out: BootScript = { preloaded: [], primLoad: [], allPrimLoad: [] };
  let kernelLoaded = false;
  for (const ins of instrs) {
    if (ins instanceof Atom) continue;
    if (!Array.isArray(ins) || !(ins[0] instanceof Atom)) continue;
    const tag = ins[0].name;
    if (tag === 'preLoaded') out.preloaded.push(...atoms(ins[1]));
    else if (tag === 'kernel_load_completed') kernelLoaded = true;
    else if (tag === 'primLoad') {
      const ms = atoms(ins[1]);
      out.allPrimLoad.push(...ms);
      if (!kernelLoaded) out.primLoad.push(...ms);
    }
  }
  return out;
}
