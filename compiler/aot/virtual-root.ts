// The real files of a compiled program's directory besides its code: the OTP root
// init boots from (otp/bin/start.boot, otp/releases/REL/, the erts version
// directory erlexec names as bindir), and a directory per application it carries
// (APP/ebin with its .app file, and its priv/ files) plus ebin/ for modules outside
// applications. The .beam files themselves are not written: the ES modules carry
// them, and runtime/nifs/prim_file-bundled.ts serves them at these paths.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppEntry } from './module-index.js';

export interface RootFiles {
  otpRoot: string;
  otpRelease: string;
  ertsVersion: string;
  /** The boot script init reads (otp/bin/start.boot). */
  bootScript: Uint8Array;
  /** A release's boot script, written as otp/releases/VSN/start.boot. */
  release: { vsn: string; bootScript: Uint8Array } | null;
}

function write(file: string, data: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

export function writeVirtualRoot(out: string, root: RootFiles, apps: readonly AppEntry[], looseModules: boolean): void {
  const otp = path.join(out, 'otp');
  write(path.join(otp, 'bin', 'start.boot'), root.bootScript);
  const rel = path.join(root.otpRoot, 'releases', root.otpRelease);
  for (const f of ['OTP_VERSION', 'start.boot']) {
    if (fs.existsSync(path.join(rel, f))) write(path.join(otp, 'releases', root.otpRelease, f), fs.readFileSync(path.join(rel, f)));
  }
  if (root.release !== null) write(path.join(otp, 'releases', root.release.vsn, 'start.boot'), root.release.bootScript);
  fs.mkdirSync(path.join(otp, `erts-${root.ertsVersion}`, 'bin'), { recursive: true });
  for (const app of apps) {
    const ebin = path.join(out, app.dir, 'ebin');
    fs.mkdirSync(ebin, { recursive: true });
    if (app.appText !== null) write(path.join(ebin, `${app.name}.app`), app.appText);
    for (const f of app.files) write(path.join(out, app.dir, f.rel), f.bytes);
  }
  if (looseModules) fs.mkdirSync(path.join(out, 'ebin'), { recursive: true });
}
