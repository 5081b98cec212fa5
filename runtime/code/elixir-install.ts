// Finding Elixir's own ebin directories (elixir, logger, eex, ex_unit, mix, iex)
// the way the `elixir` script does: ROOT/lib/*/ebin, ROOT being two levels above
// the real file of `elixir` on the PATH.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The ebin directories of the Elixir installation on the PATH; undefined when there is none. */
export function elixirEbins(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const script = path.join(dir, 'elixir');
    if (!fs.existsSync(script)) continue;
    const lib = path.join(path.dirname(path.dirname(fs.realpathSync(script))), 'lib');
    if (!fs.existsSync(path.join(lib, 'elixir', 'ebin', 'elixir.app'))) continue;
    return fs
      .readdirSync(lib)
      .sort()
      .map((app) => path.join(lib, app, 'ebin'))
      .filter((ebin) => fs.existsSync(ebin));
  }
  return undefined;
}

/** Whether the directories hold Elixir's own application (an explicit -pa for it). */
export function hasElixirApp(dirs: readonly string[]): boolean {
  return dirs.some((d) => fs.existsSync(path.join(d, 'elixir.app')));
}
