// The translation cache: generated JS for a .beam, kept on disk so that loading a
// module a second time translates nothing. The key hashes the whole .beam file
// (not erts's module MD5, which ignores the Line chunk: an edit that only moves
// lines must not serve stale line numbers), the translator's own build, and what
// else changes the output (the module's NIFs, opcode coverage). An entry carries
// a digest of its content; one that does not match, or does not parse, is
// rebuilt, never executed.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';

/** BEAMJS_CACHE, else the per-user cache directory; BEAMJS_CACHE=off disables the cache. */
function cacheDir(): string | null {
  const env = process.env.BEAMJS_CACHE;
  if (env === 'off') return null;
  if (env !== undefined && env !== '') return env;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'beamjs');
}

let translatorDigest: string | null = null;
/** A digest of the translator's own build: every file of the compiled compiler/ directory. */
function translatorBuild(): string {
  if (translatorDigest !== null) return translatorDigest;
  const h = crypto.createHash('sha256');
  const compilerDir = path.join(path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url)))), 'compiler');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith('.js') || e.name.endsWith('.ts')) h.update(e.name).update(fs.readFileSync(f));
    }
  };
  walk(compilerDir);
  translatorDigest = h.digest('hex');
  return translatorDigest;
}

export function cacheKey(beamBytes: Uint8Array, extra: string): string {
  return crypto.createHash('sha256').update(beamBytes).update(translatorBuild()).update(extra).digest('hex');
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`);
}

function digestOf(g: GeneratedModule): string {
  return crypto.createHash('sha256').update(JSON.stringify(g)).digest('hex');
}

/** Counts for tests and benchmarks: how many lookups hit, missed, or found a bad entry. */
export const cacheStats = { hits: 0, misses: 0, rejected: 0 };
if (process.env.BEAMJS_CACHE_STATS) {
  process.on('exit', () => {
    fs.writeSync(2, `beamjs cache: ${cacheStats.hits} hits, ${cacheStats.misses} misses, ${cacheStats.rejected} rejected\n`);
  });
}

export function cacheGet(key: string): GeneratedModule | undefined {
  const dir = cacheDir();
  if (dir === null) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(entryPath(dir, key), 'utf8');
  } catch {
    cacheStats.misses++;
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as { key: string; digest: string; generated: GeneratedModule };
    if (entry.key === key && typeof entry.generated?.js === 'string' && digestOf(entry.generated) === entry.digest) {
      cacheStats.hits++;
      return entry.generated;
    }
  } catch {
    // Unreadable: treated as missing and rewritten below by the caller.
  }
  cacheStats.rejected++;
  return undefined;
}

export function cachePut(key: string, generated: GeneratedModule): void {
  const dir = cacheDir();
  if (dir === null) return;
  const file = entryPath(dir, key);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half an entry.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, digest: digestOf(generated), generated }));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
