// Every module a compiled program could carry, and where each would sit in its
// directory: the inputs' first, then Elixir's (when the program uses Elixir), then
// the OTP installation's, the order in which the program's code path finds them.
// Each application gets a directory inside DIR that mirrors where it is installed:
// OTP's under otp/lib/APP-VSN (otp/ is the program's OTP root), Elixir's under
// elixir/lib/APP, the inputs' under lib/APP-VSN (a release's under otp/lib/APP-VSN,
// where its boot script expects them), and modules outside applications in ebin/.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAppFile, type AppSpec } from './app-file.js';
import type { InputModule, Inputs } from './inputs.js';

export type Origin = 'input' | 'elixir' | 'otp';

export interface AppEntry {
  name: string;
  vsn: string;
  origin: Origin;
  /** The application's directory inside DIR, '/'-separated. */
  dir: string;
  /** null for an application without an .app file (erts). */
  spec: AppSpec | null;
  appText: string | null;
  /** Where the .app file was read from (a path, or ARCHIVE!MEMBER), for messages. */
  appFile: string | null;
  /** Module names, from the ebin directory (not the .app file, which may list fewer). */
  modules: string[];
  /** Files besides ebin/ to copy (an input application's priv/), by path relative to `dir`. */
  files: Array<{ rel: string; bytes: Uint8Array }>;
}

export interface ModuleEntry {
  name: string;
  app: AppEntry | null;
  origin: Origin;
  /** Where the bytes come from, for messages. */
  file: string;
  bytes(): Uint8Array;
  /** The .beam's path inside DIR, '/'-separated. */
  beamPath: string;
}

export interface ModuleIndex {
  modules: Map<string, ModuleEntry>;
  /** Applications by name: the one the code path would find first. */
  apps: Map<string, AppEntry>;
  otpRoot: string;
  /** Elixir's lib directory, when Elixir is used. */
  elixirLib: string | null;
}

/** An installed application directory: lib/APP-VSN (OTP) or lib/APP (Elixir). */
function installedApp(appDir: string, origin: Origin, dir: string, index: ModuleIndex): void {
  const base = path.basename(appDir);
  const m = /^([a-z_0-9]+)(?:-([\d.]+))?$/.exec(base);
  const ebin = path.join(appDir, 'ebin');
  if (m === null || !fs.existsSync(ebin)) return;
  const names = fs.readdirSync(ebin).sort();
  const appName = `${m[1]}.app`;
  const appText = names.includes(appName) ? fs.readFileSync(path.join(ebin, appName), 'utf8') : null;
  const spec = appText !== null ? parseAppFile(appText, path.join(ebin, appName)) : null;
  const app: AppEntry = {
    name: m[1],
    vsn: spec?.vsn ?? m[2] ?? '',
    origin,
    dir,
    spec,
    appText,
    appFile: appText !== null ? path.join(ebin, appName) : null,
    modules: [],
    files: [],
  };
  if (index.apps.has(app.name)) return;
  index.apps.set(app.name, app);
  for (const n of names) {
    if (!n.endsWith('.beam')) continue;
    const name = n.slice(0, -'.beam'.length);
    app.modules.push(name);
    if (index.modules.has(name)) continue;
    const file = path.join(ebin, n);
    index.modules.set(name, { name, app, origin, file, bytes: () => new Uint8Array(fs.readFileSync(file)), beamPath: `${dir}/ebin/${n}` });
  }
}

function inputModule(m: InputModule, app: AppEntry | null, dir: string, index: ModuleIndex): void {
  index.modules.set(m.name, { name: m.name, app, origin: 'input', file: m.file, bytes: () => m.bytes, beamPath: `${dir}/${m.name}.beam` });
}

/** The OTP applications of `root`: the newest version of each, as code_server picks them. */
function otpAppDirs(root: string): string[] {
  const lib = path.join(root, 'lib');
  const newest = new Map<string, { vsn: number[]; dir: string }>();
  for (const d of fs.readdirSync(lib)) {
    const m = /^([a-z_0-9]+)-([\d.]+)$/.exec(d);
    if (m === null) continue;
    const vsn = m[2].split('.').map(Number);
    const have = newest.get(m[1]);
    if (have === undefined || compareVersions(vsn, have.vsn) > 0) newest.set(m[1], { vsn, dir: path.join(lib, d) });
  }
  return [...newest.values()].map((v) => v.dir).sort();
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function buildModuleIndex(inputs: Inputs, otpRoot: string, elixirEbins: string[] | null): ModuleIndex {
  const index: ModuleIndex = { modules: new Map(), apps: new Map(), otpRoot, elixirLib: null };
  for (const a of inputs.apps) {
    const dir = `${inputs.release !== null ? 'otp/' : ''}lib/${a.spec.name}-${a.spec.vsn}`;
    const app: AppEntry = {
      name: a.spec.name,
      vsn: a.spec.vsn,
      origin: 'input',
      dir,
      spec: a.spec,
      appText: a.appText,
      appFile: a.appFile,
      modules: a.modules.map((m) => m.name),
      files: a.files,
    };
    index.apps.set(app.name, app);
    for (const m of a.modules) inputModule(m, app, `${dir}/ebin`, index);
  }
  for (const m of inputs.loose) inputModule(m, null, 'ebin', index);
  if (elixirEbins !== null) {
    index.elixirLib = elixirEbins.length > 0 ? path.dirname(path.dirname(elixirEbins[0])) : null;
    for (const ebin of elixirEbins) {
      const appDir = path.dirname(ebin);
      installedApp(appDir, 'elixir', `elixir/lib/${path.basename(appDir)}`, index);
    }
  }
  for (const appDir of otpAppDirs(otpRoot)) installedApp(appDir, 'otp', `otp/lib/${path.basename(appDir)}`, index);
  return index;
}
