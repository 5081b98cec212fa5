%% A release-style upgrade of a gen_server: a second version of its callback module, compiled
%% at run time, is loaded while the server is suspended (sys:suspend/1); sys:change_code/4 runs
%% the new code_change/3, sys:resume/1 lets it go on, and the new state and code show. Also a
%% change_code refused while running, a failing code_change, and a downgrade.
-module(hot_gen_server_upgrade).
-export([main/1]).

version(1) ->
    "-module(hot_gs_counter).\n"
    "-behaviour(gen_server).\n"
    "-vsn(\"1\").\n"
    "-export([init/1, handle_call/3, handle_cast/2, code_change/3]).\n"
    "init(N) -> {ok, N}.\n"
    "handle_call(get, _From, N) -> {reply, {v1, N}, N}.\n"
    "handle_cast(inc, N) -> {noreply, N + 1}.\n"
    "code_change(_Old, State, _Extra) -> {ok, State}.\n";
version(2) ->
    "-module(hot_gs_counter).\n"
    "-behaviour(gen_server).\n"
    "-vsn(\"2\").\n"
    "-export([init/1, handle_call/3, handle_cast/2, code_change/3]).\n"
    "init(N) -> {ok, #{count => N, extra => none}}.\n"
    "handle_call(get, _From, S) -> {reply, {v2, S}, S}.\n"
    "handle_cast(inc, S = #{count := N}) -> {noreply, S#{count := N + 10}}.\n"
    "code_change(\"1\", N, Extra) when is_integer(N) -> {ok, #{count => N, extra => Extra}};\n"
    "code_change({down, \"1\"}, _S, _Extra) -> {error, cannot_downgrade}.\n";
version(3) ->
    "-module(hot_gs_counter).\n"
    "-behaviour(gen_server).\n"
    "-vsn(\"3\").\n"
    "-export([init/1, handle_call/3, handle_cast/2, code_change/3]).\n"
    "init(N) -> {ok, N}.\n"
    "handle_call(get, _From, S) -> {reply, {v3, S}, S}.\n"
    "handle_cast(inc, S) -> {noreply, S}.\n"
    "code_change(_Old, #{count := C}, crash) -> {ok, 1 div (C - C)};\n"
    "code_change({down, \"3\"}, #{count := C}, _Extra) -> {ok, C};\n"
    "code_change(_Old, S, _Extra) -> {ok, S}.\n".

load(V) ->
    {ok, Toks, _} = erl_scan:string(version(V)),
    Forms = parse(Toks, []),
    {ok, hot_gs_counter, Bin} = compile:forms(Forms, []),
    code:load_binary(hot_gs_counter, "hot_gs_counter.erl", Bin).

parse([], []) -> [];
parse([{dot, _} = D | T], Cur) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    [F | parse(T, [])];
parse([Tok | T], Cur) -> parse(T, [Tok | Cur]).

vsn() -> proplists:get_value(vsn, hot_gs_counter:module_info(attributes)).

main(_) ->
    io:format("load v1 ~p~n", [load(1)]),
    {ok, Pid} = gen_server:start({local, counter}, hot_gs_counter, 5, []),
    [gen_server:cast(counter, inc) || _ <- [1, 2, 3]],
    io:format("~p~n", [gen_server:call(counter, get)]),
    %% change_code is a suspended process's business
    io:format("change while running: ~p~n", [sys:change_code(counter, hot_gs_counter, "1", x)]),
    ok = sys:suspend(counter),
    Self = self(),
    %% a call made while suspended waits, and is answered by the new code after the upgrade
    spawn(fun() -> Self ! {client, gen_server:call(counter, get)} end),
    io:format("load v2 ~p vsn ~p~n", [load(2), vsn()]),
    io:format("old code ~p, server in old code ~p~n", [erlang:check_old_code(hot_gs_counter), erlang:check_process_code(Pid, hot_gs_counter)]),
    io:format("state before change ~p~n", [sys:get_state(counter)]),
    io:format("change_code ~p~n", [sys:change_code(counter, hot_gs_counter, "1", {extra, 42})]),
    io:format("state after change ~p~n", [sys:get_state(counter)]),
    io:format("status ~p~n", [element(1, sys:get_status(counter))]),
    ok = sys:resume(counter),
    receive {client, Reply} -> io:format("client got ~p~n", [Reply]) end,
    gen_server:cast(counter, inc),
    io:format("~p~n", [gen_server:call(counter, get)]),
    %% a code_change that crashes leaves the state as it was
    io:format("purge v1 ~p~n", [code:soft_purge(hot_gs_counter)]),
    io:format("load v3 ~p vsn ~p~n", [load(3), vsn()]),
    ok = sys:suspend(counter),
    {error, Why} = sys:change_code(counter, hot_gs_counter, "2", crash),
    io:format("failed change ~p~n", [element(1, Why)]),
    io:format("state kept ~p~n", [sys:get_state(counter)]),
    ok = sys:resume(counter),
    io:format("~p~n", [gen_server:call(counter, get)]),
    %% a downgrade back to a plain counter, with v3's code_change({down, _}, ...)
    ok = sys:suspend(counter),
    io:format("downgrade ~p~n", [sys:change_code(counter, hot_gs_counter, {down, "3"}, [])]),
    ok = sys:resume(counter),
    io:format("~p~n", [gen_server:call(counter, get)]),
    io:format("server alive ~p~n", [is_process_alive(Pid)]),
    ok = gen_server:stop(counter),
    io:format("purge ~p, old code ~p~n", [code:purge(hot_gs_counter), erlang:check_old_code(hot_gs_counter)]).
