// Types for the pako files zlib-engine.ts imports: pako's internal zlib port (CommonJS modules
// whose module.exports holds zlib's functions), which @types/pako does not describe.
declare module 'pako/lib/zlib/deflate.js' {
  const deflate: any;
  export default deflate;
}
declare module 'pako/lib/zlib/inflate.js' {
  const inflate: any;
  export default inflate;
}
declare module 'pako/lib/zlib/crc32.js' {
  const crc32: any;
  export default crc32;
}
declare module 'pako/lib/zlib/adler32.js' {
  const adler32: any;
  export default adler32;
}
