-module(waiting_location).
-export([main/1]).

%% process_info of a process waiting in a receive: erts reports the location of the receive's
%% start (the last line before its loop_rec), not of a clause body placed after it in the code,
%% with or without an after clause; gen_server:call clients show gen:do_call at the send.
main(_) ->
    Self = self(),
    P = spawn(fun() -> waiter(Self) end),
    T = spawn(fun() -> timed_waiter(Self) end),
    receive ready -> ok end,
    receive ready -> ok end,
    {ok, S} = gen_server:start(hold_server, [], []),
    C1 = spawn(fun() -> gen_server:call(S, hold, infinity) end),
    C2 = spawn(fun() -> gen_server:call(S, hold, 60000) end),
    [wait_until_waiting(X) || X <- [P, T, C1, C2]],
    [begin
         io:format("~p~n", [erlang:process_info(X, current_stacktrace)]),
         io:format("~p~n", [erlang:process_info(X, current_location)]),
         io:format("~p~n", [erlang:process_info(X, current_function)])
     end || X <- [P, T, C1, C2]],
    P ! stop,
    T ! stop,
    ok.

waiter(Parent) ->
    Parent ! ready,
    receive
        {call, X} ->
            io:format("got ~p~n", [X]),
            waiter(Parent);
        stop ->
            ok
    end.

timed_waiter(Parent) ->
    Parent ! ready,
    receive
        {call, X} ->
            io:format("got ~p~n", [X]),
            timed_waiter(Parent);
        stop ->
            ok
    after 60000 ->
        io:format("timeout~n")
    end.

wait_until_waiting(P) ->
    case erlang:process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_until_waiting(P)
    end.
