// The BIFs that OTP's kernel, stdlib, compiler or Elixir reference and beamjs does not implement,
// each with the reason. Reviewed like code: test/bif-table.test.ts fails when a referenced BIF is
// neither implemented nor listed here, and when a listed one is implemented (the entry must go).
// Calling one raises error:{bif_not_implemented, {M, F, A}} (runtime/code/loader.ts), never a
// silent wrong answer.

export const KNOWN_MISSING_BIFS: Readonly<Record<string, string>> = {
  'erlang:setnode/2':
    'distribution: makes the node alive under a name, done by net_kernel when distribution starts; beamjs cannot start distribution yet',
  'erts_internal:create_dist_channel/3': 'distribution: the connection channel of a node connection; no distribution yet',
  'erts_internal:new_connection/1': 'distribution: a connection id for a node being connected; no distribution yet',
  'erts_internal:abort_pending_connection/2': 'distribution: aborts a connection set up by new_connection/1; no distribution yet',
  'erts_internal:trace/3':
    'tracing (erlang:trace/3): call, send, receive, procs and gc trace events need hooks in the translated code and the scheduler that beamjs does not have; answering without tracing would be a silent wrong answer',
  'erts_internal:trace_pattern/3':
    'tracing (erlang:trace_pattern/2,3): call trace patterns, match-spec actions, call_count and call_time need per-function hooks in the translated code that beamjs does not have',
  'erts_internal:ets_lookup_binary_info/2':
    "ets:info(T, binary) lists each off-heap binary of a table with its address and reference count; beamjs's binaries are JavaScript buffers with neither, so any answer would be made up",
  'erts_debug:disassemble/1':
    'beamjs keeps no loaded BEAM instructions to disassemble: modules are translated to JavaScript when loaded',
};
