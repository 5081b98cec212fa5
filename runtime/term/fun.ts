// Funs. A local fun (made by make_fun3) points at the lambda's JS function in one
// loaded version of its module and carries the free variables the lambda takes
// after its arguments. An export fun (`fun M:F/A`) calls through the export table,
// so it always reaches the current code.

import type { Atom } from './atom.js';
import type { Term } from './term.js';

/** What the loader gives a fun so that it can be called and compared. */
export interface LambdaInfo {
  readonly module: Atom;
  /** The lambda function's name, e.g. '-main/1-fun-0-'. */
  readonly name: Atom;
  /** Arguments the caller passes (the lambda's arity less its free variables). */
  readonly arity: number;
  /** Index in the module's FunT chunk. */
  readonly index: number;
  /** FunT's old_uniq: with module and index, what identifies the fun across versions. */
  readonly uniq: number;
  /** The defining module's MD5 (16 bytes), as external funs carry it. */
  readonly md5: Uint8Array;
  /** The compiled lambda: (p, args..., freeVars..., resume?) => Term. */
  fn: Function;
}

/** An entry of the export table, shared by every caller of M:F/A. */
export interface ExportRef {
  readonly module: Atom;
  readonly name: Atom;
  readonly arity: number;
  /** The current code: (p, args..., resume?) => Term. */
  fn: Function;
}

export class Fun {
  /** Arguments the fun takes when called. */
  readonly arity: number;
  /** Set for a local fun. */
  readonly lambda: LambdaInfo | null;
  /** Free variables of a local fun, appended after the call's arguments. */
  readonly env: readonly Term[];
  /** Set for an export fun. */
  readonly export: ExportRef | null;
  constructor(arity: number, lambda: LambdaInfo | null, env: readonly Term[], exp: ExportRef | null) {
    this.arity = arity;
    this.lambda = lambda;
    this.env = env;
    this.export = exp;
  }
  get module(): Atom {
    return this.lambda !== null ? this.lambda.module : this.export!.module;
  }
}
