%% Traces caught inside spawned processes end at the process's first function (spawn/1 fun or spawn/3 MFA).
-module(traces_spawned).
-export([main/1, id/1, entry/2]).

id(X) -> X.

crash(X) -> [X + ?MODULE:id(a)].

entry(Parent, How) ->
    R = try
            case How of
                direct -> crash(1);
                nested -> [crash(2)];
                bif -> element(?MODULE:id(9), {})
            end
        catch C:E:St -> {C, E, St}
        end,
    Parent ! {trace, R}.

main(_) ->
    Self = self(),
    lists:foreach(fun(How) ->
                          spawn(?MODULE, entry, [Self, How]),
                          receive {trace, R} -> erlang:display(R) end
                  end, [direct, nested, bif]),
    spawn(fun() -> entry(Self, direct) end),
    receive {trace, R1} -> erlang:display(R1) end,
    spawn(fun() -> [entry(Self, nested)] end),
    receive {trace, R2} -> erlang:display(R2) end,
    spawn(erlang, apply, [fun ?MODULE:entry/2, [Self, bif]]),
    receive {trace, R3} -> erlang:display(R3) end.
