// One module's share of a compile: read its .beam, translate it (or take its translation
// from the translation cache), and write
// DIR/modules/<Module>.mjs and its source map. Run by the translation workers
// (translate-worker.ts), or in the compiling thread when there is one core.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { readBeam } from '../beam/index.js';
import { generateFromBeam } from '../translate.js';
import { BeamjsError, errors } from '../diagnostics.js';
import { nifsOf } from '../../runtime/nifs/registry.js';
import '../../runtime/nifs/index.js';
import { esFileName, esModuleParts, mapComment } from './es-module.js';
import { CODE_CACHE_SUFFIX, factorySource } from '../../runtime/code/compiled-module-file.js';
import { sourceMapText } from './source-map.js';
import { writeError } from './output-dir.js';
import { cacheGet, cachePut, moduleCacheKey, translationCacheEnabled } from '../../runtime/code/translation-cache.js';

export interface ModuleJob {
  name: string;
  /** The .beam bytes, or null to read them from `file`. */
  bytes: Uint8Array | null;
  /** A real path, or ARCHIVE!MEMBER for messages. */
  file: string;
  /** The installed .beam file (to find its sources for the source map), or null. */
  installed: string | null;
  /** DIR/modules (the temporary directory's). */
  outDir: string;
  /** The URL the module's file will have once DIR is in place (V8's code cache records it). */
  url: string;
}

export type JobResult =
  | { name: string; ok: true; beamBytes: number; jsBytes: number; mapBytes: number; cacheBytes: number }
  | { name: string; ok: false; message: string; beamjs: boolean };

const nifNames = (m: string) => new Set(nifsOf(m).keys());

export function writeModule(job: ModuleJob): JobResult {
  try {
    let bytes = job.bytes;
    if (bytes === null) {
      try {
        bytes = new Uint8Array(fs.readFileSync(job.file));
      } catch (e) {
        throw errors.noInput(job.file, (e as Error).message);
      }
    }
    // resolveExport is not given: literal funs need the export table only at run time.
    const beam = readBeam(bytes, job.file);
    // The translation cache `beamjs run` fills serves here too, and is filled for it.
    const key = translationCacheEnabled() ? moduleCacheKey(bytes, nifNames(beam.module)) : undefined;
    let generated = key !== undefined ? cacheGet(key)?.generated : undefined;
    if (generated === undefined) {
      generated = generateFromBeam(beam, job.file, { nifsOf: nifNames });
      if (key !== undefined) cachePut(key, generated);
    }
    const es = esFileName(job.name);
    const parts = esModuleParts(job.name, generated, bytes);
    const map = sourceMapText(beam, generated, es, job.installed);
    // V8's code cache of the factory as the compiled program evaluates it: V8 takes it when the
    // program runs on the same Node with the same flags (main.mjs gives it bin/beamjs's). It keeps
    // the file name it was made under, so it is made under the module's final URL, and the program
    // uses it only while it is there (manifest.json's codeCacheBase).
    const cache = new vm.Script(factorySource(generated.js, mapComment(job.name)), { filename: job.url }).createCachedData();
    let jsBytes = 0;
    try {
      const fd = fs.openSync(path.join(job.outDir, es), 'w');
      try {
        for (const part of parts) jsBytes += fs.writeSync(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.writeFileSync(path.join(job.outDir, `${es}.map`), map);
      fs.writeFileSync(path.join(job.outDir, `${es}${CODE_CACHE_SUFFIX}`), cache);
    } catch (e) {
      throw writeError(job.outDir, e);
    }
    return { name: job.name, ok: true, beamBytes: bytes.length, jsBytes, mapBytes: Buffer.byteLength(map), cacheBytes: cache.length };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { name: job.name, ok: false, message: e instanceof BeamjsError ? err.message : (err.stack ?? err.message), beamjs: e instanceof BeamjsError };
  }
}
