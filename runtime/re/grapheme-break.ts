// \X as PCRE 8.44 (erts's PCRE) matches it: an extended grapheme cluster by the rules of PCRE's
// ucp_gbtable, which knows 13 Grapheme_Cluster_Break values and the Unicode 8.0 data PCRE 1 was
// last built with. So there is no Prepend, no ZWJ/emoji rule (a ZWJ only extends what precedes
// it, an emoji modifier stands alone), tag characters are controls, and a run of regional
// indicators never breaks. The break values are derived here from V8's Unicode properties with
// Unicode 8's definitions; characters assigned after Unicode 8 get today's categories (as
// everywhere else in this engine, see chartables.ts).

const enum Gb {
  CR,
  LF,
  Control,
  Extend,
  Prepend,
  SpacingMark,
  L,
  V,
  T,
  LV,
  LVT,
  RegionalIndicator,
  Other,
}

const bit = (g: Gb): number => 1 << g;

/** NO_BREAK[left] has bit `right` set when no break is allowed between the two (PCRE's rules 2-6). */
const NO_BREAK: readonly number[] = (() => {
  const extendOrMark = bit(Gb.Extend) | bit(Gb.SpacingMark);
  const t: number[] = [];
  t[Gb.CR] = bit(Gb.LF);
  t[Gb.LF] = 0;
  t[Gb.Control] = 0;
  t[Gb.Extend] = extendOrMark;
  // Prepend: never produced from Unicode 8 data, kept so the table reads as PCRE's.
  t[Gb.Prepend] = extendOrMark | bit(Gb.Prepend) | bit(Gb.L) | bit(Gb.V) | bit(Gb.T) | bit(Gb.LV) | bit(Gb.LVT) | bit(Gb.Other);
  t[Gb.SpacingMark] = extendOrMark;
  t[Gb.L] = extendOrMark | bit(Gb.L) | bit(Gb.V) | bit(Gb.LV) | bit(Gb.LVT);
  t[Gb.V] = extendOrMark | bit(Gb.V) | bit(Gb.T);
  t[Gb.T] = extendOrMark | bit(Gb.T);
  t[Gb.LV] = extendOrMark | bit(Gb.V) | bit(Gb.T);
  t[Gb.LVT] = extendOrMark | bit(Gb.T);
  t[Gb.RegionalIndicator] = bit(Gb.RegionalIndicator);
  t[Gb.Other] = extendOrMark;
  return t;
})();

const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}\p{Cs}]$/u;
const UNASSIGNED_IGNORABLE = /^(?=\p{Cn})\p{Default_Ignorable_Code_Point}$/u;
const EXTEND = /^\p{Grapheme_Extend}$/u;
const SPACING = /^\p{Mc}$/u;

/** Spacing marks Unicode 8 leaves out of SpacingMark (UAX #29, Grapheme_Cluster_Break). */
function notSpacingMark(c: number): boolean {
  return (
    c === 0x102b || c === 0x102c || c === 0x1038 || (c >= 0x1062 && c <= 0x1064) || (c >= 0x1067 && c <= 0x106d) ||
    c === 0x1083 || (c >= 0x1087 && c <= 0x108c) || c === 0x108f || (c >= 0x109a && c <= 0x109c) || c === 0x1a61 ||
    c === 0x1a63 || c === 0x1a64 || c === 0xaa7b || c === 0xaa7d || c === 0x11720 || c === 0x11721
  );
}

function breakValue(c: number): Gb {
  if (c === 0x0d) return Gb.CR;
  if (c === 0x0a) return Gb.LF;
  // ZWNJ and ZWJ are Format characters that Unicode 8 counts as Extend.
  if (c === 0x200c || c === 0x200d) return Gb.Extend;
  if (c > 0x10ffff) return Gb.Other;
  const s = String.fromCodePoint(c);
  if (CONTROL.test(s) || UNASSIGNED_IGNORABLE.test(s)) return Gb.Control;
  if (EXTEND.test(s)) return Gb.Extend;
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c)) return Gb.L;
  if ((c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6)) return Gb.V;
  if ((c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb)) return Gb.T;
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 === 0 ? Gb.LV : Gb.LVT;
  if (c >= 0x1f1e6 && c <= 0x1f1ff) return Gb.RegionalIndicator;
  if (c === 0x0e33 || c === 0x0eb3 || (SPACING.test(s) && !notSpacingMark(c))) return Gb.SpacingMark;
  return Gb.Other;
}

const cache = new Map<number, Gb>();
function gb(c: number): Gb {
  let v = cache.get(c);
  if (v === undefined) {
    v = breakValue(c);
    cache.set(c, v);
  }
  return v;
}

/**
 * The end of the extended grapheme cluster starting at the first character: `next(p)` gives
 * the character at p and its end, or null at the end of the subject. Returns the cluster's end.
 */
export function graphemeEnd(p: number, next: (p: number) => [number, number] | null): number {
  const first = next(p);
  if (first === null) return -1;
  let left = gb(first[0]);
  let q = first[1];
  for (let n = next(q); n !== null; n = next(q)) {
    const right = gb(n[0]);
    if ((NO_BREAK[left] & bit(right)) === 0) break;
    left = right;
    q = n[1];
  }
  return q;
}
