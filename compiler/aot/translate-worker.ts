// A translation worker thread (bundled as build/aot-worker.mjs): takes module jobs
// from the compiling thread, writes each module's files (module-output.ts) and
// answers with the result.

import { parentPort } from 'node:worker_threads';
import { writeModule, type ModuleJob } from './module-output.js';

parentPort!.on('message', (job: ModuleJob) => {
  parentPort!.postMessage(writeModule(job));
});
