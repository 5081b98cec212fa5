// `beamjs compile` end to end: an Erlang application of several modules packed as an
// .ez archive (built here: erlc, an .app file, a zip made with fflate), run as an
// application and through --main, and an Elixir program (elixirc), each compiled and
// run with `node DIR/main.mjs` in a mount namespace where the OTP installation (and
// Elixir's) is an empty directory, then compared with erts running the same .beam
// files (and with `beamjs run`): stdout exactly, stderr after normalising pids and
// dates, the exit status exactly. One translation cache per file, so that the boot
// set is translated once and the later compiles reuse it.

import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORK, normalise, requireErlang, type RunResult } from './support/differential.js';
import { BEAMJS, beamjsCompile, installations, manifestModules, packEz, run, runHidden } from './support/aot.js';
import { otpEbins, otpRoot } from './support/erts.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SourceMapConsumer } from 'source-map';

const otpEbin = (app: string) => otpEbins([app])[0];

const dir = path.join(WORK, 'aot');
const cache = path.join(dir, 'cache');
const ebin = path.join(dir, 'greet', 'ebin');
const ez = path.join(dir, 'greet.ez');
const pluginDir = path.join(dir, 'plugin');
const exEbin = path.join(dir, 'ex', 'ebin');
const distApp = path.join(dir, 'dist-app');
const distMain = path.join(dir, 'dist-main');
const distEx = path.join(dir, 'dist-ex');
const rel = path.join(dir, 'rel');
const distRel = path.join(dir, 'dist-rel');

const SOURCES: Record<string, string> = {
  'greet_app.erl': `-module(greet_app).
-behaviour(application).
-export([start/2, stop/1]).
start(_Type, _Args) ->
    io:format("starting, who = ~p~n", [application:get_env(greet, who)]),
    greet_sup:start_link().
stop(_) -> io:format("stopped~n"), ok.
`,
  'greet_sup.erl': `-module(greet_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, ?MODULE}, ?MODULE, []).
init([]) -> {ok, {#{strategy => one_for_one}, [#{id => greet_server, start => {greet_server, start_link, []}}]}}.
`,
  'greet_server.erl': `-module(greet_server).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).
init([]) -> self() ! go, {ok, 0}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(go, S) ->
    io:format("plain arguments ~p~n", [init:get_plain_arguments()]),
    io:format("~s~n", [greet_text:hello("world")]),
    io:format("~p~n", [[A || {A, _, _} <- application:which_applications()]]),
    init:stop(3),
    {noreply, S}.
`,
  'greet_text.erl': `-module(greet_text).
-export([hello/1, shout/1]).

hello(Who) ->
    lists:flatten(io_lib:format("hello, ~s (~p)", [Who, lists:sum([1, 2, 3])])).

shout(Text) ->
    string:uppercase(Text).
`,
  'greet_main.erl': `-module(greet_main).
-export([main/1]).
%% Nothing is printed before the crash: erts may lose output written just before a do_boot crash halts it.
main(["crash" | _] = Args) ->
    error({crash, Args});
main(Args) ->
    io:format("~s~n", [greet_text:shout(greet_text:hello(string:join(Args, "+")))]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, [3, 1, 2])]),
    io:format("~p~n", [maps:to_list(#{b => 2, a => 1})]),
    %% Reached only by computed names: array is carried because of --include; greet_plugin
    %% is nowhere (not among the inputs, not on erts's path either), so both give undef.
    %% (Built from the arguments' length, so that the compiler cannot fold them into constants.)
    Array = list_to_atom(lists:nthtail(min(length(Args), 0), "arr") ++ "ay"),
    io:format("~p~n", [Array:size(Array:new(3))]),
    Plugin = list_to_atom(lists:nthtail(min(length(Args), 0), "greet_") ++ "plugin"),
    io:format("~p~n", [catch Plugin:run(1)]),
    {Md5, _} = {greet_text:module_info(md5), ok},
    io:format("~p~n", [beam_lib:md5(element(2, code:get_object_code(greet_text)))  =:= {ok, {greet_text, Md5}}]),
    halt(4).
`,
};

const ELIXIR = `defmodule Greeter do
  # Nothing is printed before the exception (output just before the VM halts may be lost on erts).
  def main(["raise" | _] = args), do: raise(ArgumentError, "bad: #{Enum.join(args, ",")}")

  def main(args) do
    IO.puts("hello #{inspect(args)}")
    Enum.each([1, 2, 3], fn x -> IO.puts(x * 2) end)
    IO.inspect(%{a: 1, b: [1, 2], c: "text"})
    IO.puts(String.upcase("ünïcödé") <> " " <> Integer.to_string(Enum.sum(1..100)))
    IO.inspect(Enum.map([a: 1, b: 2], fn {k, v} -> {v, k} end))
  end
end
`;

/** What erts prints and exits with, normalised as the differential tests do. */
function expectSame(got: RunResult, want: RunResult, what: string): void {
  const shown = `${what}\n--- got (exit ${got.status})\n${got.stdout}\n${got.stderr}\n--- want (exit ${want.status})\n${want.stdout}\n${want.stderr}`;
  expect(normalise(got.stdout), shown).toBe(normalise(want.stdout));
  expect(normalise(got.stderr), shown).toBe(normalise(want.stderr));
  expect(got.status, shown).toBe(want.status);
}

function expectCompiled(r: RunResult): void {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^beamjs: compiled \d+ modules/m);
}

const ertsEnv = { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' };

describe('beamjs compile: run with no Erlang installed, compared with erts', () => {
  beforeAll(async () => {
    requireErlang();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(ebin, { recursive: true });
    fs.mkdirSync(path.join(dir, 'greet', 'src'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'greet', 'priv'), { recursive: true });
    for (const [f, text] of Object.entries(SOURCES)) fs.writeFileSync(path.join(dir, 'greet', 'src', f), text);
    fs.writeFileSync(path.join(dir, 'greet', 'priv', 'motd.txt'), 'carried along\n');
    // erlc runs in the app directory, so the Line chunk records src/greet_text.erl (relative).
    execFileSync('erlc', ['-o', 'ebin', ...Object.keys(SOURCES).map((f) => `src/${f}`)], { cwd: path.join(dir, 'greet'), stdio: 'pipe' });
    const modules = Object.keys(SOURCES).map((f) => f.slice(0, -4));
    fs.writeFileSync(
      path.join(ebin, 'greet.app'),
      `{application, greet, [{description, "greetings"}, {vsn, "1.0.0"}, {modules, [${modules.join(', ')}]},
  {registered, [greet_sup, greet_server]}, {applications, [kernel, stdlib]}, {env, [{who, "you"}]},
  {mod, {greet_app, []}}]}.\n`,
    );
    const app = path.join(dir, 'greet-1.0.0');
    fs.mkdirSync(app);
    fs.cpSync(ebin, path.join(app, 'ebin'), { recursive: true });
    fs.cpSync(path.join(dir, 'greet', 'priv'), path.join(app, 'priv'), { recursive: true });
    packEz(app, 'greet-1.0.0', ez);
    fs.mkdirSync(pluginDir);
    fs.mkdirSync(path.dirname(exEbin), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ex', 'greeter.ex'), ELIXIR);
    execFileSync('elixirc', ['-o', exEbin, path.join(dir, 'ex', 'greeter.ex')], { stdio: 'pipe' });

    expectCompiled(await beamjsCompile([ez, '-o', distApp], cache));
    expectCompiled(await beamjsCompile([ez, '-o', distMain, '--main', 'greet_main', '--include', 'array'], cache));
    expectCompiled(await beamjsCompile([exEbin, '-o', distEx, '--main', 'Elixir.Greeter'], cache));

    // A release directory: lib/greet-1.0.0/ebin and releases/1.0.0/start.boot, made by systools
    // for the installed kernel, stdlib and erts.
    fs.cpSync(ebin, path.join(rel, 'lib', 'greet-1.0.0', 'ebin'), { recursive: true });
    fs.mkdirSync(path.join(rel, 'releases', '1.0.0'), { recursive: true });
    const makeScript = `[application:load(A) || A <- [kernel, stdlib]],
      V = fun(A) -> {ok, Vsn} = application:get_key(A, vsn), Vsn end,
      ok = file:write_file("greet.rel", io_lib:format("~p.~n", [{release, {"greet", "1.0.0"}, {erts, erlang:system_info(version)},
        [{kernel, V(kernel)}, {stdlib, V(stdlib)}, {greet, "1.0.0"}]}])),
      {ok, _, _} = systools:make_script("greet", [{path, ["lib/greet-1.0.0/ebin"]}, {outdir, "releases/1.0.0"}, silent]),
      ok = file:rename("releases/1.0.0/greet.boot", "releases/1.0.0/start.boot"), halt().`;
    execFileSync('erl', ['-noshell', '-eval', makeScript], { cwd: rel, stdio: 'pipe' });
    for (const f of ['greet.rel', 'releases/1.0.0/greet.script']) fs.rmSync(path.join(rel, f));
    expectCompiled(await beamjsCompile([rel, '-o', distRel], cache));
  });

  it('the hidden installations are hidden: erl cannot run in the namespace', async () => {
    const r = await runHidden(installations(true), 'sh', ['-c', `ls -A '${otpRoot()}' | wc -l; erl -noshell -eval 'halt().'`]);
    expect(r.stdout.split('\n')[0].trim()).toBe('0');
    expect(r.status).not.toBe(0);
  });

  it('the output directory has the documented layout', () => {
    for (const f of ['main.mjs', 'runtime.mjs', 'manifest.json', 'modules/index.mjs', 'modules/greet_text.mjs', 'modules/greet_text.mjs.map', 'otp/bin/start.boot']) {
      expect(fs.existsSync(path.join(distApp, f)), f).toBe(true);
    }
    // The .app file and priv/ are real files; the .beam files are carried by the ES modules only.
    expect(fs.readFileSync(path.join(distApp, 'lib', 'greet-1.0.0', 'priv', 'motd.txt'), 'utf8')).toBe('carried along\n');
    expect(fs.existsSync(path.join(distApp, 'lib', 'greet-1.0.0', 'ebin', 'greet.app'))).toBe(true);
    expect(fs.existsSync(path.join(distApp, 'lib', 'greet-1.0.0', 'ebin', 'greet_text.beam'))).toBe(false);
    // No temporary directory is left beside the outputs.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.beamjs-'))).toEqual([]);
  });

  it('an application from an .ez, started without --main, runs until init:stop/1 as on erts', async () => {
    const want = await run('erl', ['-noshell', '-pa', ebin, '-eval', '{ok, _} = application:ensure_all_started(greet, permanent).', '-extra', 'x', 'y z'], { env: ertsEnv, cwd: dir });
    const got = await runHidden(installations(false), 'node', [path.join(distApp, 'main.mjs'), 'x', 'y z'], { cwd: dir });
    expectSame(got, want, 'application greet');
    expect(got.stdout).toContain('hello, world (6)');
    expect(got.status).toBe(3);
  });

  it("a release directory: its boot script starts its applications, as erl -boot does", async () => {
    const boot = path.join(rel, 'releases', '1.0.0', 'start');
    const want = await run('erl', ['-noshell', '-boot', boot, '-pa', path.join(rel, 'lib', 'greet-1.0.0', 'ebin'), '-extra', 'r'], { env: ertsEnv, cwd: dir });
    const got = await runHidden(installations(false), 'node', [path.join(distRel, 'main.mjs'), 'r'], { cwd: dir });
    expectSame(got, want, 'release greet');
    expect(got.stdout).toContain('hello, world (6)');
  });

  it('--main MODULE: main/1 with the arguments, as erts and beamjs run', async () => {
    const args = ['a', 'b c', 'ü'];
    const want = await run('erl', ['-noshell', '-pa', ebin, '-pa', pluginDir, '-eval', `greet_main:main(["a","b c","\\x{fc}"]), halt().`], { env: ertsEnv, cwd: dir });
    const got = await runHidden(installations(false), 'node', [path.join(distMain, 'main.mjs'), ...args], { cwd: dir });
    expectSame(got, want, 'greet_main');
    const viaRun = await run(BEAMJS, ['run', '-pa', ebin, '-pa', pluginDir, 'greet_main', ...args], { cwd: dir });
    expectSame(got, viaRun, 'greet_main (beamjs run)');
    expect(got.status).toBe(4);
  });

  it('a compiled directory moved elsewhere runs the same (its V8 code caches, made for its first place, are left aside)', async () => {
    const moved = path.join(dir, 'moved', 'dist-main');
    fs.rmSync(path.dirname(moved), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(moved));
    fs.cpSync(distMain, moved, { recursive: true });
    const want = await run('erl', ['-noshell', '-pa', ebin, '-pa', pluginDir, '-eval', 'greet_main:main(["moved"]), halt().'], { env: ertsEnv, cwd: dir });
    const got = await runHidden(installations(false), 'node', [path.join(moved, 'main.mjs'), 'moved'], { cwd: dir });
    expectSame(got, want, 'greet_main, moved');
  });

  it('a crash in main: the do_boot report and exit 1, as on erts', async () => {
    const want = await run('erl', ['-noshell', '-pa', ebin, '-eval', 'greet_main:main(["crash"]), halt().'], { env: ertsEnv, cwd: dir });
    const got = await runHidden(installations(false), 'node', [path.join(distMain, 'main.mjs'), 'crash'], { cwd: dir });
    expectSame(got, want, 'greet_main crash');
    expect(got.stdout).toContain('init terminating in do_boot');
    expect(got.status).toBe(1);
  });

  it('a module reached only by a computed name is undef when not carried, as erts has it for a missing module; --include carries one', async () => {
    const got = await runHidden(installations(false), 'node', [path.join(distMain, 'main.mjs')], { cwd: dir });
    expect(got.stdout).toMatch(/\{'EXIT',\{undef,\[\{greet_plugin,run,\[1\],\[\]\}/);
    expect(got.stderr).not.toMatch(/beamjs/);
    expect(manifestModules(distMain).has('array')).toBe(true);
    expect(manifestModules(distMain).has('greet_plugin')).toBe(false);
    // Without --include, nothing calls array by name: the application's compile does not carry it.
    expect(manifestModules(distApp).has('array')).toBe(false);
  });

  it('an Elixir program (elixirc), with Erlang and Elixir hidden, as elixir and beamjs run', async () => {
    for (const args of [['x', 'y'], ['raise', 'now']]) {
      const want = await run('elixir', ['-pa', exEbin, '-e', 'Greeter.main(System.argv())', '--', ...args], { env: ertsEnv, cwd: dir });
      const got = await runHidden(installations(true), 'node', [path.join(distEx, 'main.mjs'), ...args], { cwd: dir });
      expectSame(got, want, `Greeter ${args.join(' ')}`);
      const viaRun = await run(BEAMJS, ['run', '-pa', exEbin, 'Elixir.Greeter', ...args], { cwd: dir });
      expectSame(got, viaRun, `Greeter ${args.join(' ')} (beamjs run)`);
    }
  });

  describe('source maps', () => {
    /** The 1-based line range [first, last] of function `name`'s clauses in an .erl file. */
    function erlRange(erl: string, name: string): [number, number] {
      const lines = fs.readFileSync(erl, 'utf8').split('\n');
      const heads = lines.map((l, i) => (l.startsWith(`${name}(`) ? i : -1)).filter((i) => i >= 0);
      let end = heads[heads.length - 1] + 1;
      while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]))) end++;
      return [heads[0] + 1, end];
    }

    /** The 1-based line range of the generated JS function for name/arity in a compiled module. */
    function jsRange(js: string[], name: string, arity: number): [number, number] {
      const start = js.findIndex((l) => new RegExp(`^function f\\d+_${name}_${arity}\\(`).test(l));
      let end = start + 1;
      while (end < js.length && !js[end].startsWith('function ') && !js[end].startsWith('return {')) end++;
      return [start + 1, end];
    }

    const cases: Array<{ module: string; fn: string; arity: number; erl: () => string }> = [
      { module: 'greet_text', fn: 'hello', arity: 1, erl: () => path.join(dir, 'greet', 'src', 'greet_text.erl') },
      { module: 'greet_text', fn: 'shout', arity: 1, erl: () => path.join(dir, 'greet', 'src', 'greet_text.erl') },
      { module: 'greet_server', fn: 'handle_info', arity: 2, erl: () => path.join(dir, 'greet', 'src', 'greet_server.erl') },
      { module: 'lists', fn: 'reverse', arity: 1, erl: () => path.join(otpEbin('stdlib'), '..', 'src', 'lists.erl') },
      { module: 'gen_server', fn: 'call', arity: 3, erl: () => path.join(otpEbin('stdlib'), '..', 'src', 'gen_server.erl') },
    ];

    for (const c of cases) {
      it(`${c.module}:${c.fn}/${c.arity}: its generated lines map into its clauses, its first clause back into the function`, async () => {
        const es = path.join(distApp, 'modules', `${c.module}.mjs`);
        const js = fs.readFileSync(es, 'utf8').split('\n');
        expect(js[js.length - 2]).toBe(`//# sourceMappingURL=${c.module}.mjs.map`);
        const map = JSON.parse(fs.readFileSync(`${es}.map`, 'utf8'));
        const [first, last] = erlRange(c.erl(), c.fn);
        const [jsFirst, jsLast] = jsRange(js, c.fn, c.arity);
        expect(jsFirst).toBeGreaterThan(0);
        await SourceMapConsumer.with(map, pathToFileURL(`${es}.map`).href, (consumer) => {
          const mapped: number[] = [];
          for (let line = jsFirst; line <= jsLast; line++) {
            const o = consumer.originalPositionFor({ line, column: 0 });
            if (o.line === null) continue;
            // The source, resolved as a debugger resolves it, is the .erl file itself.
            expect(fileURLToPath(o.source!)).toBe(path.resolve(c.erl()));
            mapped.push(o.line);
          }
          expect(mapped.length).toBeGreaterThan(0);
          expect(Math.min(...mapped)).toBeGreaterThanOrEqual(first);
          expect(Math.max(...mapped)).toBeLessThanOrEqual(last);
          // A breakpoint on the first clause's head lands in the function's generated code.
          const source = consumer.sources.find((s) => fileURLToPath(s) === path.resolve(c.erl()))!;
          const g = consumer.generatedPositionFor({ source, line: Math.min(...mapped), column: 0, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
          expect(g.line).toBeGreaterThanOrEqual(jsFirst);
          expect(g.line).toBeLessThanOrEqual(jsLast);
        });
      });
    }

    it('a JS stack through generated code names the .erl file and line under node --enable-source-maps', async () => {
      // The factory is linked to stand-ins whose every call throws, so that the first external
      // call in greet_text:hello/1 (lists:sum, line 5 of greet_text.erl) raises a JS error.
      const driver = path.join(dir, 'stack-driver.mjs');
      fs.writeFileSync(
        driver,
        `import * as m from ${JSON.stringify(pathToFileURL(path.join(distApp, 'modules', 'greet_text.mjs')).href)};
const any = () => new Proxy(function () {}, { get: (_, k) => (k === 'fn' ? () => { throw new Error('probe'); } : any()) });
const made = m.default(new Proxy({}, { get: (_, k) => (k === 'SUSPEND' ? Symbol('suspend') : any()) }), new Proxy({}, { get: () => () => any() }));
const hello = made.functions.find(([n, a]) => n === 'hello' && a === 1)[2];
try { hello({ reds: 1000 }, 'x'); } catch (e) { console.log(e.stack); }
`,
      );
      const mapped = await run('node', ['--enable-source-maps', driver]);
      expect(mapped.stdout).toMatch(/at f\d+_hello_1 \(.*greet\/src\/greet_text\.erl:5:\d+\)/);
      const raw = await run('node', [driver]);
      expect(raw.stdout).toMatch(/at f\d+_hello_1 \(.*greet_text\.mjs:\d+:\d+\)/);
    });
  });
});

