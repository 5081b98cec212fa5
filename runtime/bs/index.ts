// The bit-syntax runtime that generated code calls: construction and matching.
export * from './construct.js';
export * from './match.js';
