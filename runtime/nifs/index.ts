// Loads every NIF family so that each registers itself with the NIF registry (and the few
// BIFs they need that erts implements beside them, such as prim_file's name conversions).

import './iovec.js';
import './prim_file-names.js';
import './prim_file.js';
import './prim_file-fs.js';
import './prim_buffer.js';
import './zlib.js';
import './crypto.js';
