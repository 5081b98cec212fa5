// The catalogue of user-facing errors. Every error a user can see from reading,
// translating or loading code is a BeamjsError built here, so that messages name
// the file, module, function, chunk or opcode in one consistent form, and the CLI
// can print them without a JS stack trace and exit non-zero.

export interface Where {
  file?: string;
  module?: string;
  /** 'name/arity' */
  function?: string;
  chunk?: string;
  opcode?: string;
}

export class BeamjsError extends Error {
  readonly where: Where;
  readonly what: string;
  constructor(what: string, where: Where = {}) {
    super(formatMessage(what, where));
    this.name = 'BeamjsError';
    this.what = what;
    this.where = where;
  }
}

function formatMessage(what: string, w: Where): string {
  const parts: string[] = [];
  if (w.file !== undefined) parts.push(w.file);
  if (w.module !== undefined) parts.push(`module ${w.module}`);
  if (w.function !== undefined) parts.push(`function ${w.function}`);
  if (w.chunk !== undefined) parts.push(`chunk ${w.chunk}`);
  if (w.opcode !== undefined) parts.push(`opcode ${w.opcode}`);
  return parts.length === 0 ? what : `${parts.join(', ')}: ${what}`;
}

// --- the catalogue -------------------------------------------------------------

export const errors = {
  notBeam: (file: string) => new BeamjsError('not a BEAM file (no FOR1/BEAM header)', { file }),
  truncated: (file: string, chunk: string | undefined, detail: string) =>
    new BeamjsError(`truncated or corrupt: ${detail}`, { file, chunk }),
  corruptChunk: (file: string, chunk: string, detail: string) =>
    new BeamjsError(`corrupt chunk: ${detail}`, { file, chunk }),
  missingChunk: (file: string, chunk: string) => new BeamjsError('mandatory chunk is missing', { file, chunk }),
  unsupportedFormat: (file: string, chunk: string, detail: string) =>
    new BeamjsError(`unsupported format: ${detail}`, { file, chunk }),
  unknownOpcode: (file: string, module: string, fn: string | undefined, opcode: number) =>
    new BeamjsError(
      `opcode ${opcode} is not a BEAM opcode of OTP 25 (1-180); the file was probably compiled by a newer OTP`,
      { file, module, function: fn },
    ),
  noEmitter: (file: string, module: string, fn: string, opcode: string) =>
    new BeamjsError('beamjs cannot translate this instruction yet (no emitter)', { file, module, function: fn, opcode }),
  otpNotFound: (searched: string[]) =>
    new BeamjsError(`no Erlang/OTP installation found; searched: ${searched.join(', ')}`),
  noElixir: (module: string, searched: string) =>
    new BeamjsError(`${module} is an Elixir module, and no Elixir installation was found (${searched}); install elixir or pass its ebin directories with -pa`),
  otpRootInvalid: (root: string, detail: string) =>
    new BeamjsError(`BEAMJS_OTP_ROOT=${root} is not a valid Erlang/OTP installation: ${detail}`),
  truncatedInstruction: (file: string, module: string, fn: string | undefined, opcode: string, offset: number) =>
    new BeamjsError(`the code ends inside the operands of the instruction at byte ${offset} of the code`, {
      file, module, function: fn, chunk: 'Code', opcode,
    }),
  badOperand: (file: string, module: string, fn: string | undefined, opcode: string, offset: number, detail: string) =>
    new BeamjsError(`bad operand in the instruction at byte ${offset} of the code: ${detail}`, {
      file, module, function: fn, chunk: 'Code', opcode,
    }),
  obsoleteOpcode: (file: string, module: string, fn: string | undefined, opcode: string) =>
    new BeamjsError('obsolete instruction, which erts 25 refuses to load too; recompile the module with OTP 25', {
      file, module, function: fn, chunk: 'Code', opcode,
    }),
  badCode: (file: string, module: string, fn: string | undefined, detail: string) =>
    new BeamjsError(`invalid code: ${detail}`, { file, module, function: fn, chunk: 'Code' }),
  usage: (command: string, detail: string) => new BeamjsError(`${command}: ${detail}`),
  // beamjs compile: inputs, dependencies and the output directory.
  noInput: (file: string, detail: string) => new BeamjsError(`cannot read this input: ${detail}`, { file }),
  notAnInput: (file: string) =>
    new BeamjsError('not an input beamjs compile takes (a .beam file, an ebin directory, an .ez archive or an OTP release directory)', { file }),
  badArchive: (file: string, detail: string) => new BeamjsError(`not a readable .ez (zip) archive: ${detail}`, { file }),
  badAppFile: (file: string, detail: string) => new BeamjsError(`not a valid application resource file: ${detail}`, { file }),
  duplicateModule: (module: string, first: string, second: string) =>
    new BeamjsError(`two inputs hold module ${module}: ${first} and ${second}`),
  missingApplication: (file: string, app: string, needed: string, searched: string) =>
    new BeamjsError(`application ${app} needs application ${needed}, which is neither among the inputs nor in ${searched}`, { file }),
  missingInclude: (module: string, searched: string) =>
    new BeamjsError(`--include ${module}: no such module among the inputs or in ${searched}`),
  mainNotFound: (module: string) => new BeamjsError(`--main ${module}: no such module among the inputs`),
  mainNotExported: (file: string, module: string) => new BeamjsError('--main needs a module that exports main/1', { file, module }),
  nothingToRun: () =>
    new BeamjsError('nothing to run: give --main MODULE, or an input that is an application (an ebin directory or .ez with an .app file)'),
  tooManyApplications: (apps: string[]) =>
    new BeamjsError(`the inputs hold several applications (${apps.join(', ')}) and no --main: which to start is ambiguous; give --main MODULE`),
  outputNotWritable: (dir: string, detail: string) => new BeamjsError(`cannot write the output directory: ${detail}`, { file: dir }),
  outputNotOurs: (dir: string) =>
    new BeamjsError('exists and is not the output of beamjs compile (it has no manifest.json); it is left alone: remove it or choose another -o', { file: dir }),
  notBuilt: (what: string) => new BeamjsError(`the beamjs build lacks ${what}; run npm run build`),
};

/** A warning in the catalogue's form (the CLI prints it and goes on). */
export function warning(what: string, where: Where = {}): string {
  return `warning: ${formatMessage(what, where)}`;
}

export const warnings = {
  unresolvedCall: (file: string, module: string, callee: string) =>
    warning(`calls ${callee}, and no module ${callee.split(':')[0]} is among the inputs or in the OTP installation; the call will fail with undef`, { file, module }),
};

