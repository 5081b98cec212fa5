// Where modules are found: the code path, built as erts builds it for
// `erl -pa DIR`: the -pa directories, then the current directory, then every
// OTP application's ebin and the preloaded modules of erts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledFile } from '../nifs/prim_file-bundled.js';

const codePath: string[] = [];

export function setCodePath(dirs: string[]): void {
  codePath.length = 0;
  codePath.push(...dirs);
}

export function getCodePath(): readonly string[] {
  return codePath;
}

/** The path of Module.beam in the first code path directory that has it (a compiled program's carried files count). */
export function findModuleFile(module: string): string | undefined {
  for (const dir of codePath) {
    const f = path.join(dir, `${module}.beam`);
    if (bundledFile(f) !== undefined || fs.existsSync(f)) return f;
  }
  return undefined;
}

/** erts's ebin, where the preloaded modules are (undefined when the installation has none). */
export function ertsEbin(root: string): string | undefined {
  return otpLibDirs(root).find((d) => /[\\/]erts-[\d.]+[\\/]ebin$/.test(d));
}

/** The ebin directories of an OTP installation: lib/APP-VSN/ebin (newest version of each app), then erts's preloaded. */
export function otpLibDirs(root: string): string[] {
  const lib = path.join(root, 'lib');
  const byApp = new Map<string, string>();
  for (const d of fs.readdirSync(lib).sort()) {
    const m = /^([a-z_0-9]+)-([\d.]+)$/.exec(d);
    if (m === null || !fs.existsSync(path.join(lib, d, 'ebin'))) continue;
    byApp.set(m[1], path.join(lib, d, 'ebin'));
  }
  const dirs = [...byApp.entries()].filter(([app]) => app !== 'erts').map(([, d]) => d);
  const erts = byApp.get('erts');
  if (erts !== undefined) dirs.push(erts);
  return dirs;
}
