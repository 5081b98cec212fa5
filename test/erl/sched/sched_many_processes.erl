%% Fifty thousand processes alive at once; each answers when asked, collected in a fixed order.
-module(sched_many_processes).
-export([main/1, id/1]).

id(X) -> X.

worker(I) ->
    receive {go, From} -> From ! {self(), I * I} end.

main(_) ->
    N = ?MODULE:id(50000),
    Pids = [spawn(fun() -> worker(I) end) || I <- lists:seq(1, N)],
    erlang:display(length(Pids)),
    erlang:display(length(lists:usort(Pids))),
    lists:foreach(fun(P) -> P ! {go, self()} end, Pids),
    Results = [receive {P, R} -> R end || P <- Pids],
    erlang:display(lists:sum(Results)),
    erlang:display(lists:sublist(Results, 5)),
    erlang:display(length([P || P <- Pids, is_process_alive(P)]) =< N).
