// What other runtime families must do when a process ends (ETS: delete the tables it owns or
// give them to their heir, drop its safe_fixtable fixes). The scheduler runs these hooks from
// terminate(), after links and monitors are signalled.

import type { Process } from './process.js';

const hooks: Array<(p: Process) => void> = [];

export function addExitHook(f: (p: Process) => void): void {
  hooks.push(f);
}

export function runExitHooks(p: Process): void {
  for (const f of hooks) f(p);
}
