-module(sys_debug).
%% sys:trace on a gen_server and a gen_statem (the *DBG* lines), sys:log, sys:statistics shape, sys:get_status and format_status.
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, format_status/2]).

main(_) ->
    {ok, P} = gen_server:start({local, traced}, ?MODULE, #{secret => "hidden", n => 0}, []),
    ok = sys:trace(traced, true),
    1 = gen_server:call(traced, incr),
    gen_server:cast(traced, {note, "cast text"}),
    traced ! plain_info,
    2 = gen_server:call(traced, incr),
    ok = sys:trace(traced, false),
    3 = gen_server:call(traced, incr),
    ok = sys:log(traced, {true, 10}),
    4 = gen_server:call(traced, incr),
    gen_server:cast(traced, logged_cast),
    {ok, Log} = sys:log(traced, get),
    io:format("log has ~p events~n", [length(Log)]),
    ok = sys:log(traced, print),
    ok = sys:log(traced, false),
    ok = sys:statistics(traced, true),
    5 = gen_server:call(traced, incr),
    {ok, Stats} = sys:statistics(traced, get),
    io:format("statistics keys ~p~n", [[K || {K, _} <- Stats]]),
    io:format("get_state ~p~n", [sys:get_state(traced)]),
    {status, _, {module, gen_server}, [_PDict, SysState, _Parent, _Dbg, Misc]} = sys:get_status(traced),
    io:format("sys state ~p~nmisc ~p~n", [SysState, Misc]),
    ok = sys:suspend(traced),
    io:format("suspended call ~p~n", [catch gen_server:call(traced, incr, 100)]),
    ok = sys:resume(traced),
    io:format("replace_state ~p~n", [sys:replace_state(traced, fun(S) -> S#{n := 100} end)]),
    flush(),
    io:format("terminate ~p~n", [sys:terminate(P, normal)]),
    ok.

flush() -> receive _ -> flush() after 0 -> ok end.

init(S) -> {ok, S}.

handle_call(incr, _From, S = #{n := N}) -> {reply, N + 1, S#{n := N + 1}}.
handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.

format_status(_Opt, [_PDict, S]) -> [{data, [{"State", S#{secret := "***"}}]}].
