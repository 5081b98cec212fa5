// Differential programs known to disagree with erts, each with the reason.
// Reviewed like code: an entry is a promise to fix, not a way to hide a failure.
// The harness runs these as expected failures, so one that starts passing fails
// the run until its entry is removed.

export const KNOWN_FAILURES: Record<string, string> = {
  'sysbifs/sys_ddll_static':
    'erts links tcp_inet, udp_inet, sctp_inet, ram_file_drv and tty_sl in and erl_ddll reports them; beamjs has only tcp_inet and udp_inet (runtime/ports/linked-in-drivers.ts), so loaded_drivers/0 lists two',
  'crypto/crypto_info_lib':
    "node does not expose OpenSSL's OPENSSL_VERSION_TEXT, so beamjs reports 'OpenSSL 3.0.19' without the release date erts's text carries, and link_type static (node links its own OpenSSL in) where erts's crypto.so links libcrypto dynamically",
  'crypto/crypto_supports_all':
    'the public key NIFs (RSA, DSS, DH, EC, EdDSA, SRP) are not implemented on node:crypto yet, so supports(public_keys), supports(curves) and supports(rsa_opts) are honestly empty where erts lists what its OpenSSL offers',
  'otp/app_crash':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/gs_crash_cast':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/gs_init_fail':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/sup_child_crash':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/gs_crash_call':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/statem_crash':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/proc_lib_crash':
    "crash reports print heap_size, stack_size and reductions, which follow erts's GC and reduction accounting; beamjs reports estimates (runtime/bifs/erlang/process-info.ts)",
  'otp/proc_reports':
    'max_heap_size is stored but not enforced (erts kills the process), so the program prints {survived,300} and its later lines come in another order',
  'maps/maps_hash_collisions':
    "keys whose 32-bit internal hashes are equal part below the eighth trie level by a second hash, and erts 25's is not the one runtime/term/map-hamt.ts computes (hashAt: make_internal_hash([8 | Key]); neither [1 | Key], other cons, tuple or salt variants searched reproduce erts's slots), so such keys sit in other slots: display and erts_debug:flat_size differ, and for 2 of these 8 pairs maps:keys/fold order does too",
  'errors/errors_badarity_in_catch':
    "a badarity/badfun raised by call_fun inside a catch or try: erts's trace lists the calling function twice (the call_fun location, then its return address, which differ), beamjs once; outside a catch erts lists it once too",
};

// Elixir programs (test/ex/<area>/<name>.ex, test/elixir-differential.test.ts), keyed `area/name`.
export const ELIXIR_KNOWN_FAILURES: Record<string, string> = {
  'maps/large_map_atoms':
    "erts hashes an atom by its index in its atom table, so maps of more than 32 atom keys (and structs of more than 31 fields) iterate in the order the VM happened to create those atoms; beamjs numbers atoms in its own creation order (runtime/term/atom.ts, internal-hash.ts), which differs from erts's table (erts's built-in atoms, then each module's atoms as it loads)",
};
