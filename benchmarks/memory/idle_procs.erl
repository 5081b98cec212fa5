-module(idle_procs).
%% Spawns N processes that each block in receive, checks they are all alive, and stops them.
%% benchmarks/memory.mjs runs it with N = 0 and N = 1,000,000 and divides the growth of peak
%% RSS by N: the memory an idle process costs.
-export([main/1]).
main([A]) ->
    N = list_to_integer(A),
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    erlang:display({alive, Alive}),
    [P ! stop || P <- Pids],
    ok.
