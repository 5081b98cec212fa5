// Correctly rounded exp, log, log2, pow, sin, cos, tan, asin, acos, atan and atan2 for the math
// BIFs. erts calls the C library; on the glibc that OTP 25 runs on (2.28 and later) these
// functions are accurate to about 0.52 ulp, so their results are the correctly rounded ones in
// all but about one case in a thousand, while V8's fdlibm versions differ from them in one case
// in twenty or so. Each function here evaluates in double-double arithmetic (about 106 bits), then
// rounds once. Argument reduction for the trigonometric functions is exact: pi/2 in 33-bit pieces
// below 2^20, a 1,300-bit 2/pi (computed once with BigInt) beyond. Results are plain doubles:
// NaN and infinities are returned as C returns them and the BIF decides what they raise.

/** Results of the double-double primitives: a value is the unevaluated sum H + L, |L| <= ulp(H)/2. */
let H = 0;
let L = 0;

/** H + L = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

/** H + L = a + b exactly, given |a| >= |b| (or a = 0). */
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  L = b - (s - a);
  H = s;
}

const SPLITTER = 134217729; // 2^27 + 1: splits a double into two 26-bit halves (Dekker)

/** H + L = a * b exactly (|a|, |b| < 2^995, so that splitting cannot overflow). */
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

/** (ah + al) + (bh + bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = H;
  const e = L;
  twoSum(al, bl);
  const t = H;
  const f = L;
  fastTwoSum(s, e + t);
  fastTwoSum(H, L + f);
}

/** (ah + al) * (bh + bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  fastTwoSum(H, L + (ah * bl + al * bh));
}

/** (ah + al) * b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  fastTwoSum(H, L + al * b);
}

/** (ah + al) / (bh + bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  twoProd(q1, bh);
  const r = ah - H - L + al - q1 * bl;
  const q2 = r / bh;
  twoProd(q1, bh);
  const r2h = ah - H;
  const r2 = r2h - L + al - q1 * bl - q2 * bh;
  fastTwoSum(q1, q2 + r2 / bh);
}

/** sqrt(ah + al), ah > 0. */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const r = ah - H - L + al;
  fastTwoSum(s, r / (2 * s));
}

// ---------------------------------------------------------------------------------------------
// Constants, from BigInt computations done once: pi (for pi/2 as a double-double, its 33-bit
// pieces and 2/pi) and ln 2.

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** 2^e exactly, for -1074 <= e <= 1023. */
function pow2(e: number): number {
  if (e >= -1022) {
    U64[0] = BigInt(e + 1023) << 52n;
    return F64[0];
  }
  U64[0] = 1n << BigInt(e + 1074);
  return F64[0];
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** atan(1/n) * 2^bits, truncated (Taylor series in fixed point). */
function atanInv(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}

const PI_BITS = 1400;
/** pi * 2^PI_BITS (Machin's formula), correct to a few units of the last place. */
const PI_BIG = 16n * atanInv(5n, PI_BITS + 16) - 4n * atanInv(239n, PI_BITS + 16);
/** 2/pi * 2^TWO_OVER_PI_BITS. */
const TWO_OVER_PI_BITS = 1300;
const TWO_OVER_PI = (1n << BigInt(TWO_OVER_PI_BITS + PI_BITS + 17)) / PI_BIG;

/** Successive truncated pieces of `v / 2^frac` (v > 0), of `bits` bits each. */
function pieces(v: bigint, frac: number, bits: number[]): number[] {
  const out: number[] = [];
  let rest = v;
  for (const b of bits) {
    const n = bitLength(rest);
    const shift = n - b;
    const top = rest >> BigInt(shift);
    out.push(Number(top) * pow2(shift - frac));
    rest -= top << BigInt(shift);
  }
  return out;
}

const PIO2_BIG = PI_BIG; // pi/2 is pi * 2^(PI_BITS + 16) / 2^(PI_BITS + 17)
const PIO2_FRAC = PI_BITS + 17;
/** pi/2 in seven 33-bit pieces: j * piece is exact for j < 2^20. */
const PIO2_33 = pieces(PIO2_BIG, PIO2_FRAC, [33, 33, 33, 33, 33, 33, 33]);
const [PIO2_H, PIO2_L] = (() => {
  const [a, b] = pieces(PIO2_BIG, PIO2_FRAC, [53, 53]);
  fastTwoSum(a, b);
  return [H, L];
})();
const PI_H = 2 * PIO2_H;
const PI_L = 2 * PIO2_L;

/** ln 2 * 2^200 = 2 atanh(1/3) in fixed point. */
const LN2_BIG = (() => {
  const bits = 216n;
  const one = 1n << bits;
  let sum = 0n;
  let pow = one / 3n;
  for (let k = 1n; pow !== 0n; k += 2n) {
    sum += pow / k;
    pow /= 9n;
  }
  return (2n * sum) >> 16n;
})();
/** ln 2 in pieces of 42, 42 and 53 bits: k * piece is exact for |k| < 2^11. */
const [LN2_A, LN2_B, LN2_C] = pieces(LN2_BIG, 200, [42, 42, 53]);
const [LN2_H, LN2_L] = (() => {
  const [a, b] = pieces(LN2_BIG, 200, [53, 53]);
  fastTwoSum(a, b);
  return [H, L];
})();
/** 1/ln 2 as a double-double. */
const [INV_LN2_H, INV_LN2_L] = (() => {
  ddDiv(1, 0, LN2_H, LN2_L);
  return [H, L];
})();

/** 1/k! as double-doubles, k = 0..30. */
const INV_FACT_H: number[] = [];
const INV_FACT_L: number[] = [];
{
  let fh = 1;
  let fl = 0;
  for (let k = 0; k <= 30; k++) {
    if (k > 0) {
      ddMulD(fh, fl, k);
      fh = H;
      fl = L;
    }
    ddDiv(1, 0, fh, fl);
    INV_FACT_H.push(H);
    INV_FACT_L.push(L);
  }
}

/** 1/(2k+1) as double-doubles, k = 0..24, for the atanh series of log. */
const INV_ODD_H: number[] = [];
const INV_ODD_L: number[] = [];
for (let k = 0; k <= 24; k++) {
  ddDiv(1, 0, 2 * k + 1, 0);
  INV_ODD_H.push(H);
  INV_ODD_L.push(L);
}

// ---------------------------------------------------------------------------------------------
// exp

/**
 * (hi + lo) * 2^k rounded once to a double, also when the result is subnormal (scaling first
 * would round twice).
 */
function scaleRound(hi: number, lo: number, k: number): number {
  const y = hi + lo;
  if (k > -1022) {
    // Normal result (or overflow): scaling is exact.
    if (k > 1023) return y * pow2(1023) * pow2(k - 1023);
    return y * pow2(k);
  }
  // The result is at most a little above 2^-1022: round to a multiple of 2^-1074 directly.
  if (k < -1200) return 0 * hi;
  const t = hi * pow2(k + 200) * pow2(-200); // rounds to the subnormal grid (once)
  // What the rounding dropped, in units of the input's scale, plus lo.
  const back = t * pow2(200) * pow2(-k - 200); // exact
  const rest = hi - back + lo;
  const halfUlp = pow2(-1075 - k);
  const ulp = pow2(-1074);
  if (rest > halfUlp || (rest === halfUlp && ((t / ulp) & 1) !== 0)) return t + ulp;
  if (rest < -halfUlp || (rest === -halfUlp && ((t / ulp) & 1) !== 0)) return t - ulp;
  return t;
}

/** e^(xh + xl) = (H + L) * 2^k, |xh| <= 746: returns k and leaves H, L in [0.7, 1.5). */
function expCore(xh: number, xl: number): number {
  const k = Math.round(xh * 1.4426950408889634);
  // r = x - k ln2, exactly enough: k * LN2_A and k * LN2_B are exact.
  twoSum(xh - k * LN2_A, -k * LN2_B);
  let rh = H;
  let rl = L;
  twoProd(k, LN2_C);
  ddAdd(rh, rl, -H, -L);
  ddAdd(H, L, xl, 0);
  // e^r = (e^(r/256))^256; s = e^(r/256) - 1 by Taylor, then s <- 2s + s^2 eight times.
  rh = H / 256;
  rl = L / 256;
  let sh = INV_FACT_H[10];
  let sl = INV_FACT_L[10];
  for (let n = 9; n >= 1; n--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(H, L, INV_FACT_H[n], INV_FACT_L[n]);
    sh = H;
    sl = L;
  }
  ddMul(sh, sl, rh, rl);
  sh = H;
  sl = L;
  for (let i = 0; i < 8; i++) {
    ddMul(sh, sl, sh, sl);
    ddAdd(H, L, 2 * sh, 2 * sl);
    sh = H;
    sl = L;
  }
  ddAdd(1, 0, sh, sl);
  return k;
}

/** e^(xh + xl), |xl| small, rounded once. */
function expDD(xh: number, xl: number): number {
  if (xh > 710) return Infinity;
  if (xh < -746) return 0;
  const k = expCore(xh, xl);
  return scaleRound(H, L, k);
}

export function exp(x: number): number {
  if (x !== x) return x;
  return expDD(x, 0);
}

// ---------------------------------------------------------------------------------------------
// log

/** ln x as a double-double in H, L (x > 0, finite). */
function logDD(x: number): void {
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2^54
    e = -54;
  }
  F64[0] = m;
  const bits = U64[0];
  e += Number(bits >> 52n) - 1023;
  U64[0] = (bits & 0xfffffffffffffn) | 0x3ff0000000000000n;
  m = F64[0]; // in [1, 2)
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // ln m = 2 atanh(f), f = (m - 1)/(m + 1): m - 1 is exact, m + 1 exact as a double-double.
  twoSum(m, 1);
  ddDiv(m - 1, 0, H, L);
  const fh = H;
  const fl = L;
  ddMul(fh, fl, fh, fl);
  const f2h = H;
  const f2l = L;
  let ph = INV_ODD_H[24];
  let pl = INV_ODD_L[24];
  for (let k = 23; k >= 0; k--) {
    ddMul(ph, pl, f2h, f2l);
    ddAdd(H, L, INV_ODD_H[k], INV_ODD_L[k]);
    ph = H;
    pl = L;
  }
  ddMul(ph, pl, fh, fl);
  const lh = 2 * H;
  const ll = 2 * L;
  if (e === 0) {
    H = lh;
    L = ll;
    return;
  }
  ddMulD(LN2_H, LN2_L, e);
  ddAdd(H, L, lh, ll);
}

export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  logDD(x);
  return H + L;
}

export function log2(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  logDD(x);
  ddMul(H, L, INV_LN2_H, INV_LN2_L);
  return H + L;
}

// ---------------------------------------------------------------------------------------------
// pow

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && y % 2 !== 0;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === 0) {
    const odd = isOddInteger(y);
    if (y < 0) return odd && Object.is(x, -0) ? -Infinity : Infinity;
    return odd ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negate = isOddInteger(y);
    x = -x;
  }
  logDD(x);
  const lh = H;
  const ll = L;
  // y * ln x, with care for huge y: the product decides only overflow or underflow then.
  const approx = y * lh;
  let r: number;
  if (approx > 800) r = Infinity;
  else if (approx < -800) r = 0;
  else {
    ddMulD(lh, ll, y);
    r = expDD(H, L);
  }
  return negate ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// sin, cos, tan

/** Reduces x: returns the quadrant j mod 4 and leaves r = x - j pi/2 in H, L (|r| <~ pi/4). */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    H = x;
    L = 0;
    return 0;
  }
  if (ax < 1048576) {
    const j = Math.round(x * 0.6366197723675814);
    // x - j * pi/2 with pi/2 in 33-bit pieces: every product is exact.
    let rh = x - j * PIO2_33[0];
    let rl = 0;
    for (let i = 1; i < PIO2_33.length; i++) {
      ddAdd(rh, rl, -j * PIO2_33[i], 0);
      rh = H;
      rl = L;
    }
    H = rh;
    L = rl;
    return ((j % 4) + 4) % 4;
  }
  // x = m 2^e exactly; x * 2/pi in fixed point with TWO_OVER_PI_BITS fraction bits.
  F64[0] = ax;
  const bits = U64[0];
  const e = Number(bits >> 52n) - 1075;
  const m = (bits & 0xfffffffffffffn) | 0x10000000000000n;
  const frac = TWO_OVER_PI_BITS - e; // fraction bits of the product (e > 0 here)
  const prod = m * TWO_OVER_PI;
  const half = 1n << BigInt(frac - 1);
  const j = (prod + half) >> BigInt(frac);
  let f = prod - (j << BigInt(frac)); // |f| <= 2^(frac-1)
  const neg = f < 0n;
  if (neg) f = -f;
  // f / 2^frac as a double-double, then times pi/2.
  const n = bitLength(f);
  const shift = Math.max(0, n - 106);
  const top = f >> BigInt(shift);
  const th = Number(top >> 53n) * pow2(shift + 53 - frac);
  const tl = Number(top & 0x1fffffffffffffn) * pow2(shift - frac);
  fastTwoSum(th, tl);
  ddMul(H, L, PIO2_H, PIO2_L);
  let q = Number(j & 3n);
  if (neg) {
    H = -H;
    L = -L;
  }
  if (x < 0) {
    H = -H;
    L = -L;
    q = (4 - q) % 4;
  }
  return q;
}

/** sin and cos of r = rh + rl (|r| <= ~0.8) as double-doubles: [sinH, sinL, cosH, cosL]. */
function sinCosDD(rh: number, rl: number): [number, number, number, number] {
  ddMul(rh, rl, rh, rl);
  const r2h = H;
  const r2l = L;
  // sin r = r (1 - r^2/3! + r^4/5! - ...), cos r = 1 - r^2/2! + r^4/4! - ...
  let sh = INV_FACT_H[29];
  let sl = INV_FACT_L[29];
  let ch = INV_FACT_H[28];
  let cl = INV_FACT_L[28];
  for (let k = 13; k >= 0; k--) {
    ddMul(sh, sl, r2h, r2l);
    ddAdd(INV_FACT_H[2 * k + 1], INV_FACT_L[2 * k + 1], -H, -L);
    sh = H;
    sl = L;
    ddMul(ch, cl, r2h, r2l);
    ddAdd(INV_FACT_H[2 * k], INV_FACT_L[2 * k], -H, -L);
    ch = H;
    cl = L;
  }
  ddMul(sh, sl, rh, rl);
  return [H, L, ch, cl];
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const q = reduce(x);
  const [sh, sl, ch, cl] = sinCosDD(H, L);
  switch (q) {
    case 0:
      return sh + sl;
    case 1:
      return ch + cl;
    case 2:
      return -(sh + sl);
    default:
      return -(ch + cl);
  }
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const q = reduce(x);
  const [sh, sl, ch, cl] = sinCosDD(H, L);
  switch (q) {
    case 0:
      return ch + cl;
    case 1:
      return -(sh + sl);
    case 2:
      return -(ch + cl);
    default:
      return sh + sl;
  }
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const q = reduce(x);
  const [sh, sl, ch, cl] = sinCosDD(H, L);
  if (q % 2 === 0) ddDiv(sh, sl, ch, cl);
  else ddDiv(-ch, -cl, sh, sl);
  return H + L;
}

// ---------------------------------------------------------------------------------------------
// atan, atan2, asin, acos

/**
 * atan((nh + nl)/(dh + dl)) for 0 <= n <= d, d > 0, as a double-double in H, L: one Newton step
 * on tan from the double approximation, y - (sin y - t cos y) cos y.
 */
function atanSmallDD(nh: number, nl: number, dh: number, dl: number): void {
  ddDiv(nh, nl, dh, dl);
  const th = H;
  const tl = L;
  if (th === 0) return;
  const y0 = Math.atan(th);
  const [sh, sl, ch, cl] = sinCosDD(y0, 0);
  ddMul(th, tl, ch, cl);
  ddAdd(sh, sl, -H, -L);
  ddMul(H, L, ch, cl);
  ddAdd(y0, 0, -H, -L);
}

/** atan(n/d) for n >= 0, d > 0 (double-doubles), in [0, pi/2], as a double-double in H, L. */
function atanQuadrantDD(nh: number, nl: number, dh: number, dl: number): void {
  if (nh <= dh) {
    atanSmallDD(nh, nl, dh, dl);
    return;
  }
  atanSmallDD(dh, dl, nh, nl);
  ddAdd(PIO2_H, PIO2_L, -H, -L);
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (x === 0) return x;
  const a = Math.abs(x);
  if (a > 1e300) return x > 0 ? PIO2_H + PIO2_L : -(PIO2_H + PIO2_L);
  atanQuadrantDD(a, 0, 1, 0);
  return x > 0 ? H + L : -(H + L);
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === 0) {
    // +-0 for x > 0 or x = +0, +-pi for x < 0 or x = -0.
    if (x > 0 || Object.is(x, 0)) return y;
    return Object.is(y, -0) ? -(PI_H + PI_L) : PI_H + PI_L;
  }
  if (x === 0) return y > 0 ? PIO2_H + PIO2_L : -(PIO2_H + PIO2_L);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  let rh: number;
  let rl: number;
  const ratio = ay / ax;
  if (ratio < 2.2250738585072014e-308 * 2 ** 60) {
    // atan(t) = t within far less than half an ulp: the correctly rounded quotient, or
    // pi - t for x < 0.
    if (x > 0) return y > 0 ? ratio : -ratio;
    ddAdd(PI_H, PI_L, -ratio, 0);
    return y > 0 ? H + L : -(H + L);
  }
  if (ratio > 2 ** 120) {
    // atan(y/x) = pi/2 - x/y.
    ddAdd(PIO2_H, PIO2_L, -(ax / ay), 0);
  } else {
    // Scale both into a safe range for the products of the division.
    const s = Math.max(ay, ax) > 2 ** 900 ? 2 ** -200 : Math.min(ay, ax) < 2 ** -900 ? 2 ** 200 : 1;
    atanQuadrantDD(ay * s, 0, ax * s, 0);
  }
  rh = H;
  rl = L;
  if (x < 0) {
    ddAdd(PI_H, PI_L, -rh, -rl);
    rh = H;
    rl = L;
  }
  const r = rh + rl;
  return y > 0 ? r : -r;
}

/** sqrt(1 - x^2) as a double-double in H, L, for |x| < 1. */
function cofactorDD(x: number): void {
  twoProd(x, x);
  ddAdd(1, 0, -H, -L);
  ddSqrt(H, L);
}

export function asin(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (x === 0) return x;
  const a = Math.abs(x);
  let r: number;
  if (a === 1) r = PIO2_H + PIO2_L;
  else if (a < 1e-150) r = a; // asin a = a + a^3/6: far below half an ulp
  else {
    cofactorDD(a);
    atanQuadrantDD(a, 0, H, L);
    r = H + L;
  }
  return x > 0 ? r : -r;
}

export function acos(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H + PI_L;
  if (Math.abs(x) < 1e-150) return PIO2_H + PIO2_L;
  const a = Math.abs(x);
  cofactorDD(a);
  atanQuadrantDD(H, L, a, 0);
  if (x > 0) return H + L;
  ddAdd(PI_H, PI_L, -H, -L);
  return H + L;
}

// ---------------------------------------------------------------------------------------------
// What math-cr.ts's fast paths build their tables and reductions from.

/** 2^f as a double-double, 0 <= f < 1. */
export function exp2FracDD(f: number): [number, number] {
  ddMulD(LN2_H, LN2_L, f);
  const k = expCore(H, L);
  return [H * pow2(k), L * pow2(k)];
}

/** ln x as a double-double (x > 0, finite). */
export function logPairDD(x: number): [number, number] {
  logDD(x);
  return [H, L];
}

/** sin r and cos r as double-doubles, |r| <= pi/4: [sinH, sinL, cosH, cosL]. */
export function sinCosPairDD(r: number): [number, number, number, number] {
  return sinCosDD(r, 0);
}

/** Split constants: each product of a piece by the integers it is used with is exact. */
export const SPLITS = {
  /** ln2/64 in pieces of 36 and 53 bits (multipliers below 2^17). */
  ln2Over64: pieces(LN2_BIG, 206, [36, 53]),
  /** ln 2 in a 42-bit piece and the rest (multipliers below 2^11). */
  ln2: [LN2_A, LN2_B + LN2_C],
  /** pi/2 in pieces of 33, 33 and 53 bits (multipliers below 2^20). */
  pio2: pieces(PIO2_BIG, PIO2_FRAC, [33, 33, 53]),
  pio2DD: [PIO2_H, PIO2_L],
  invLn2DD: [INV_LN2_H, INV_LN2_L],
};
