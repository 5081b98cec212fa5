// Numbers as erts writes them: integers in bases 2-36 (integer_to_list/2), floats in their
// shortest round-trip form (float_to_list(F, [short]), io_lib's ~w and ~p), and floats in C's
// `%.Ne` layout, which erts uses for float_to_list/1 (N = 20) and erlang:display/1 (N = 6).
// The `%e` digits are computed exactly from the double's bits and rounded half-to-even, as
// glibc's printf does: JS's toExponential rounds exact ties upwards, which differs on values
// such as 2^-11 = 4.8828125e-4 (glibc: 4.882812e-04).

/** integer_to_list(N, Base): digits above 9 as uppercase letters, a leading '-' when negative. */
export function integerToString(n: number | bigint, base = 10): string {
  // String(n) takes V8's number-to-string cache; toString(10) goes through the radix path.
  if (base === 10) return String(n);
  const s = n.toString(base);
  return base > 10 ? s.toUpperCase() : s;
}

/** The shortest decimal digits that read back as |v| (v finite, non-zero), and the exponent of
 *  their first digit: |v| = 0.d1d2d3... * 10^(exp + 1). */
function shortestDigits(v: number): { digits: string; exp: number } {
  // JS's Number-to-String picks the shortest round-trip digits, nearest to the value when there
  // is a choice: the same digits as the Ryu algorithm erts uses.
  const s = String(Math.abs(v));
  const e = s.indexOf('e');
  const mant = e < 0 ? s : s.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf('.');
  const intPart = dot < 0 ? mant : mant.slice(0, dot);
  const fracPart = dot < 0 ? '' : mant.slice(dot + 1);
  let all = intPart + fracPart;
  let pointPos = intPart.length + exp10; // digits before the decimal point
  const lead = all.length - all.replace(/^0+/, '').length;
  all = all.slice(lead);
  pointPos -= lead;
  all = all.replace(/0+$/, '');
  return { digits: all, exp: pointPos - 1 };
}

const TWO_53 = 9007199254740992;

/**
 * float_to_list(F, [short]), which is also how io_lib writes floats for ~w and ~p.
 * erts writes the shortest digits in plain notation ("123.456", "0.001") when that is no
 * longer than scientific notation ("1.0e-5", "1.5e15") and |F| < 2^53, else in scientific
 * notation; either way with at least one digit after the point.
 */
export function floatToShortest(v: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const sign = v < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(v);
  const sci = digits[0] + '.' + (digits.length > 1 ? digits.slice(1) : '0') + 'e' + exp;
  if (Math.abs(v) >= TWO_53) return sign + sci;
  let plain: string;
  if (exp < 0) {
    plain = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    plain = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    plain = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return sign + (plain.length <= sci.length ? plain : sci);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Float64Array and Uint32Array share the platform's byte order; find where the high word is.
const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();

/** The exact decimal expansion of |v|: |v| = digits * 10^-scale, digits without leading zeros. */
function exactDecimal(v: number): { digits: string; scale: number } {
  F64[0] = v;
  const hi = U32[HI];
  const lo = U32[1 - HI];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) {
    e2 = -1074; // subnormal
  } else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  if (e2 >= 0) return { digits: (mant << BigInt(e2)).toString(), scale: 0 };
  // m / 2^k = m * 5^k / 10^k
  return { digits: (mant * 5n ** BigInt(-e2)).toString(), scale: -e2 };
}

/** C's `%.{prec}e` for a finite double, with glibc's exact round-half-even digits. */
export function formatExponent(v: number, prec: number): string {
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0' + (prec > 0 ? '.' + '0'.repeat(prec) : '') + 'e+00';
  const { digits, scale } = exactDecimal(v);
  // value = 0.digits * 10^(digits.length - scale), so the first digit has exponent:
  let exp = digits.length - scale - 1;
  const want = prec + 1;
  let kept: string;
  if (digits.length <= want) {
    kept = digits + '0'.repeat(want - digits.length);
  } else {
    kept = digits.slice(0, want);
    const rest = digits.slice(want);
    const first = rest.charCodeAt(0) - 48;
    let up: boolean;
    if (first > 5) up = true;
    else if (first < 5) up = false;
    else if (/[1-9]/.test(rest.slice(1))) up = true;
    else up = (kept.charCodeAt(want - 1) - 48) % 2 === 1; // an exact tie: to even
    if (up) {
      const bumped = (BigInt(kept) + 1n).toString();
      if (bumped.length > want) {
        kept = bumped.slice(0, want);
        exp += 1;
      } else {
        kept = bumped;
      }
    }
  }
  const mant = kept[0] + (prec > 0 ? '.' + kept.slice(1) : '');
  const ae = Math.abs(exp);
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}

/** float_to_list(F) with no options: "1.00000000000000000000e+00". */
export function floatToClassic(v: number): string {
  return formatExponent(v, 20);
}
