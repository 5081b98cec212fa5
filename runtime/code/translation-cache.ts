// The translation cache: generated JS for a .beam, kept on disk so that loading a
// module a second time translates nothing, with V8's code cache for that JS so that
// it is not parsed again either. The key hashes the whole .beam file (not erts's
// module MD5, which ignores the Line chunk: an edit that only moves lines must not
// serve stale line numbers), the translator's own build, and what else changes the
// output (the module's NIFs, opcode coverage). An entry carries a digest of its
// content; one that does not match is rebuilt, never executed. V8 checks its own
// code cache against the source, its version and its flags, and refuses a stale one.
//
// An entry is one file: a header line
//   beamjs-translation 3 KEY DIGEST META-BYTES JS-BYTES V8-BYTES JS-ENCODING
// then the metadata (JSON), the JS and V8's code cache, back to back. The JS is latin1 when it
// is all ASCII (nearly always: the code generator escapes what is not), which reads back as a
// one-byte string without a UTF-8 decoder's pass, else UTF-8.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';

const MAGIC = 'beamjs-translation 3';

/** Set by a compiled program (cli/dist-main.ts): it carries its translations and has no compiler/ build to key a cache by. */
let disabled = false;

export function disableTranslationCache(): void {
  disabled = true;
}

export function translationCacheEnabled(): boolean {
  return cacheDir() !== null;
}

/** BEAMJS_CACHE, else the per-user cache directory; BEAMJS_CACHE=off disables the cache. */
function cacheDir(): string | null {
  if (disabled) return null;
  const env = process.env.BEAMJS_CACHE;
  if (env === 'off') return null;
  if (env !== undefined && env !== '') return env;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'beamjs');
}

let translatorDigest: string | null = null;
/** The compiled compiler/ directory: beside this file's ancestors, whether it runs from build/ or the bundle. */
function compilerDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'compiler', 'translate.js'))) return path.join(dir, 'compiler');
    const up = path.dirname(dir);
    if (up === dir) throw new Error('beamjs: the compiled translator (compiler/translate.js) is missing; run npm run build');
    dir = up;
  }
}

/** A digest of the translator's own build: every file of the compiled compiler/ directory. */
export function translatorBuild(): string {
  if (translatorDigest !== null) return translatorDigest;
  const h = crypto.createHash('sha256');
  const compilerDir = compilerDirectory();
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

/**
 * The key of a module's translation: its bytes, and what else the translator's output depends
 * on (the module's NIFs, opcode coverage). The loader and `beamjs compile` share entries.
 */
export function moduleCacheKey(beamBytes: Uint8Array, nifNames: Iterable<string>): string {
  return cacheKey(beamBytes, [...nifNames].sort().join(',') + `|coverage=${process.env.BEAMJS_OPCODE_COVERAGE ? 1 : 0}`);
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.bjs`);
}

/** Counts for tests and benchmarks: how many lookups hit, missed, or found a bad entry. */
export const cacheStats = { hits: 0, misses: 0, rejected: 0 };
if (process.env.BEAMJS_CACHE_STATS) {
  process.on('exit', () => {
    fs.writeSync(2, `beamjs cache: ${cacheStats.hits} hits, ${cacheStats.misses} misses, ${cacheStats.rejected} rejected\n`);
  });
}

export interface CacheEntry {
  generated: GeneratedModule;
  /** V8's code cache for generated.js, when one was stored. */
  codeCache: Buffer | undefined;
}

/** The entry for `key`, or undefined when there is none or it is damaged (counted as rejected). */
export function cacheGet(key: string): CacheEntry | undefined {
  const dir = cacheDir();
  if (dir === null) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(entryPath(dir, key));
  } catch {
    cacheStats.misses++;
    return undefined;
  }
  const entry = parseEntry(bytes, key);
  if (entry === undefined) cacheStats.rejected++;
  else cacheStats.hits++;
  return entry;
}

function parseEntry(bytes: Buffer, key: string): CacheEntry | undefined {
  const nl = bytes.indexOf(10);
  if (nl < 0) return undefined;
  const header = bytes.toString('latin1', 0, nl).split(' ');
  if (header.length !== 8 || `${header[0]} ${header[1]}` !== MAGIC || header[2] !== key) return undefined;
  const [metaLen, jsLen, v8Len] = header.slice(4, 7).map(Number);
  const encoding = header[7];
  if (encoding !== 'latin1' && encoding !== 'utf8') return undefined;
  const body = bytes.subarray(nl + 1);
  if (body.length !== metaLen + jsLen + v8Len) return undefined;
  if (crypto.createHash('sha256').update(body).digest('hex') !== header[3]) return undefined;
  try {
    const meta = JSON.parse(body.toString('utf8', 0, metaLen)) as Omit<GeneratedModule, 'js'>;
    const js = body.toString(encoding, metaLen, metaLen + jsLen);
    const codeCache = v8Len > 0 ? body.subarray(metaLen + jsLen) : undefined;
    return { generated: { ...meta, js }, codeCache };
  } catch {
    return undefined;
  }
}

export function cachePut(key: string, generated: GeneratedModule, codeCache?: Buffer): void {
  const dir = cacheDir();
  if (dir === null) return;
  const file = entryPath(dir, key);
  const { js, ...meta } = generated;
  const encoding = /^[\x00-\x7f]*$/.test(js) ? 'latin1' : 'utf8';
  const parts = [Buffer.from(JSON.stringify(meta), 'utf8'), Buffer.from(js, encoding), codeCache ?? Buffer.alloc(0)];
  const body = Buffer.concat(parts);
  const digest = crypto.createHash('sha256').update(body).digest('hex');
  const header = `${MAGIC} ${key} ${digest} ${parts.map((b) => b.length).join(' ')} ${encoding}\n`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half an entry.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(header, 'latin1'), body]));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
