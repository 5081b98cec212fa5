// Unicode properties as PCRE 8.44's compiled code names them: a property type (PT_*) and a value
// (a general category, a particular category or a script, numbered as in PCRE's ucp.h), and the
// caseless sets PT_CLIST points into. pcre-bytecode.ts turns each into a test on one character
// with the semantics of PCRE's match code; the characters' properties themselves come from
// chartables.ts (V8's Unicode data).

import { hasProperty, knownProperty } from './chartables.js';

export const PT_ANY = 0;
export const PT_LAMP = 1;
export const PT_GC = 2;
export const PT_PC = 3;
export const PT_SC = 4;
export const PT_ALNUM = 5;
export const PT_SPACE = 6;
export const PT_PXSPACE = 7;
export const PT_WORD = 8;
export const PT_CLIST = 9;
export const PT_UCNC = 10;
/** The next three occur only in XCLASS items, for POSIX classes with ucp. */
export const PT_PXGRAPH = 11;
export const PT_PXPRINT = 12;
export const PT_PXPUNCT = 13;

/** General categories, by their number (ucp_C...). */
const GENERAL = ['C', 'L', 'M', 'N', 'P', 'S', 'Z'];

/** Particular categories, by their number (ucp_Cc...). */
const PARTICULAR = [
  'Cc', 'Cf', 'Cn', 'Co', 'Cs', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'Mc', 'Me', 'Mn', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Pe',
  'Pf', 'Pi', 'Po', 'Ps', 'Sc', 'Sk', 'Sm', 'So', 'Zl', 'Zp', 'Zs',
];

/** Scripts, by their number (ucp_Arabic...): the order of PCRE's enum, new scripts appended per Unicode release. */
const SCRIPTS = [
  'Arabic', 'Armenian', 'Bengali', 'Bopomofo', 'Braille', 'Buginese', 'Buhid', 'Canadian_Aboriginal', 'Cherokee',
  'Common', 'Coptic', 'Cypriot', 'Cyrillic', 'Deseret', 'Devanagari', 'Ethiopic', 'Georgian', 'Glagolitic', 'Gothic',
  'Greek', 'Gujarati', 'Gurmukhi', 'Han', 'Hangul', 'Hanunoo', 'Hebrew', 'Hiragana', 'Inherited', 'Kannada',
  'Katakana', 'Kharoshthi', 'Khmer', 'Lao', 'Latin', 'Limbu', 'Linear_B', 'Malayalam', 'Mongolian', 'Myanmar',
  'New_Tai_Lue', 'Ogham', 'Old_Italic', 'Old_Persian', 'Oriya', 'Osmanya', 'Runic', 'Shavian', 'Sinhala',
  'Syloti_Nagri', 'Syriac', 'Tagalog', 'Tagbanwa', 'Tai_Le', 'Tamil', 'Telugu', 'Thaana', 'Thai', 'Tibetan',
  'Tifinagh', 'Ugaritic', 'Yi',
  // Unicode 5.0
  'Balinese', 'Cuneiform', 'Nko', 'Phags_Pa', 'Phoenician',
  // 5.1
  'Carian', 'Cham', 'Kayah_Li', 'Lepcha', 'Lycian', 'Lydian', 'Ol_Chiki', 'Rejang', 'Saurashtra', 'Sundanese', 'Vai',
  // 5.2
  'Avestan', 'Bamum', 'Egyptian_Hieroglyphs', 'Imperial_Aramaic', 'Inscriptional_Pahlavi', 'Inscriptional_Parthian',
  'Javanese', 'Kaithi', 'Lisu', 'Meetei_Mayek', 'Old_South_Arabian', 'Old_Turkic', 'Samaritan', 'Tai_Tham',
  'Tai_Viet',
  // 6.0
  'Batak', 'Brahmi', 'Mandaic',
  // 6.1
  'Chakma', 'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Miao', 'Sharada', 'Sora_Sompeng', 'Takri',
  // 7.0
  'Bassa_Vah', 'Caucasian_Albanian', 'Duployan', 'Elbasan', 'Grantha', 'Khojki', 'Khudawadi', 'Linear_A', 'Mahajani',
  'Manichaean', 'Mende_Kikakui', 'Modi', 'Mro', 'Nabataean', 'Old_North_Arabian', 'Old_Permic', 'Pahawh_Hmong',
  'Palmyrene', 'Psalter_Pahlavi', 'Pau_Cin_Hau', 'Siddham', 'Tirhuta', 'Warang_Citi',
];

/**
 * The characters that match each other caselessly in groups of three or more (Unicode data), in the
 * order of PCRE's ucd_caseless_sets: the table is the sets one after the other, each ended by a
 * terminator, after a leading terminator; PT_CLIST's value is where a set starts in it.
 */
const CASELESS_SETS = [
  [0x53, 0x73, 0x17f], [0x1c4, 0x1c5, 0x1c6], [0x1c7, 0x1c8, 0x1c9], [0x1ca, 0x1cb, 0x1cc], [0x1f1, 0x1f2, 0x1f3],
  [0x345, 0x399, 0x3b9, 0x1fbe], [0xb5, 0x39c, 0x3bc], [0x3a3, 0x3c2, 0x3c3], [0x392, 0x3b2, 0x3d0],
  [0x398, 0x3b8, 0x3d1, 0x3f4], [0x3a6, 0x3c6, 0x3d5], [0x3a0, 0x3c0, 0x3d6], [0x39a, 0x3ba, 0x3f0],
  [0x3a1, 0x3c1, 0x3f1], [0x395, 0x3b5, 0x3f5], [0x1e60, 0x1e61, 0x1e9b], [0x3a9, 0x3c9, 0x2126],
  [0x4b, 0x6b, 0x212a], [0xc5, 0xe5, 0x212b],
];
const CASELESS_AT = new Map<number, number[]>();
{
  let at = 1;
  for (const set of CASELESS_SETS) {
    CASELESS_AT.set(at, set);
    at += set.length + 1;
  }
}

/** The caseless set starting at `offset` in PCRE's table, or null when no set starts there. */
export function caselessSet(offset: number): number[] | null {
  return CASELESS_AT.get(offset) ?? null;
}

function general(c: number, g: string): boolean {
  return hasProperty(c, g);
}

/** Perl/POSIX space with ucp: \h and \v characters, and the Z category. */
function ucpSpaceProp(c: number): boolean {
  if (c === 0x09 || c === 0x20 || c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a)) return true;
  if (c === 0x202f || c === 0x205f || c === 0x3000) return true;
  if ((c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029) return true;
  return general(c, 'Z');
}

/** Format characters that [:graph:] and [:print:] exclude. */
function graphCfException(c: number): boolean {
  return c === 0x061c || (c >= 0x2066 && c <= 0x2069);
}

/**
 * The test for a property (type, value) as PCRE's matcher applies it (positive form), or a string
 * naming what is wrong with it.
 */
export function propertyTestOf(type: number, value: number): ((c: number) => boolean) | string {
  switch (type) {
    case PT_ANY:
      return () => true;
    case PT_LAMP:
      return (c) => hasProperty(c, 'Lu') || hasProperty(c, 'Ll') || hasProperty(c, 'Lt');
    case PT_GC: {
      const g = GENERAL[value];
      if (g === undefined) return `general category ${value}`;
      return (c) => general(c, g);
    }
    case PT_PC: {
      const p = PARTICULAR[value];
      if (p === undefined) return `particular category ${value}`;
      return (c) => hasProperty(c, p);
    }
    case PT_SC: {
      const s = SCRIPTS[value];
      if (s === undefined) return `script ${value}`;
      const expr = `Script=${s}`;
      if (!knownProperty(expr)) return `script ${s}, unknown to this JS engine`;
      return (c) => hasProperty(c, expr);
    }
    case PT_ALNUM:
      return (c) => general(c, 'L') || general(c, 'N');
    case PT_SPACE:
    case PT_PXSPACE:
      return ucpSpaceProp;
    case PT_WORD:
      return (c) => c === 0x5f || general(c, 'L') || general(c, 'N');
    case PT_CLIST: {
      const set = caselessSet(value);
      if (set === null) return `caseless set at ${value}`;
      return (c) => set.includes(c);
    }
    case PT_UCNC:
      return (c) => (c < 0xa0 ? c === 0x24 || c === 0x40 || c === 0x60 : c < 0xd800 || c > 0xdfff);
    case PT_PXGRAPH:
      return (c) =>
        !general(c, 'Z') && (!general(c, 'C') || (hasProperty(c, 'Cf') && c !== 0x180e && !graphCfException(c)));
    case PT_PXPRINT:
      return (c) =>
        !hasProperty(c, 'Zl') && !hasProperty(c, 'Zp') && (!general(c, 'C') || (hasProperty(c, 'Cf') && !graphCfException(c)));
    case PT_PXPUNCT:
      return (c) => general(c, 'P') || (c < 128 && general(c, 'S'));
    default:
      return `property type ${type}`;
  }
}
