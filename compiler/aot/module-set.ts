// Which modules a compiled program carries: the roots (the boot set, the inputs,
// --include'd modules, the callback modules of the applications it starts), then
// everything they reach, transitively: the modules of their external calls (the
// import table), of `fun M:F/A` literals, and, where a name is a module's only trace,
// atoms that name modules (every atom of the inputs' own modules, for their
// apply(M, F, A) and spawn(M, ...); `Elixir.*` atoms anywhere, for protocol
// implementations that Elixir dispatches to by computed name). A module reached only
// through a name computed at run time is not seen: calling it fails with erts's undef,
// and --include adds it. The applications the program starts (and theirs, by their
// .app files) must all be present; --all-otp takes every module of theirs.

import { readBeam } from '../beam/index.js';
import type { Atom } from '../../runtime/term/atom.js';
import { errors, warnings } from '../diagnostics.js';
import type { AppEntry, ModuleEntry, ModuleIndex } from './module-index.js';

export interface ModuleSetOptions {
  index: ModuleIndex;
  /** Modules included whatever they are (boot set, inputs, --include). */
  roots: string[];
  /** Applications the program starts or loads: their dependencies must exist, their callback modules are roots. */
  startedApps: string[];
  /** Every module of every application in the dependency closure (--all-otp). */
  allOfApps: boolean;
  /** Where the OTP (and Elixir) installation is, for messages. */
  searched: string;
}

export interface ModuleSet {
  modules: ModuleEntry[];
  /** Applications whose directory the program needs (an .app file, its modules, its files). */
  apps: AppEntry[];
  /** Warnings about calls from the inputs to modules that exist nowhere. */
  warnings: string[];
}

/** The applications `started` need, by their .app files (applications and included_applications), transitively. */
function appClosure(opts: ModuleSetOptions): AppEntry[] {
  const out = new Map<string, AppEntry>();
  const visit = (name: string, neededBy: AppEntry | null, optional: boolean) => {
    if (out.has(name)) return;
    const app = opts.index.apps.get(name);
    if (app === undefined) {
      if (optional) return;
      throw errors.missingApplication(neededBy?.appFile ?? name, neededBy?.name ?? name, name, opts.searched);
    }
    out.set(name, app);
    const spec = app.spec;
    if (spec === null) return;
    const optionalDeps = new Set(spec.optionalApplications);
    for (const dep of [...spec.applications, ...spec.includedApplications]) visit(dep, app, optionalDeps.has(dep));
  };
  for (const a of opts.startedApps) visit(a, null, false);
  return [...out.values()];
}

export function computeModuleSet(opts: ModuleSetOptions): ModuleSet {
  const { index } = opts;
  const started = appClosure(opts);
  const roots = [...opts.roots];
  for (const app of started) {
    if (app.spec?.mod != null) roots.push(app.spec.mod);
    if (opts.allOfApps) roots.push(...app.modules);
  }
  const included = new Map<string, ModuleEntry>();
  const warned = new Set<string>();
  const out: string[] = [];
  const queue = roots.slice().reverse();
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (included.has(name)) continue;
    const entry = index.modules.get(name);
    if (entry === undefined) continue;
    included.set(name, entry);
    const fromInput = entry.origin === 'input';
    const reach = (m: string, callee: string | null) => {
      if (index.modules.has(m)) {
        if (!included.has(m)) queue.push(m);
      } else if (fromInput && callee !== null && !warned.has(`${name}>${m}`)) {
        warned.add(`${name}>${m}`);
        out.push(warnings.unresolvedCall(entry.file, name, callee));
      }
    };
    const beam = readBeam(entry.bytes(), entry.file, {
      resolveExport: (m: Atom, f: Atom, a: number) => {
        reach(m.name, `${m.name}:${f.name}/${a}`);
        return undefined as never;
      },
    });
    for (const imp of beam.imports) reach(imp.module, `${imp.module}:${imp.name}/${imp.arity}`);
    for (const a of beam.atoms) {
      if (fromInput || a.startsWith('Elixir.')) reach(a, null);
    }
  }
  const apps = new Map<string, AppEntry>(started.map((a) => [a.name, a]));
  for (const m of included.values()) if (m.app !== null && !apps.has(m.app.name)) apps.set(m.app.name, m.app);
  return { modules: [...included.values()], apps: [...apps.values()], warnings: out };
}
