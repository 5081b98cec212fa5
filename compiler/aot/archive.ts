// .ez archives: a zip file holding one or more application directories
// (APP-VSN/ebin/*.beam, APP-VSN/ebin/APP.app, APP-VSN/priv/...), as code_server and
// erl_prim_loader read them. Unzipped with fflate (synchronous, pure JS); a damaged
// archive is a BeamjsError naming it.

import { unzipSync } from 'fflate';
import { errors } from '../diagnostics.js';

export interface ArchiveMember {
  /** The member's path inside the archive, '/'-separated. */
  name: string;
  bytes: Uint8Array;
}

export function readArchive(bytes: Uint8Array, file: string): ArchiveMember[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw errors.badArchive(file, (e as Error).message);
  }
  const members = Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, bytes: data }));
  if (members.length === 0) throw errors.badArchive(file, 'it holds no files');
  for (const m of members) {
    if (m.name.startsWith('/') || m.name.split('/').includes('..')) throw errors.badArchive(file, `member ${m.name} points outside the archive`);
  }
  return members;
}
