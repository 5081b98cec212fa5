-module(statem_crash).
%% A gen_statem crashing in a state callback (its "** State machine ... terminating" report), a bad event reply and a call timeout.
-behaviour(gen_statem).
-export([main/1, init/1, callback_mode/0, idle/3, busy/3, terminate/3]).

main(_) ->
    {ok, P} = gen_statem:start({local, machine}, ?MODULE, [], []),
    io:format("call ~p~n", [gen_statem:call(machine, go)]),
    io:format("state ~p~n", [element(1, sys:get_state(machine))]),
    gen_statem:cast(machine, note),
    io:format("call ~p~n", [gen_statem:call(machine, go)]),
    Ref = monitor(process, P),
    R = (catch gen_statem:call(machine, crash)),
    receive {'DOWN', Ref, process, P, Why} -> ok end,
    ok = logger_std_h:filesync(default),
    io:format("caller got ~P~nDOWN ~P~n", [R, 12, Why, 6]),
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    Ref2 = monitor(process, P2),
    gen_statem:cast(P2, bad_return),
    receive {'DOWN', Ref2, process, P2, Why2} -> ok end,
    ok = logger_std_h:filesync(default),
    io:format("DOWN ~P~n", [Why2, 6]),
    {ok, P3} = gen_statem:start(?MODULE, [], []),
    io:format("timeout ~P~n", [catch gen_statem:call(P3, {sleep, 300}, 50), 6]),
    io:format("stop ~p~n", [gen_statem:stop(P3)]),
    ok.

callback_mode() -> [state_functions, state_enter].

init([]) -> {ok, idle, #{events => []}}.

idle(enter, _Old, D) -> {keep_state, D};
idle({call, From}, go, D) -> {next_state, busy, D, [{reply, From, went_busy}]};
idle({call, From}, {sleep, T}, D) -> timer:sleep(T), {keep_state, D, [{reply, From, slept}]};
idle(cast, bad_return, _D) -> {this_is, not_valid};
idle(cast, note, D) -> {keep_state, D}.

busy(enter, _Old, D) -> {keep_state, D#{events := [entered | maps:get(events, D)]}};
busy(cast, note, D) -> {keep_state, D#{events := [note | maps:get(events, D)]}};
busy({call, From}, go, D) -> {keep_state, D, [{reply, From, already_busy}]};
busy({call, _From}, crash, D) -> {keep_state, maps:get(nothing, D)}.

terminate(Reason, State, _D) -> io:format("terminate ~P in ~p~n", [Reason, 4, State]).
