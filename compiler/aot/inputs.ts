// The inputs of `beamjs compile`, read into modules and applications: a .beam file,
// an ebin directory (or an application directory holding ebin/), an .ez archive
// (compiler/aot/archive.ts), or an OTP release directory (lib/*/ebin plus
// releases/VSN/start.boot). An application is an ebin with an .app file; its priv/
// files travel with it. Nothing is translated here; every file is read once, and a
// .beam that cannot be read is a BeamjsError naming it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBeam } from '../beam/index.js';
import { errors } from '../diagnostics.js';
import { parseAppFile, type AppSpec } from './app-file.js';
import { readArchive, type ArchiveMember } from './archive.js';

export interface InputModule {
  name: string;
  bytes: Uint8Array;
  /** Where it came from, for messages: a path, or ARCHIVE!MEMBER. */
  file: string;
}

export interface InputApp {
  spec: AppSpec;
  /** The .app file's text, copied as it is. */
  appText: string;
  appFile: string;
  modules: InputModule[];
  /** Other files of the application directory (priv/...), by path relative to it. */
  files: Array<{ rel: string; bytes: Uint8Array }>;
}

export interface ReleaseInput {
  dir: string;
  vsn: string;
  /** releases/VSN/start.boot */
  bootScript: Uint8Array;
}

export interface Inputs {
  apps: InputApp[];
  /** Modules outside any application (.beam files, ebin directories without an .app). */
  loose: InputModule[];
  /** The release, when an input is a release directory: its applications are in `apps`. */
  release: ReleaseInput | null;
}

function moduleOf(bytes: Uint8Array, file: string): InputModule {
  return { name: readBeam(bytes, file).module, bytes, file };
}

function readFile(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw errors.noInput(file, (e as Error).message);
  }
}

/** An ebin directory's modules, and its application when it has an .app file. */
function readEbin(ebin: string, appDir: string | null, into: Inputs): void {
  const names = fs.readdirSync(ebin).sort();
  const modules = names.filter((n) => n.endsWith('.beam')).map((n) => moduleOf(readFile(path.join(ebin, n)), path.join(ebin, n)));
  const apps = names.filter((n) => n.endsWith('.app'));
  if (apps.length === 0) {
    if (modules.length === 0) throw errors.notAnInput(ebin);
    into.loose.push(...modules);
    return;
  }
  for (const a of apps) {
    const appFile = path.join(ebin, a);
    const appText = Buffer.from(readFile(appFile)).toString('utf8');
    const spec = parseAppFile(appText, appFile);
    const files: InputApp['files'] = [];
    const priv = appDir !== null ? path.join(appDir, 'priv') : null;
    if (priv !== null && fs.existsSync(priv)) {
      for (const f of fs.readdirSync(priv, { recursive: true, withFileTypes: true })) {
        if (!f.isFile()) continue;
        const abs = path.join(f.parentPath ?? (f as unknown as { path: string }).path, f.name);
        files.push({ rel: path.join('priv', path.relative(priv, abs)), bytes: readFile(abs) });
      }
    }
    // Several .app files in one ebin would share its modules; the first one takes them.
    into.apps.push({ spec, appText, appFile, modules: a === apps[0] ? modules : [], files });
  }
}

function readEz(file: string, into: Inputs): void {
  const members = readArchive(readFile(file), file);
  const byTop = new Map<string, ArchiveMember[]>();
  for (const m of members) {
    const top = m.name.split('/')[0];
    if (!byTop.has(top)) byTop.set(top, []);
    byTop.get(top)!.push(m);
  }
  let found = false;
  for (const [top, ms] of byTop) {
    const inEbin = ms.filter((m) => m.name.startsWith(`${top}/ebin/`) && !m.name.slice(top.length + 6).includes('/'));
    const modules = inEbin.filter((m) => m.name.endsWith('.beam')).map((m) => moduleOf(m.bytes, `${file}!${m.name}`));
    const appMember = inEbin.find((m) => m.name.endsWith('.app'));
    if (appMember === undefined) {
      into.loose.push(...modules);
      found ||= modules.length > 0;
      continue;
    }
    found = true;
    const appFile = `${file}!${appMember.name}`;
    const appText = Buffer.from(appMember.bytes).toString('utf8');
    const files = ms
      .filter((m) => m.name.startsWith(`${top}/priv/`))
      .map((m) => ({ rel: m.name.slice(top.length + 1), bytes: m.bytes }));
    into.apps.push({ spec: parseAppFile(appText, appFile), appText, appFile, modules, files });
  }
  if (!found) throw errors.badArchive(file, 'it holds no ebin directory with .beam files');
}

function readRelease(dir: string, into: Inputs): void {
  const releases = path.join(dir, 'releases');
  let vsn: string | undefined;
  const startErl = path.join(releases, 'start_erl.data');
  if (fs.existsSync(startErl)) vsn = fs.readFileSync(startErl, 'utf8').trim().split(/\s+/)[1];
  if (vsn === undefined) {
    const withBoot = fs.readdirSync(releases).filter((v) => fs.existsSync(path.join(releases, v, 'start.boot')));
    if (withBoot.length !== 1) throw errors.noInput(dir, `releases/ must hold one release with a start.boot (or start_erl.data naming it); found ${withBoot.length}`);
    vsn = withBoot[0];
  }
  const boot = path.join(releases, vsn, 'start.boot');
  into.release = { dir, vsn, bootScript: readFile(boot) };
  const lib = path.join(dir, 'lib');
  for (const app of fs.readdirSync(lib).sort()) {
    const ebin = path.join(lib, app, 'ebin');
    if (fs.existsSync(ebin)) readEbin(ebin, path.join(lib, app), into);
  }
}

export function readInputs(paths: readonly string[]): Inputs {
  const into: Inputs = { apps: [], loose: [], release: null };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      throw errors.noInput(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message);
    }
    if (st.isFile() && p.endsWith('.beam')) into.loose.push(moduleOf(readFile(p), p));
    else if (st.isFile() && p.endsWith('.ez')) readEz(p, into);
    else if (st.isDirectory() && fs.existsSync(path.join(p, 'releases')) && fs.existsSync(path.join(p, 'lib'))) {
      if (into.release !== null) throw errors.noInput(p, 'a second release directory; give one');
      readRelease(p, into);
    } else if (st.isDirectory() && fs.existsSync(path.join(p, 'ebin'))) readEbin(path.join(p, 'ebin'), p, into);
    else if (st.isDirectory()) readEbin(p, path.dirname(p), into);
    else throw errors.notAnInput(p);
  }
  const seen = new Map<string, string>();
  for (const m of [...into.apps.flatMap((a) => a.modules), ...into.loose]) {
    const first = seen.get(m.name);
    if (first !== undefined) throw errors.duplicateModule(m.name, first, m.file);
    seen.set(m.name, m.file);
  }
  return into;
}
