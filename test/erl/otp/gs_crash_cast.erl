-module(gs_crash_cast).
%% gen_server crashes outside a call: in handle_cast, in handle_info, by a bad return, by {stop, Reason}, in terminate.
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main(_) ->
    run(fun(P) -> gen_server:cast(P, {crash, 1}) end),
    run(fun(P) -> P ! {info_crash, "text"} end),
    run(fun(P) -> gen_server:cast(P, bad_return) end),
    run(fun(P) -> gen_server:cast(P, {stop, custom_reason}) end),
    run(fun(P) -> gen_server:cast(P, {stop, normal}) end),
    run(fun(P) -> gen_server:cast(P, {stop, shutdown}) end),
    run(fun(P) -> gen_server:cast(P, {stop, {shutdown, detail}}) end),
    run(fun(P) -> gen_server:cast(P, {throw, thrown_value}) end),
    run(fun(P) -> gen_server:cast(P, {exit, exited}) end),
    run(fun(P) -> gen_server:cast(P, terminate_crash) end),
    run(fun(P) -> gen_server:stop(P) end),
    run(fun(P) -> gen_server:stop(P, odd_reason, infinity) end),
    run(fun(P) -> exit(P, kill) end),
    run(fun(P) -> exit(P, from_outside) end),
    ok.

run(Action) ->
    {ok, Pid} = gen_server:start(?MODULE, [], []),
    Ref = monitor(process, Pid),
    R = (catch Action(Pid)),
    receive {'DOWN', Ref, process, Pid, Why} -> ok end,
    ok = logger_std_h:filesync(default),
    io:format("action -> ~p, DOWN ~P~n~n", [R, Why, 6]).

init([]) -> {ok, state}.

handle_call(_, _From, S) -> {reply, ok, S}.

handle_cast({crash, N}, S) -> {noreply, S + N};
handle_cast(bad_return, _S) -> what_is_this;
handle_cast({stop, R}, S) -> {stop, R, S};
handle_cast({throw, V}, _S) -> throw(V);
handle_cast({exit, V}, _S) -> exit(V);
handle_cast(terminate_crash, _S) -> {stop, normal, crash_in_terminate}.

handle_info({info_crash, T}, S) -> {noreply, list_to_atom(T) + S}.

terminate(_, crash_in_terminate) -> error(terminate_failed);
terminate(_, _) -> ok.
