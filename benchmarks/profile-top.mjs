#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof) of a beamjs run: self time by function, by
// translated Erlang module (generated code is evaluated with the .beam's path as its file
// name), and by part of the runtime (the bundle's functions), so that a profile of
// `bin/beamjs run ...` says where the time goes. Usage:
//   node benchmarks/profile-top.mjs FILE.cpuprofile [--top N]

import * as fs from 'node:fs';
import * as path from 'node:path';

const argv = process.argv.slice(2);
let top = 30;
let file = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--top') top = Number(argv[++i]);
  else file = argv[i];
}
if (file === null) throw new Error('usage: node benchmarks/profile-top.mjs FILE.cpuprofile [--top N]');
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));

// Self time per node: the sampling intervals attributed to each sample's leaf node.
const selfUs = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i + 1] ?? 0;
  selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + dt);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

// The bundle (build/beamjs.mjs) marks where each source file starts ("// build/runtime/..."):
// self time in it is also summed by source file.
const sectionsOf = new Map();
function sourceFileOf(url, line) {
  if (!url.endsWith('beamjs.mjs')) return null;
  let starts = sectionsOf.get(url);
  if (starts === undefined) {
    starts = [];
    const text = fs.readFileSync(new URL(url), 'utf8').split('\n');
    text.forEach((l, i) => {
      const m = /^\/\/ (build\/\S+\.js)$/.exec(l);
      if (m) starts.push([i, m[1].replace(/^build\//, '').replace(/\.js$/, '.ts')]);
    });
    sectionsOf.set(url, starts);
  }
  let name = '(bundle)';
  for (const [at, f] of starts) {
    if (at > line) break;
    name = f;
  }
  return name;
}

const byFunction = new Map();
const byFile = new Map();
const bySource = new Map();
for (const node of prof.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const cf = node.callFrame;
  const where = cf.url === '' ? '(native)' : path.basename(cf.url);
  const key = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byFile.set(where, (byFile.get(where) ?? 0) + us);
  const src = sourceFileOf(cf.url, cf.lineNumber);
  if (src !== null) bySource.set(src, (bySource.get(src) ?? 0) + us);
}

const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
show('self time by file (translated modules by .beam name, the runtime is beamjs.mjs)', byFile, 25);
show('self time in the runtime (beamjs.mjs) by source file', bySource, 20);
show(`self time by function (top ${top})`, byFunction, top);
