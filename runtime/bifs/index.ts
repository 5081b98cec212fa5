// Loads every BIF family so that each registers itself with the registry.

import './erlang/arith.js';
import './erlang/types.js';
import './erlang/tuples.js';
import './erlang/lists.js';
import './erlang/conversions.js';
import './erlang/exceptions.js';
import './erlang/processes.js';
import './erlang/dictionary.js';
import './erlang/timers.js';
import './erlang/system.js';
import './erlang/maps.js';
import './erlang/funs.js';
import './erlang/modules.js';
import './maps.js';
import './erts_internal-maps.js';
import './erlang/external.js';
import './erlang/hash.js';
import './erlang/checksums.js';
import './erlang/time.js';
import './erts_internal.js';
import './binary.js';
import './binary-search.js';
