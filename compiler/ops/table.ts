// The generic BEAM instruction set of OTP 25 (opcodes 1-180) as typed data: the single
// source of truth for opcode numbers, names, arities and what each operand means. The
// operand decoder (decode.ts) is driven by it, emitters are grouped by its `family`, and
// test/ops.test.ts checks every row against the installed compiler's `beam_opcodes` and the
// obsolete flags against what erts itself refuses to load. Docs are one line, our own words.

/**
 * What an operand is. The decoder checks each operand's encoding against its kind, so later
 * stages may rely on the shape (a `label` is always a label, a `dest` always a register).
 */
export type OperandKind =
  | 'label' //     f: a jump target or fail label; 0 means "no fail label: raise instead"
  | 'labelDef' //  u: the number of the label this instruction defines
  | 'src' //       any readable value: x/y register, integer, atom, [], literal
  | 'dest' //      an x or y register that is written
  | 'uint' //      u: a plain count or number with no finer meaning
  | 'arity' //     u: a function or tuple arity
  | 'live' //      u: how many x registers are live (matters to the BEAM's GC only)
  | 'stack' //     u: a number of stack (y) words
  | 'heap' //      u or allocation list: heap words needed
  | 'import' //    u: an index into the ImpT chunk (a called function or a BIF)
  | 'lambda' //    u: an index into the FunT chunk
  | 'atom' //      a: an atom (never [])
  | 'list' //      z1: an operand list; always the last operand
  | 'freg' //      z2: a float register
  | 'fsrc' //      a float register, an x/y register or a literal (fmove's source)
  | 'fdest' //     a float register or an x/y register (fmove's destination)
  | 'size' //      a bit-syntax size: u, integer, register, literal or the atom `all`
  | 'unit' //      u: a bit-syntax unit
  | 'flags' //     u: bit-syntax segment flags (endianness, signedness)
  | 'strOffset' // u: a byte offset into the StrT chunk
  | 'line' //      u: an index into the Line chunk's location table
  | 'position' //  u: a tuple element position
  | 'matchFail' // a label, or the atom `no_fail` / `resume` (bs_start_match4)
  | 'funTag' //    the atom `safe` / `unsafe`, or u: the FunT index of a known target (call_fun2)
  | 'any'; //      obsolete operands whose meaning beamjs does not track

export type OpFamily =
  | 'meta' //       labels, function headers, line numbers, markers
  | 'calls' //      local, external, BIF and fun calls, returns
  | 'stack' //      frame allocation, heap tests, y-register initialisation
  | 'moves' //      register moves and swaps
  | 'control' //    jumps and multi-way branches
  | 'tests' //      type and comparison tests that branch to a fail label
  | 'arith' //      the old arithmetic opcodes (all obsolete; arithmetic is gc_bif now)
  | 'bs' //         bit syntax as OTP 25 emits it
  | 'bs_legacy' //  bit syntax of older compilers (OTP 24's construction, Elixir 1.14 uses it)
  | 'maps'
  | 'exceptions' // catch/try, raising, error instructions
  | 'receive' //    send and the receive loop
  | 'funs' //       fun creation
  | 'floats' //     float register arithmetic
  | 'tuples'
  | 'lists';

export interface OpInfo {
  readonly number: number;
  readonly name: string;
  readonly arity: number;
  /** One kind per operand; `operands.length === arity`. */
  readonly operands: readonly OperandKind[];
  readonly family: OpFamily;
  readonly doc: string;
  /** erts 25 refuses to load code containing it ("please re-compile this module"). */
  readonly obsolete?: boolean;
}

export const MAX_OPCODE = 180;

type Row = [number, string, OperandKind[], OpFamily, string, 'obsolete'?];

// prettier-ignore
const ROWS: Row[] = [
  [1, 'label', ['labelDef'], 'meta', 'Marks this point in the code as label N.'],
  [2, 'func_info', ['atom', 'atom', 'arity'], 'meta', 'Heads a function M:F/A; reached only to raise function_clause.'],
  [3, 'int_code_end', [], 'meta', 'Marks the end of the code stream.'],
  [4, 'call', ['arity', 'label'], 'calls', 'Calls a local function and continues after it returns.'],
  [5, 'call_last', ['arity', 'label', 'stack'], 'calls', 'Drops the current frame of N words, then tail-calls a local function.'],
  [6, 'call_only', ['arity', 'label'], 'calls', 'Tail-calls a local function when there is no frame to drop.'],
  [7, 'call_ext', ['arity', 'import'], 'calls', 'Calls an imported function and continues after it returns.'],
  [8, 'call_ext_last', ['arity', 'import', 'stack'], 'calls', 'Drops the current frame, then tail-calls an imported function.'],
  [9, 'bif0', ['import', 'dest'], 'calls', 'Calls a BIF without arguments that cannot fail.'],
  [10, 'bif1', ['label', 'import', 'src', 'dest'], 'calls', 'Calls a one-argument BIF; on failure jumps to the label, or raises if it is 0.'],
  [11, 'bif2', ['label', 'import', 'src', 'src', 'dest'], 'calls', 'Calls a two-argument BIF; on failure jumps to the label, or raises if it is 0.'],
  [12, 'allocate', ['stack', 'live'], 'stack', 'Pushes a frame of N y registers (not initialised).'],
  [13, 'allocate_heap', ['stack', 'heap', 'live'], 'stack', 'Pushes a frame and makes sure of heap space in one step.'],
  [14, 'allocate_zero', ['stack', 'live'], 'stack', 'Pushes a frame of N y registers, all set to [].'],
  [15, 'allocate_heap_zero', ['stack', 'heap', 'live'], 'stack', 'Pushes a zeroed frame and makes sure of heap space.'],
  [16, 'test_heap', ['heap', 'live'], 'stack', 'Makes sure of heap space, collecting garbage if needed.'],
  [17, 'init', ['dest'], 'stack', 'Sets one y register to [].'],
  [18, 'deallocate', ['stack'], 'stack', 'Pops the current frame of N words.'],
  [19, 'return', [], 'calls', 'Returns x0 to the caller.'],
  [20, 'send', [], 'receive', 'Sends x1 to x0 (a pid, port or name); the message is left in x0.'],
  [21, 'remove_message', [], 'receive', 'Takes the current message out of the mailbox and cancels any timer.'],
  [22, 'timeout', [], 'receive', 'Ends a receive whose timer fired: rewinds the mailbox scan.'],
  [23, 'loop_rec', ['label', 'dest'], 'receive', 'Loads the next unscanned message into x0, or jumps to the label if there is none.'],
  [24, 'loop_rec_end', ['label'], 'receive', 'Skips the current message and jumps back to the receive loop.'],
  [25, 'wait', ['label'], 'receive', 'Suspends until a message arrives, then resumes at the label.'],
  [26, 'wait_timeout', ['label', 'src'], 'receive', 'Like wait, but with a timer in milliseconds (or infinity); falls through on timeout.'],
  [27, 'm_plus', ['label', 'src', 'src', 'dest'], 'arith', 'Old addition instruction.', 'obsolete'],
  [28, 'm_minus', ['label', 'src', 'src', 'dest'], 'arith', 'Old subtraction instruction.', 'obsolete'],
  [29, 'm_times', ['label', 'src', 'src', 'dest'], 'arith', 'Old multiplication instruction.', 'obsolete'],
  [30, 'm_div', ['label', 'src', 'src', 'dest'], 'arith', 'Old float division instruction.', 'obsolete'],
  [31, 'int_div', ['label', 'src', 'src', 'dest'], 'arith', 'Old integer division instruction.', 'obsolete'],
  [32, 'int_rem', ['label', 'src', 'src', 'dest'], 'arith', 'Old remainder instruction.', 'obsolete'],
  [33, 'int_band', ['label', 'src', 'src', 'dest'], 'arith', 'Old bitwise and instruction.', 'obsolete'],
  [34, 'int_bor', ['label', 'src', 'src', 'dest'], 'arith', 'Old bitwise or instruction.', 'obsolete'],
  [35, 'int_bxor', ['label', 'src', 'src', 'dest'], 'arith', 'Old bitwise xor instruction.', 'obsolete'],
  [36, 'int_bsl', ['label', 'src', 'src', 'dest'], 'arith', 'Old shift-left instruction.', 'obsolete'],
  [37, 'int_bsr', ['label', 'src', 'src', 'dest'], 'arith', 'Old shift-right instruction.', 'obsolete'],
  [38, 'int_bnot', ['label', 'src', 'dest'], 'arith', 'Old bitwise not instruction.', 'obsolete'],
  [39, 'is_lt', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A < B in term order.'],
  [40, 'is_ge', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A >= B in term order.'],
  [41, 'is_eq', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A == B (1 == 1.0).'],
  [42, 'is_ne', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A /= B.'],
  [43, 'is_eq_exact', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A =:= B.'],
  [44, 'is_ne_exact', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless A =/= B.'],
  [45, 'is_integer', ['label', 'src'], 'tests', 'Jumps to the label unless the value is an integer.'],
  [46, 'is_float', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a float.'],
  [47, 'is_number', ['label', 'src'], 'tests', 'Jumps to the label unless the value is an integer or a float.'],
  [48, 'is_atom', ['label', 'src'], 'tests', 'Jumps to the label unless the value is an atom.'],
  [49, 'is_pid', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a pid.'],
  [50, 'is_reference', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a reference.'],
  [51, 'is_port', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a port.'],
  [52, 'is_nil', ['label', 'src'], 'tests', 'Jumps to the label unless the value is [].'],
  [53, 'is_binary', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a binary (whole bytes).'],
  [54, 'is_constant', ['label', 'src'], 'tests', 'Old test for an atomic value.', 'obsolete'],
  [55, 'is_list', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a cons cell or [].'],
  [56, 'is_nonempty_list', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a cons cell.'],
  [57, 'is_tuple', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a tuple.'],
  [58, 'test_arity', ['label', 'src', 'arity'], 'tests', 'Jumps to the label unless the tuple has exactly N elements.'],
  [59, 'select_val', ['src', 'label', 'list'], 'control', 'Jumps to the label paired with the matching value in the list, else to the fail label.'],
  [60, 'select_tuple_arity', ['src', 'label', 'list'], 'control', 'Jumps to the label paired with the tuple\'s arity in the list, else to the fail label.'],
  [61, 'jump', ['label'], 'control', 'Jumps to the label.'],
  [62, 'catch', ['dest', 'label'], 'exceptions', 'Opens a catch: records the handler label in a y register.'],
  [63, 'catch_end', ['dest'], 'exceptions', 'Closes a catch; an exception caught there becomes its value in x0.'],
  [64, 'move', ['src', 'dest'], 'moves', 'Copies a value into a register.'],
  [65, 'get_list', ['src', 'dest', 'dest'], 'lists', 'Splits a cons cell into head and tail registers.'],
  [66, 'get_tuple_element', ['src', 'position', 'dest'], 'tuples', 'Reads the element at a zero-based position of a tuple.'],
  [67, 'set_tuple_element', ['src', 'src', 'position'], 'tuples', 'Overwrites an element of a tuple just built (destructive, compiler-proven safe).'],
  [68, 'put_string', ['uint', 'strOffset', 'dest'], 'lists', 'Old: builds a string from the StrT chunk.', 'obsolete'],
  [69, 'put_list', ['src', 'src', 'dest'], 'lists', 'Builds a cons cell from a head and a tail.'],
  [70, 'put_tuple', ['arity', 'dest'], 'tuples', 'Old: starts a tuple whose elements follow in put instructions.', 'obsolete'],
  [71, 'put', ['src'], 'tuples', 'Old: stores the next element of the tuple being built.', 'obsolete'],
  [72, 'badmatch', ['src'], 'exceptions', 'Raises error {badmatch, Value}.'],
  [73, 'if_end', [], 'exceptions', 'Raises error if_clause.'],
  [74, 'case_end', ['src'], 'exceptions', 'Raises error {case_clause, Value}.'],
  [75, 'call_fun', ['arity'], 'calls', 'Calls the fun in x[N] with arguments x0..x[N-1].'],
  [76, 'make_fun', ['any', 'any', 'any'], 'funs', 'Old fun creation.', 'obsolete'],
  [77, 'is_function', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a fun.'],
  [78, 'call_ext_only', ['arity', 'import'], 'calls', 'Tail-calls an imported function when there is no frame to drop.'],
  [79, 'bs_start_match', ['any', 'any'], 'bs_legacy', 'Old (R7) binary match start.', 'obsolete'],
  [80, 'bs_get_integer', ['any', 'any', 'any', 'any', 'any'], 'bs_legacy', 'Old (R7) integer segment match.', 'obsolete'],
  [81, 'bs_get_float', ['any', 'any', 'any', 'any', 'any'], 'bs_legacy', 'Old (R7) float segment match.', 'obsolete'],
  [82, 'bs_get_binary', ['any', 'any', 'any', 'any', 'any'], 'bs_legacy', 'Old (R7) binary segment match.', 'obsolete'],
  [83, 'bs_skip_bits', ['any', 'any', 'any', 'any'], 'bs_legacy', 'Old (R7) segment skip.', 'obsolete'],
  [84, 'bs_test_tail', ['any', 'any'], 'bs_legacy', 'Old (R7) test of the bits left.', 'obsolete'],
  [85, 'bs_save', ['any'], 'bs_legacy', 'Old (R7) match position save.', 'obsolete'],
  [86, 'bs_restore', ['any'], 'bs_legacy', 'Old (R7) match position restore.', 'obsolete'],
  [87, 'bs_init', ['any', 'any'], 'bs_legacy', 'Old (R7) binary construction start.', 'obsolete'],
  [88, 'bs_final', ['any', 'any'], 'bs_legacy', 'Old (R7) binary construction end.', 'obsolete'],
  [89, 'bs_put_integer', ['label', 'size', 'unit', 'flags', 'src'], 'bs_legacy', 'Appends an integer segment to the binary under construction.'],
  [90, 'bs_put_binary', ['label', 'size', 'unit', 'flags', 'src'], 'bs_legacy', 'Appends a binary segment to the binary under construction.'],
  [91, 'bs_put_float', ['label', 'size', 'unit', 'flags', 'src'], 'bs_legacy', 'Appends a float segment to the binary under construction.'],
  [92, 'bs_put_string', ['uint', 'strOffset'], 'bs_legacy', 'Appends N bytes of the StrT chunk to the binary under construction.'],
  [93, 'bs_need_buf', ['any'], 'bs_legacy', 'Old (R7B) buffer reservation.', 'obsolete'],
  [94, 'fclearerror', [], 'floats', 'Clears the float error state (a no-op since OTP 21).'],
  [95, 'fcheckerror', ['label'], 'floats', 'Raises badarith if a float operation produced inf or NaN (a no-op since OTP 21).'],
  [96, 'fmove', ['fsrc', 'fdest'], 'floats', 'Moves a float between a float register and a term register or literal.'],
  [97, 'fconv', ['src', 'freg'], 'floats', 'Converts a number to a float in a float register (badarith if not a number).'],
  [98, 'fadd', ['label', 'freg', 'freg', 'freg'], 'floats', 'Adds two float registers.'],
  [99, 'fsub', ['label', 'freg', 'freg', 'freg'], 'floats', 'Subtracts two float registers.'],
  [100, 'fmul', ['label', 'freg', 'freg', 'freg'], 'floats', 'Multiplies two float registers.'],
  [101, 'fdiv', ['label', 'freg', 'freg', 'freg'], 'floats', 'Divides two float registers.'],
  [102, 'fnegate', ['label', 'freg', 'freg'], 'floats', 'Negates a float register.'],
  [103, 'make_fun2', ['lambda'], 'funs', 'Builds a fun from a FunT entry, capturing x0.. as its free variables.'],
  [104, 'try', ['dest', 'label'], 'exceptions', 'Opens a try: records the handler label in a y register.'],
  [105, 'try_end', ['dest'], 'exceptions', 'Closes a try whose body finished normally.'],
  [106, 'try_case', ['dest'], 'exceptions', 'Starts a try handler: class, reason and stack trace arrive in x0-x2.'],
  [107, 'try_case_end', ['src'], 'exceptions', 'Raises error {try_clause, Value}.'],
  [108, 'raise', ['src', 'src'], 'exceptions', 'Re-raises an exception from a stack trace and a reason.'],
  [109, 'bs_init2', ['label', 'size', 'heap', 'live', 'flags', 'dest'], 'bs_legacy', 'Starts building a binary of a size in bytes.'],
  [110, 'bs_bits_to_bytes', ['any', 'any', 'any'], 'bs_legacy', 'Old bit count to byte count conversion.', 'obsolete'],
  [111, 'bs_add', ['label', 'size', 'size', 'unit', 'dest'], 'bs_legacy', 'Adds A + B * Unit for a binary size computation.'],
  [112, 'apply', ['arity'], 'calls', 'Calls M:F with x0..x[N-1], where M and F are in x[N] and x[N+1].'],
  [113, 'apply_last', ['arity', 'stack'], 'calls', 'Drops the frame, then tail-applies like apply.'],
  [114, 'is_boolean', ['label', 'src'], 'tests', 'Jumps to the label unless the value is true or false.'],
  [115, 'is_function2', ['label', 'src', 'src'], 'tests', 'Jumps to the label unless the value is a fun of the given arity.'],
  [116, 'bs_start_match2', ['any', 'any', 'any', 'any', 'any'], 'bs_legacy', 'Old (R11B) match context creation.', 'obsolete'],
  [117, 'bs_get_integer2', ['label', 'src', 'live', 'size', 'unit', 'flags', 'dest'], 'bs', 'Matches an integer segment.'],
  [118, 'bs_get_float2', ['label', 'src', 'live', 'size', 'unit', 'flags', 'dest'], 'bs', 'Matches a float segment.'],
  [119, 'bs_get_binary2', ['label', 'src', 'live', 'size', 'unit', 'flags', 'dest'], 'bs', 'Matches a binary segment (a sub-binary).'],
  [120, 'bs_skip_bits2', ['label', 'src', 'size', 'unit', 'flags'], 'bs', 'Skips over a segment.'],
  [121, 'bs_test_tail2', ['label', 'src', 'uint'], 'bs', 'Jumps to the label unless exactly N bits are left.'],
  [122, 'bs_save2', ['any', 'any'], 'bs_legacy', 'Old (R11B) match position save.', 'obsolete'],
  [123, 'bs_restore2', ['any', 'any'], 'bs_legacy', 'Old (R11B) match position restore.', 'obsolete'],
  [124, 'gc_bif1', ['label', 'live', 'import', 'src', 'dest'], 'calls', 'Calls a one-argument BIF that may build on the heap.'],
  [125, 'gc_bif2', ['label', 'live', 'import', 'src', 'src', 'dest'], 'calls', 'Calls a two-argument BIF that may build on the heap.'],
  [126, 'bs_final2', ['any', 'any'], 'bs_legacy', 'Experimental R11B instruction, never used.', 'obsolete'],
  [127, 'bs_bits_to_bytes2', ['any', 'any'], 'bs_legacy', 'Experimental R11B instruction, never used.', 'obsolete'],
  [128, 'put_literal', ['any', 'any'], 'moves', 'Old literal load.', 'obsolete'],
  [129, 'is_bitstr', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a bitstring.'],
  [130, 'bs_context_to_binary', ['any'], 'bs_legacy', 'Old: turns a match context back into a sub-binary.', 'obsolete'],
  [131, 'bs_test_unit', ['label', 'src', 'unit'], 'bs', 'Jumps to the label unless the bits left are a multiple of the unit.'],
  [132, 'bs_match_string', ['label', 'src', 'uint', 'strOffset'], 'bs', 'Matches N bits against bytes of the StrT chunk.'],
  [133, 'bs_init_writable', [], 'bs_legacy', 'Makes x0 a writable binary for appending.'],
  [134, 'bs_append', ['label', 'size', 'heap', 'live', 'unit', 'src', 'flags', 'dest'], 'bs_legacy', 'Starts a binary by appending to an existing one (amortised in place).'],
  [135, 'bs_private_append', ['label', 'size', 'unit', 'src', 'flags', 'dest'], 'bs_legacy', 'Appends to a binary that only this code can see.'],
  [136, 'trim', ['stack', 'uint'], 'stack', 'Drops the N lowest y registers of the frame, keeping the rest.'],
  [137, 'bs_init_bits', ['label', 'size', 'heap', 'live', 'flags', 'dest'], 'bs_legacy', 'Starts building a bitstring of a size in bits.'],
  [138, 'bs_get_utf8', ['label', 'src', 'live', 'flags', 'dest'], 'bs', 'Matches one UTF-8 encoded code point.'],
  [139, 'bs_skip_utf8', ['label', 'src', 'live', 'flags'], 'bs', 'Skips one UTF-8 encoded code point.'],
  [140, 'bs_get_utf16', ['label', 'src', 'live', 'flags', 'dest'], 'bs', 'Matches one UTF-16 encoded code point.'],
  [141, 'bs_skip_utf16', ['label', 'src', 'live', 'flags'], 'bs', 'Skips one UTF-16 encoded code point.'],
  [142, 'bs_get_utf32', ['label', 'src', 'live', 'flags', 'dest'], 'bs', 'Matches one UTF-32 encoded code point.'],
  [143, 'bs_skip_utf32', ['label', 'src', 'live', 'flags'], 'bs', 'Skips one UTF-32 encoded code point.'],
  [144, 'bs_utf8_size', ['label', 'src', 'dest'], 'bs_legacy', 'Computes the UTF-8 size in bytes of a code point.'],
  [145, 'bs_put_utf8', ['label', 'flags', 'src'], 'bs_legacy', 'Appends a code point as UTF-8.'],
  [146, 'bs_utf16_size', ['label', 'src', 'dest'], 'bs_legacy', 'Computes the UTF-16 size in bytes of a code point.'],
  [147, 'bs_put_utf16', ['label', 'flags', 'src'], 'bs_legacy', 'Appends a code point as UTF-16.'],
  [148, 'bs_put_utf32', ['label', 'flags', 'src'], 'bs_legacy', 'Appends a code point as UTF-32.'],
  [149, 'on_load', [], 'meta', 'Marks the start of the function named by -on_load.'],
  [150, 'recv_mark', ['label'], 'receive', 'Remembers the mailbox end before a reference is made (superseded by recv_marker_*).'],
  [151, 'recv_set', ['label'], 'receive', 'Starts the next receive scan at the remembered mark (superseded by recv_marker_*).'],
  [152, 'gc_bif3', ['label', 'live', 'import', 'src', 'src', 'src', 'dest'], 'calls', 'Calls a three-argument BIF that may build on the heap.'],
  [153, 'line', ['line'], 'meta', 'Gives the source location of the following instructions.'],
  [154, 'put_map_assoc', ['label', 'src', 'dest', 'live', 'list'], 'maps', 'Builds a map from another with key => value pairs added or replaced.'],
  [155, 'put_map_exact', ['label', 'src', 'dest', 'live', 'list'], 'maps', 'Builds a map from another with existing keys updated (key := value).'],
  [156, 'is_map', ['label', 'src'], 'tests', 'Jumps to the label unless the value is a map.'],
  [157, 'has_map_fields', ['label', 'src', 'list'], 'maps', 'Jumps to the label unless the map has every listed key.'],
  [158, 'get_map_elements', ['label', 'src', 'list'], 'maps', 'Reads the values of listed keys into registers; jumps to the label if one is missing.'],
  [159, 'is_tagged_tuple', ['label', 'src', 'arity', 'atom'], 'tests', 'Jumps to the label unless the value is a tuple of arity N whose first element is the atom.'],
  [160, 'build_stacktrace', [], 'exceptions', 'Turns the raw stack trace in x0 into the list form erlang:get_stacktrace gives.'],
  [161, 'raw_raise', [], 'exceptions', 'Raises class x0, reason x1, raw stack trace x2; sets x0 to badarg if the class is invalid.'],
  [162, 'get_hd', ['src', 'dest'], 'lists', 'Reads the head of a cons cell.'],
  [163, 'get_tl', ['src', 'dest'], 'lists', 'Reads the tail of a cons cell.'],
  [164, 'put_tuple2', ['dest', 'list'], 'tuples', 'Builds a tuple from the listed elements.'],
  [165, 'bs_get_tail', ['src', 'dest', 'live'], 'bs', 'Reads the unmatched rest of a match context as a bitstring.'],
  [166, 'bs_start_match3', ['label', 'src', 'live', 'dest'], 'bs_legacy', 'Creates a match context from a bitstring (OTP 22).'],
  [167, 'bs_get_position', ['src', 'dest', 'live'], 'bs', 'Reads the current bit position of a match context.'],
  [168, 'bs_set_position', ['src', 'src'], 'bs', 'Moves a match context to a saved bit position.'],
  [169, 'swap', ['dest', 'dest'], 'moves', 'Exchanges two registers.'],
  [170, 'bs_start_match4', ['matchFail', 'live', 'src', 'dest'], 'bs', 'Creates a match context from a bitstring, or reuses one (resume).'],
  [171, 'make_fun3', ['lambda', 'dest', 'list'], 'funs', 'Builds a fun from a FunT entry with the listed free variables.'],
  [172, 'init_yregs', ['list'], 'stack', 'Sets the listed y registers to [].'],
  [173, 'recv_marker_bind', ['src', 'src'], 'receive', 'Ties a reserved mailbox marker to a reference.'],
  [174, 'recv_marker_clear', ['src'], 'receive', 'Drops the mailbox marker tied to a reference.'],
  [175, 'recv_marker_reserve', ['dest'], 'receive', 'Reserves a marker at the current end of the mailbox.'],
  [176, 'recv_marker_use', ['src'], 'receive', 'Starts the next receive scan at the marker tied to a reference.'],
  [177, 'bs_create_bin', ['label', 'heap', 'live', 'unit', 'dest', 'list'], 'bs', 'Builds a binary from a list of segments in one instruction (OTP 25).'],
  [178, 'call_fun2', ['funTag', 'arity', 'src'], 'calls', 'Calls a fun of known arity; the tag says whether it must be checked first, or which fun it is.'],
  [179, 'nif_start', [], 'meta', 'Pads a function so that a NIF can later replace its code.'],
  [180, 'badrecord', ['src'], 'exceptions', 'Raises error {badrecord, Value}.'],
];

function buildTable(): readonly OpInfo[] {
  const table: OpInfo[] = [];
  for (const [number, name, operands, family, doc, obsolete] of ROWS) {
    if (number !== table.length + 1) throw new Error(`opcode table out of order at ${name}`);
    const info: OpInfo = { number, name, arity: operands.length, operands, family, doc };
    table.push(obsolete === 'obsolete' ? { ...info, obsolete: true } : info);
  }
  if (table.length !== MAX_OPCODE) throw new Error('opcode table is incomplete');
  return table;
}

const TABLE = buildTable();

/** Indexed by opcode number; index 0 is unused (no opcode 0). */
export const OPCODES: readonly OpInfo[] = [undefined as unknown as OpInfo, ...TABLE];

const BY_NAME = new Map<string, OpInfo>(TABLE.map((op) => [op.name, op]));

export function opByName(name: string): OpInfo | undefined {
  return BY_NAME.get(name);
}
