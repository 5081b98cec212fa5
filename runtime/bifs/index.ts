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
