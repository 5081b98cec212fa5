// Fast paths for math-dd.ts's correctly rounded functions (exp, log, log2, pow, sin, cos, tan,
// atan, atan2; asin and acos go straight to math-dd). Each evaluates with small tables and a
// relative error below 2^-62, as a double plus a correction, then rounds only if the result
// cannot be on the other side of a rounding boundary (Ziv's test: the value plus or minus the
// error bound rounds to the same double). That holds for all but a few inputs in a thousand;
// those, and the edges of each range (overflow, subnormals, huge arguments), go to math-dd.ts,
// whose double-double evaluation is about thirty times slower. The tables are computed at load
// with math-dd.ts itself, so both paths round the same value.

import * as slow from './math-dd.js';

const SPLITTER = 134217729;
/** Results of twoProd and twoSum. */
let H = 0;
let L = 0;

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
  H = p;
}

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

/** hi + lo rounded, if the error bound `err` cannot change that rounding; else NaN. */
function zivRound(hi: number, lo: number, err: number): number {
  const a = hi + (lo + err);
  return a === hi + (lo - err) ? a : NaN;
}

const EXP_TH = new Float64Array(64);
const EXP_TL = new Float64Array(64);
const LOG_LH = new Float64Array(183);
const LOG_LL = new Float64Array(183);
const SC_SH = new Float64Array(52);
const SC_SL = new Float64Array(52);
const SC_CH = new Float64Array(52);
const SC_CL = new Float64Array(52);

/** The tables, filled on first use (a few milliseconds that boot need not pay). */
let ready = false;

function fillTables(): void {
  for (let j = 0; j < 64; j++) [EXP_TH[j], EXP_TL[j]] = slow.exp2FracDD(j / 64);
  for (let i = 90; i <= 182; i++) [LOG_LH[i], LOG_LL[i]] = slow.logPairDD(i / 128);
  for (let k = 0; k < 52; k++) [SC_SH[k], SC_SL[k], SC_CH[k], SC_CL[k]] = slow.sinCosPairDD(k / 64);
  ready = true;
}

const P62 = 2 ** -62;
const P60 = 2 ** -60;

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

function pow2(e: number): number {
  U64[0] = BigInt(e + 1023) << 52n;
  return F64[0];
}

// ---------------------------------------------------------------------------------------------
// exp: x = (64m + j) ln2/64 + r, |r| <= ln2/128; e^x = 2^m 2^(j/64) e^r.

const [LN2_64_A, LN2_64_B] = slow.SPLITS.ln2Over64;

/** e^(xh + xl) for |xh| < 708, |xl| <= ulp(xh), with the error bound `extra` (relative) added; NaN if unsure. */
function expFast(xh: number, xl: number, extra: number): number {
  const k = Math.round(xh * 92.33248261689366); // 64/ln2
  const j = k & 63;
  const m = (k - j) / 64;
  const t = xh - k * LN2_64_A; // exact
  twoSum(t, -k * LN2_64_B);
  const rh = H;
  const rl = L + xl;
  const q = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720)))));
  const th = EXP_TH[j];
  const tl = EXP_TL[j];
  twoProd(th, rh);
  const ph = H;
  const rest = L + th * (rl + q + rh * rl) + tl + tl * rh;
  const sh = th + ph; // |th| > |ph|
  const lo = ph - (sh - th) + rest;
  const y = zivRound(sh, lo, th * (P62 + extra));
  return y * pow2(m);
}

export function exp(x: number): number {
  if (!ready) fillTables();
  if (Math.abs(x) < 708) {
    const y = expFast(x, 0, 0);
    if (y === y) return y;
  }
  return slow.exp(x);
}

// ---------------------------------------------------------------------------------------------
// log: x = 2^e m, m in [sqrt 1/2, sqrt 2); m = c (1 + t) with c = i/128, |t| <= 2^-7.5.

const [LN2_A, LN2_REST] = slow.SPLITS.ln2;

/** ln x for a positive normal finite x as hi + lo in H, L (relative error < 2^-63). */
function logParts(x: number): void {
  F64[0] = x;
  const bits = U64[0];
  let e = Number(bits >> 52n) - 1023;
  U64[0] = (bits & 0xfffffffffffffn) | 0x3ff0000000000000n;
  let m = F64[0];
  if (m > 1.4142135623730951) {
    m /= 2;
    e += 1;
  }
  const i = Math.round(m * 128);
  const c = i / 128;
  const d = m - c; // exact
  const th = d / c;
  twoProd(th, c);
  const tl = (d - H - L) / c;
  // ln(1 + t) = t - t^2/2 + t^3 (1/3 - t/4 + ...), t = th + tl.
  twoProd(th, th);
  const h2 = H / 2;
  const h2l = L / 2 + th * tl;
  const tail =
    th * th * th * (1 / 3 + th * (-1 / 4 + th * (1 / 5 + th * (-1 / 6 + th * (1 / 7 + th * (-1 / 8 + th * (1 / 9)))))));
  twoSum(e * LN2_A, LOG_LH[i]);
  let hi = H;
  let lo = L;
  twoSum(hi, th);
  hi = H;
  lo += L;
  twoSum(hi, -h2);
  hi = H;
  lo += L + (e * LN2_REST + LOG_LL[i] + tl - h2l + tail);
  // Normalised (lo within half an ulp of hi): pow multiplies the pair.
  H = hi + lo;
  L = lo - (H - hi);
}

export function log(x: number): number {
  if (!ready) fillTables();
  if (x >= 2.2250738585072014e-308 && x < Infinity) {
    logParts(x);
    const y = zivRound(H, L, Math.abs(H) * P60);
    if (y === y) return y;
  }
  return slow.log(x);
}

const [INV_LN2_H, INV_LN2_L] = slow.SPLITS.invLn2DD;

export function log2(x: number): number {
  if (!ready) fillTables();
  if (x >= 2.2250738585072014e-308 && x < Infinity) {
    logParts(x);
    const lh = H;
    const ll = L;
    twoProd(lh, INV_LN2_H);
    const y = zivRound(H, L + (ll * INV_LN2_H + lh * INV_LN2_L), Math.abs(H) * P60);
    if (y === y) return y;
  }
  return slow.log2(x);
}

export function pow(x: number, y: number): number {
  if (!ready) fillTables();
  if (x > 2.2250738585072014e-308 && x < Infinity && x !== 1 && Math.abs(y) < 1e300 && y !== 0) {
    logParts(x);
    const lh = H;
    const ll = L;
    twoProd(y, lh);
    const zh = H;
    const zl = L + y * ll;
    if (Math.abs(zh) < 700) {
      // The product's relative error becomes an absolute one in the exponent.
      const r = expFast(zh, zl, Math.abs(zh) * P60);
      if (r === r) return r;
    }
  }
  return slow.pow(x, y);
}

// ---------------------------------------------------------------------------------------------
// sin, cos, tan: x = j pi/2 + r (|x| < 2^20); r = k/64 + d, |d| <= 1/128.

const [PIO2_1, PIO2_2, PIO2_3] = slow.SPLITS.pio2;
const [PIO2_H, PIO2_L] = slow.SPLITS.pio2DD;

let SIN_H = 0;
let SIN_L = 0;
let COS_H = 0;
let COS_L = 0;

/** sin and cos of r = rh + rl (|r| <= ~0.8) into SIN_H/L, COS_H/L, each to 2^-63 relative. */
function sinCosParts(rh: number, rl: number): void {
  const neg = rh < 0;
  const ar = neg ? -rh : rh;
  const al = neg ? -rl : rl;
  const k = Math.round(ar * 64);
  const dh = ar - k / 64; // exact
  const dl = al;
  const d2 = dh * dh;
  const sTail = dh * d2 * (-1 / 6 + d2 * (1 / 120 - d2 / 5040));
  const cTail = d2 * (-0.5 + d2 * (1 / 24 - d2 / 720)) - dh * dl;
  const sa = SC_SH[k];
  const sal = SC_SL[k];
  const ca = SC_CH[k];
  const cal = SC_CL[k];
  // sin(a + d) = sin a cos d + cos a sin d
  twoProd(ca, dh);
  let ph = H;
  let pl = L;
  twoSum(sa, ph);
  SIN_H = H;
  SIN_L = L + pl + sa * cTail + ca * (sTail + dl) + sal + sal * cTail + cal * dh;
  // cos(a + d) = cos a cos d - sin a sin d
  twoProd(sa, dh);
  ph = H;
  pl = L;
  twoSum(ca, -ph);
  COS_H = H;
  COS_L = L - pl + ca * cTail - sa * (sTail + dl) + cal + cal * cTail - sal * dh;
  // Normalise (the corrections above can reach 2^-15 of the high part): callers divide by these.
  let h = SIN_H + SIN_L;
  SIN_L -= h - SIN_H;
  SIN_H = h;
  h = COS_H + COS_L;
  COS_L -= h - COS_H;
  COS_H = h;
  if (neg) {
    SIN_H = -SIN_H;
    SIN_L = -SIN_L;
  }
}

/** Reduces x (|x| < 2^20) to r = H + L and returns the quadrant, or -1 when r is too small to trust. */
function reduceFast(x: number): number {
  if (Math.abs(x) <= 0.7853981633974483) {
    H = x;
    L = 0;
    return 0;
  }
  const j = Math.round(x * 0.6366197723675814);
  const t = x - j * PIO2_1; // exact
  twoSum(t, -j * PIO2_2); // j * PIO2_2 is exact
  const t2 = H;
  const e2 = L;
  twoSum(t2, -j * PIO2_3);
  L += e2;
  if (Math.abs(H) < 2 ** -30) return -1;
  return j & 3;
}

function sinCosFast(x: number, wantCos: boolean): number {
  const q = reduceFast(x);
  if (q < 0) return NaN;
  sinCosParts(H, L);
  let hi: number;
  let lo: number;
  const useCos = wantCos ? q % 2 === 0 : q % 2 === 1;
  if (useCos) {
    hi = COS_H;
    lo = COS_L;
  } else {
    hi = SIN_H;
    lo = SIN_L;
  }
  const y = zivRound(hi, lo, Math.abs(hi) * P60);
  const negate = wantCos ? q === 1 || q === 2 : q >= 2;
  return negate ? -y : y;
}

export function sin(x: number): number {
  if (!ready) fillTables();
  const ax = Math.abs(x);
  if (ax < 2 ** -26) return x; // sin x = x - x^3/6: below a quarter ulp
  if (ax < 1048576) {
    const y = sinCosFast(x, false);
    if (y === y) return y;
  }
  return slow.sin(x);
}

export function cos(x: number): number {
  if (!ready) fillTables();
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return 1;
  if (ax < 1048576) {
    const y = sinCosFast(x, true);
    if (y === y) return y;
  }
  return slow.cos(x);
}

/** (nh + nl) / (dh + dl) as hi + lo in H, L. */
function divParts(nh: number, nl: number, dh: number, dl: number): void {
  const qh = nh / dh;
  twoProd(qh, dh);
  const ql = (nh - H - L + nl - qh * dl) / dh;
  H = qh;
  L = ql;
}

export function tan(x: number): number {
  if (!ready) fillTables();
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return x; // tan x = x + x^3/3: below a quarter ulp
  if (ax < 1048576) {
    const q = reduceFast(x);
    if (q >= 0) {
      sinCosParts(H, L);
      if (q % 2 === 0) divParts(SIN_H, SIN_L, COS_H, COS_L);
      else divParts(-COS_H, -COS_L, SIN_H, SIN_L);
      const y = zivRound(H, L, Math.abs(H) * P60);
      if (y === y) return y;
    }
  }
  return slow.tan(x);
}

// ---------------------------------------------------------------------------------------------
// atan, atan2: one Newton step on tan from V8's atan, with sin and cos from the tables.

/** atan(t), t = th + tl in [0, 1], as hi + lo in H, L (relative error < 2^-62). */
function atanParts(th: number, tl: number): void {
  const y0 = Math.atan(th);
  sinCosParts(y0, 0);
  // delta = (sin y0 - t cos y0) cos y0: sin y0 and t cos y0 agree to about an ulp, so the
  // difference needs only a few correct bits.
  twoProd(th, COS_H);
  const diff = SIN_H - H + (SIN_L - L - th * COS_L - tl * COS_H);
  const delta = diff * COS_H;
  H = y0;
  L = -delta;
}

/** atan(n/d) for 0 < n, 0 < d (doubles, quotient in a safe range) into H, L. */
function atanQuadrant(n: number, d: number): void {
  if (n <= d) {
    divParts(n, 0, d, 0);
    atanParts(H, L);
    return;
  }
  divParts(d, 0, n, 0);
  atanParts(H, L);
  const yh = H;
  const yl = L;
  twoSum(PIO2_H, -yh);
  L += PIO2_L - yl;
}

export function atan(x: number): number {
  if (!ready) fillTables();
  const a = Math.abs(x);
  if (a < 2 ** -27) return x; // atan x = x - x^3/3: below a quarter ulp
  if (a < 2 ** 60) {
    atanQuadrant(a, 1);
    const y = zivRound(H, L, Math.abs(H) * P60);
    if (y === y) return x < 0 ? -y : y;
  }
  return slow.atan(x);
}

export function atan2(y: number, x: number): number {
  if (!ready) fillTables();
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (ay > 2 ** -500 && ay < 2 ** 500 && ax > 2 ** -500 && ax < 2 ** 500) {
    const ratio = ay / ax;
    if (ratio > 2 ** -60 && ratio < 2 ** 60) {
      atanQuadrant(ay, ax);
      let hi = H;
      let lo = L;
      if (x < 0) {
        twoSum(2 * PIO2_H, -hi);
        hi = H;
        lo = L + (2 * PIO2_L - lo);
      }
      const r = zivRound(hi, lo, Math.abs(hi) * P60);
      if (r === r) return y < 0 ? -r : r;
    }
  }
  return slow.atan2(y, x);
}

export const asin = slow.asin;
export const acos = slow.acos;
