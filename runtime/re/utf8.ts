// UTF-8 decoding shared by the re engine's parser and matcher: PCRE's notion of valid UTF-8
// (no overlong forms, no surrogates, nothing above U+10FFFF).

/** The character at `i` of valid UTF-8 and its length, or null when invalid there. */
export function decodeUtf8At(b: Uint8Array, i: number): [number, number] | null {
  const c = b[i];
  let n: number;
  let v: number;
  if (c < 0x80) return [c, 1];
  if (c >= 0xc2 && c < 0xe0) (n = 2), (v = c & 0x1f);
  else if (c >= 0xe0 && c < 0xf0) (n = 3), (v = c & 0x0f);
  else if (c >= 0xf0 && c < 0xf5) (n = 4), (v = c & 0x07);
  else return null;
  if (i + n > b.length) return null;
  for (let k = 1; k < n; k++) {
    const d = b[i + k];
    if ((d & 0xc0) !== 0x80) return null;
    v = (v << 6) | (d & 0x3f);
  }
  if ((n === 3 && v < 0x800) || (n === 4 && (v < 0x10000 || v > 0x10ffff))) return null;
  if (v >= 0xd800 && v <= 0xdfff) return null;
  return [v, n];
}
