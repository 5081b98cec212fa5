%% after blocks and catch handlers that themselves wait for messages while an exception unwinds,
%% in deep recursion and with other processes competing for the scheduler.
-module(errors_after_suspend).
-export([main/1, id/1]).

id(X) -> X.

pause() -> receive after 1 -> ok end.

nested(0) -> throw(bottom);
nested(N) ->
    try nested(N - 1)
    after
        case N rem 250 of 0 -> pause(), put(unwound, get(unwound) + 1); _ -> ok end
    end.

handler_waits() ->
    try error(first)
    catch error:first ->
            self() ! resumed,
            receive resumed -> {handled_after_receive, first} end
    end.

busy(N) -> busy(N + 1).

main(_) ->
    Busy = spawn(fun() -> busy(0) end),
    put(unwound, 0),
    erlang:display(catch nested(?MODULE:id(1000))),
    erlang:display(get(unwound)),
    erlang:display(handler_waits()),
    R = try
            try throw(inner)
            after
                Self = self(),
                spawn(fun() -> Self ! from_after end),
                receive from_after -> erlang:display(after_got_message) end
            end
        catch throw:inner -> caught_inner_after_after
        end,
    erlang:display(R),
    Deep = fun D(0) -> receive after 5 -> error(deep_timeout) end; D(N) -> [N | D(N - 1)] end,
    erlang:display(try Deep(?MODULE:id(100000)) catch error:E -> E end),
    exit(Busy, kill),
    erlang:display(done).
