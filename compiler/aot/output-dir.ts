// Writing the output directory all at once: everything goes into a temporary
// directory beside DIR, which replaces DIR by a rename only when complete, so that
// a failed or interrupted compile leaves DIR as it was (and no half-written
// directory that looks like a program). A DIR that exists and is not a previous
// output (no manifest.json) is refused, never overwritten.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { errors } from '../diagnostics.js';

function checkReplaceable(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw errors.outputNotOurs(dir);
  if (fs.readdirSync(dir).length > 0 && !fs.existsSync(path.join(dir, 'manifest.json'))) throw errors.outputNotOurs(dir);
}

/** A BeamjsError naming `dir` for a file-system error met while writing it; other errors unchanged. */
export function writeError(dir: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? errors.outputNotWritable(dir, (e as Error).message) : e;
}

export async function writeOutputDir<T>(dir: string, fill: (tmp: string) => Promise<T>): Promise<T> {
  const target = path.resolve(dir);
  checkReplaceable(target);
  let tmp: string;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    tmp = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.beamjs-`));
  } catch (e) {
    throw writeError(target, e);
  }
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  const onSignal = (sig: NodeJS.Signals) => {
    removeTmp();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await fill(tmp);
    const old = `${tmp}.old`;
    try {
      if (fs.existsSync(target)) fs.renameSync(target, old);
      fs.renameSync(tmp, target);
    } catch (e) {
      throw writeError(target, e);
    }
    fs.rmSync(old, { recursive: true, force: true });
    return result;
  } catch (e) {
    removeTmp();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
