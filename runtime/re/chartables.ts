// Character classification for the re engine, as erts's PCRE build classifies characters. erts
// gives PCRE its ISO 8859-1 tables, so below 256 the classes (\d \s \w, the POSIX classes, case
// pairs) are those of a Latin-1 locale, in latin1 and in unicode mode alike; the tables below
// were read off erts 25 by matching every byte. Above 255 (unicode mode only) \d \s \w and the
// POSIX classes match nothing unless `ucp` is set; then, and for \p{..}, case-insensitive
// matching and \X, Unicode properties come from V8's own Unicode data through RegExp, which may
// be a newer Unicode version than PCRE 8.44's (13.0): characters assigned since then differ.

/** Bits of the ctype table. */
export const DIGIT = 1;
export const SPACE = 2;
export const WORD = 4;
export const ALPHA = 8;
export const UPPER = 16;
export const LOWER = 32;
export const PUNCT = 64;
export const GRAPH = 128;
export const PRINT = 256;
export const CNTRL = 512;
export const XDIGIT = 1024;
export const BLANK = 2048;

function inRanges(c: number, ranges: number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (c >= ranges[i] && c <= ranges[i + 1]) return true;
  return false;
}

/** The Latin-1 ctype table. */
export const ctype: Uint16Array = (() => {
  const t = new Uint16Array(256);
  const upper = [65, 90, 192, 214, 216, 222];
  const lower = [97, 122, 170, 170, 181, 181, 186, 186, 223, 246, 248, 255];
  for (let c = 0; c < 256; c++) {
    let v = 0;
    if (c >= 48 && c <= 57) v |= DIGIT;
    if ((c >= 9 && c <= 13) || c === 32) v |= SPACE;
    if (c === 9 || c === 32) v |= BLANK;
    if (inRanges(c, upper)) v |= UPPER | ALPHA;
    if (inRanges(c, lower)) v |= LOWER | ALPHA;
    if (v & (ALPHA | DIGIT) || c === 95) v |= WORD;
    if (c < 32 || (c >= 127 && c < 160)) v |= CNTRL;
    if ((c >= 32 && c < 127) || c >= 160) v |= PRINT;
    if ((c > 32 && c < 127) || c >= 160) v |= GRAPH;
    if (v & GRAPH && !(v & (ALPHA | DIGIT))) v |= PUNCT;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)) v |= XDIGIT;
    t[c] = v;
  }
  return t;
})();

/** The other case of a Latin-1 character (itself when it has none): the table's case pairs. */
export function latin1Flip(c: number): number {
  const v = ctype[c];
  if (v & UPPER) return c + 32;
  if (v & LOWER && ((c >= 97 && c <= 122) || (c >= 224 && c <= 254 && c !== 247))) return c - 32;
  return c;
}

const propCache = new Map<string, RegExp | null>();

/** A RegExp testing one code point for a Unicode property expression (`L`, `Script=Greek`), or null when V8 does not know it. */
function propRegExp(expr: string): RegExp | null {
  let r = propCache.get(expr);
  if (r === undefined) {
    try {
      r = new RegExp(`^\\p{${expr}}$`, 'u');
    } catch {
      r = null;
    }
    propCache.set(expr, r);
  }
  return r;
}

export function hasProperty(c: number, expr: string): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return expr === 'Cs' || expr === 'C' || expr === 'Any';
  const r = propRegExp(expr);
  return r !== null && r.test(String.fromCodePoint(c));
}

/** Whether V8 knows the property expression. */
export function knownProperty(expr: string): boolean {
  return propRegExp(expr) !== null;
}

/** A character's simple case folding for caseless matching above 127 in unicode mode. */
const foldCache = new Map<number, number>();
export function unicodeFold(c: number): number {
  let f = foldCache.get(c);
  if (f !== undefined) return f;
  f = c;
  if (c < 0xd800 || c > 0xdfff) {
    const up = String.fromCodePoint(c).toUpperCase();
    if ([...up].length === 1) {
      const low = up.toLowerCase();
      if ([...low].length === 1) f = low.codePointAt(0)!;
    } else {
      const low = String.fromCodePoint(c).toLowerCase();
      if ([...low].length === 1) f = low.codePointAt(0)!;
    }
  }
  foldCache.set(c, f);
  return f;
}

/** \h: horizontal white space. */
export function isHSpace(c: number): boolean {
  return (
    c === 0x09 || c === 0x20 || c === 0xa0 || c === 0x1680 || c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** \v: vertical white space. */
export function isVSpace(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** With `ucp`: \d, \s, \w as PCRE defines them over Unicode properties. */
export function ucpDigit(c: number): boolean {
  return c < 128 ? c >= 48 && c <= 57 : hasProperty(c, 'Nd');
}
export function ucpSpace(c: number): boolean {
  if (c < 256) return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0;
  return hasProperty(c, 'Z') || c === 0x180e;
}
export function ucpWord(c: number): boolean {
  if (c < 128) return (ctype[c] & WORD) !== 0;
  return c === 95 || hasProperty(c, 'L') || hasProperty(c, 'N');
}

/** Whether `c` is a word character for \b, \w in the given mode. */
export function isWordChar(c: number, ucp: boolean): boolean {
  if (ucp) return ucpWord(c);
  return c < 256 && (ctype[c] & WORD) !== 0;
}

/** PCRE's Unicode property names after \p: general categories, scripts, Any, L&, Xan, Xps, Xsp, Xwd, Xuc. */
const CATEGORIES = new Set([
  'C', 'Cc', 'Cf', 'Cn', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd',
  'Nl', 'No', 'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs',
]);

/** A predicate for \p{name}, or null for a name PCRE does not know. */
export function propertyTest(name: string): ((c: number) => boolean) | null {
  if (name === 'Any') return () => true;
  if (name === 'L&') return (c) => hasProperty(c, 'Lu') || hasProperty(c, 'Ll') || hasProperty(c, 'Lt');
  if (name === 'Xan') return (c) => hasProperty(c, 'L') || hasProperty(c, 'N');
  if (name === 'Xps' || name === 'Xsp') return (c) => ucpSpace(c) || c === 0x0b;
  if (name === 'Xwd') return (c) => c === 95 || hasProperty(c, 'L') || hasProperty(c, 'N');
  if (name === 'Xuc') return (c) => c === 0x24 || c === 0x40 || c === 0x60 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000);
  if (CATEGORIES.has(name)) {
    if (name === 'Cn') return (c) => hasProperty(c, 'Cn');
    return (c) => hasProperty(c, name);
  }
  // Script names: PCRE spells them as Unicode does (Greek, Old_Italic...).
  if (/^[A-Z][A-Za-z_]*$/.test(name) && knownProperty(`Script=${name}`)) {
    const expr = `Script=${name}`;
    return (c) => hasProperty(c, expr);
  }
  return null;
}
