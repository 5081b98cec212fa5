%% Funs made by a module's code after that code is replaced and purged: a local fun of the old
%% version raises badfun, an external fun (fun M:F/A) follows the current version; a process
%% holding such a fun is not killed by the purge. Versions are compiled at run time.
-module(hot_fun_purge).
-export([main/1]).

source(V) ->
    "-module(hot_funs).\n"
    "-export([local_fun/0, ext_fun/0, v/0, nested/0]).\n"
    "v() -> " ++ integer_to_list(V) ++ ".\n"
    "local_fun() -> fun(X) -> {local, X, v()} end.\n"
    "ext_fun() -> fun hot_funs:v/0.\n"
    "nested() -> fun() -> fun() -> v() end end.\n".

load(V) ->
    {ok, Toks, _} = erl_scan:string(source(V)),
    {ok, hot_funs, Bin} = compile:forms(parse(Toks, []), []),
    code:load_binary(hot_funs, "hot_funs.erl", Bin).

parse([], []) -> [];
parse([{dot, _} = D | T], Cur) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    [F | parse(T, [])];
parse([Tok | T], Cur) -> parse(T, [Tok | Cur]).

call(F, Args) ->
    try apply(F, Args) of V -> {ok, V} catch C:R -> {C, reason(R)} end.

%% A badfun reason carries the fun, whose printed form differs run to run.
reason({badfun, F}) when is_function(F) -> {badfun, fun_info(F)};
reason(R) -> R.

fun_info(F) -> [erlang:fun_info(F, K) || K <- [module, arity, type]].

main(_) ->
    io:format("~p~n", [load(1)]),
    L1 = hot_funs:local_fun(),
    E1 = hot_funs:ext_fun(),
    N1 = (hot_funs:nested())(),
    Holder = spawn(fun() -> receive {call, From} -> From ! {held, call(L1, [h])} end end),
    io:format("v1: ~p ~p ~p~n", [call(L1, [a]), call(E1, []), call(N1, [])]),
    io:format("~p~n", [load(2)]),
    io:format("old code present, funs of v1: ~p ~p ~p~n", [call(L1, [b]), call(E1, []), call(N1, [])]),
    io:format("check_process_code holder ~p~n", [erlang:check_process_code(Holder, hot_funs)]),
    io:format("soft_purge ~p~n", [code:soft_purge(hot_funs)]),
    io:format("after purge: ~p ~p ~p~n", [call(L1, [c]), call(E1, []), call(N1, [])]),
    io:format("fun_info ~p~n", [fun_info(L1)]),
    io:format("holder alive ~p~n", [is_process_alive(Holder)]),
    Holder ! {call, self()},
    receive {held, R} -> io:format("holder calls ~p~n", [R]) end,
    L2 = hot_funs:local_fun(),
    io:format("v2 fun ~p, same as v1 fun ~p~n", [call(L2, [d]), L1 =:= L2]),
    %% a fun whose module is deleted (no current code): undef through the error handler
    io:format("delete ~p~n", [code:delete(hot_funs)]),
    io:format("after delete ~p ~p~n", [call(L2, [e]), call(E1, [])]),
    io:format("purge ~p~n", [code:purge(hot_funs)]),
    io:format("after purge ~p ~p~n", [call(L2, [f]), call(E1, [])]).
