// The runtime side of the map instructions (put_map_assoc, put_map_exact, has_map_fields,
// get_map_elements), for generated code.
//
// Most map instructions in OTP's code have only constant keys: literals such as io_lib_format's
// directive specs, record-like updates. For those the translator gives each instruction a
// MapSite, an inline cache in the manner of a JS engine's hidden classes: small maps built from
// the same literal, or by the same instruction, share one key array, so a site remembers the key
// array of the last map it saw and where its keys are (or, for a put, the key array and layout of
// the result). The next map with that key array is read or built by position, without searching
// or sorting; any other map takes the general path, which also refreshes the site.

import { atom, ERROR } from '../term/atom.js';
import { EMap } from '../term/map.js';
import { compareExact } from '../term/compare.js';
import type { Term } from '../term/term.js';
import { ErlangException } from '../errors.js';

function errorTagged(tag: string, v: Term): ErlangException {
  return new ErlangException(ERROR, [atom(tag), v]);
}

export function mapPutAssoc(m: Term, kv: Term[]): EMap {
  if (!(m instanceof EMap)) throw errorTagged('badmap', m);
  return kv.length === 2 ? m.put(kv[0], kv[1]) : m.putMany(kv);
}

export function mapPutExact(m: Term, kv: Term[]): EMap {
  if (!(m instanceof EMap)) throw errorTagged('badmap', m);
  const r = kv.length === 2 ? m.update(kv[0], kv[1]) : m.updateMany(kv);
  if (r === undefined) throw errorTagged('badkey', kv.length === 2 ? kv[0] : m.firstMissingKey(kv)!);
  return r;
}

export function mapHasKeys(m: Term, ks: Term[]): boolean {
  if (!(m instanceof EMap)) return false;
  for (const k of ks) if (!m.has(k)) return false;
  return true;
}

export function mapGet(m: Term, k: Term): Term | undefined {
  return m instanceof EMap ? m.get(k) : undefined;
}

/** get_map_elements with keys from registers: the values, or undefined when a key is missing. */
export function mapGetMany(m: Term, ks: readonly Term[]): Term[] | undefined {
  if (!(m instanceof EMap)) return undefined;
  const out: Term[] = [];
  for (const k of ks) {
    const v = m.get(k);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** A site seeing maps of many shapes stops learning after this many: each lesson costs a scan. */
const MAX_LESSONS = 16;

/** One map instruction's cache (see the top of the file). */
export class MapSite {
  /** The key array of the small maps the cached layout applies to. */
  inKs: Term[] | null = null;
  /** get/update: where each of the instruction's keys is in inKs. */
  at: number[] = [];
  /** put: the key array of the result. */
  outKs: Term[] | null = null;
  /** put: for each key of the result, where its value comes from: i >= 0, the old value at i; ~j, pair j of the instruction. */
  from: number[] = [];
  /** get: the values found, handed back in this array (the generated code copies them out at once). */
  readonly found: Term[] = [];
  lessons = 0;
}

export function mapSite(): MapSite {
  return new MapSite();
}

/** Positions of `ks` in a small map's keys, or null when one is missing. */
function positionsIn(mapKeys: readonly Term[], ks: readonly Term[]): number[] | null {
  const at: number[] = [];
  for (const k of ks) {
    let i = mapKeys.indexOf(k);
    if (i < 0) i = mapKeys.findIndex((mk) => compareExact(mk, k) === 0);
    if (i < 0) return null;
    at.push(i);
  }
  return at;
}

/** get_map_elements with constant keys: the values (in the site's `found`), or undefined when a key is missing. */
export function mapGetAt(site: MapSite, m: Term, ks: readonly Term[]): Term[] | undefined {
  if (!(m instanceof EMap)) return undefined;
  const found = site.found;
  if (m.ks !== null && m.ks === site.inKs) {
    const vs = m.vs!;
    const at = site.at;
    for (let i = 0; i < at.length; i++) found[i] = vs[at[i]];
    return found;
  }
  if (m.ks !== null && site.lessons < MAX_LESSONS) {
    const at = positionsIn(m.ks, ks);
    if (at === null) return undefined;
    site.lessons++;
    site.inKs = m.ks;
    site.at = at;
    return mapGetAt(site, m, ks);
  }
  for (let i = 0; i < ks.length; i++) {
    const v = m.get(ks[i]);
    if (v === undefined) return undefined;
    found[i] = v;
  }
  return found;
}

/** put_map_exact with constant keys (kv: k0, v0, k1, v1, ...). */
export function mapPutExactAt(site: MapSite, m: Term, kv: Term[]): EMap {
  if (m instanceof EMap && m.ks !== null) {
    if (m.ks !== site.inKs && site.lessons < MAX_LESSONS) {
      const ks: Term[] = [];
      for (let i = 0; i < kv.length; i += 2) ks.push(kv[i]);
      const at = positionsIn(m.ks, ks);
      if (at !== null) {
        site.lessons++;
        site.inKs = m.ks;
        site.at = at;
      }
    }
    if (m.ks === site.inKs) {
      const vs = m.vs!.slice();
      const at = site.at;
      for (let i = 0; i < at.length; i++) vs[at[i]] = kv[2 * i + 1];
      return EMap.fromSortedUnique(m.ks, vs);
    }
  }
  return mapPutExact(m, kv);
}

/** put_map_assoc with constant keys (kv as mapPutExactAt). */
export function mapPutAssocAt(site: MapSite, m: Term, kv: Term[]): EMap {
  if (m instanceof EMap && m.ks !== null && m.ks === site.inKs) {
    const from = site.from;
    const vs = m.vs!;
    const out = new Array<Term>(from.length);
    for (let i = 0; i < from.length; i++) {
      const f = from[i];
      out[i] = f >= 0 ? vs[f] : kv[2 * ~f + 1];
    }
    return EMap.fromSortedUnique(site.outKs!, out);
  }
  const r = mapPutAssoc(m, kv);
  if (r.ks !== null && (m as EMap).ks !== null && site.lessons < MAX_LESSONS) {
    site.lessons++;
    site.inKs = (m as EMap).ks;
    site.outKs = r.ks;
    site.from = layout(site.inKs!, r.ks, kv);
  }
  return r;
}

/**
 * Where each key of a put's result takes its value from: the instruction's last pair with an
 * equal key (a put keeps an equal key already in the map, but takes the new value), else the old
 * map's entry with that very key.
 */
function layout(inKs: readonly Term[], outKs: readonly Term[], kv: readonly Term[]): number[] {
  return outKs.map((k) => {
    for (let j = kv.length / 2 - 1; j >= 0; j--) if (compareExact(kv[2 * j], k) === 0) return ~j;
    const i = inKs.indexOf(k);
    if (i < 0) throw new Error('beamjs internal error: a put_map_assoc result has a key from neither side');
    return i;
  });
}
