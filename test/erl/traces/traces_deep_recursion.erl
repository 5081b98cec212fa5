%% A crash at the bottom of deep body recursion. erts records a return address only when it differs from
%% the previous one (recursion through one call site collapses to a single frame) and keeps at most
%% backtrace_depth (8) frames. The bottom crashes through a remote call so the compiler keeps the body calls.
-module(traces_deep_recursion).
-export([main/1, id/1, boom/1]).

id(X) -> X.
boom(X) -> error({boom, X}).

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

down(0) -> ?MODULE:boom(bottom);
down(N) -> [N | down(N - 1)].

alt_a(0) -> ?MODULE:boom(alt_bottom);
alt_a(N) -> {alt_b(N - 1)}.
alt_b(N) -> [alt_a(N)].

two_sites(0, _) -> ?MODULE:boom(two);
two_sites(N, odd) -> [two_sites(N - 1, even)];
two_sites(N, even) -> {two_sites(N - 1, odd)}.

main(_) ->
    try down(?MODULE:id(100000))
    catch C:R:St -> erlang:display({C, R, own(St)})
    end,
    try alt_a(?MODULE:id(1001))
    catch C2:R2:St2 -> erlang:display({C2, R2, own(St2)})
    end,
    try two_sites(?MODULE:id(20), odd)
    catch C6:R6:St6 -> erlang:display({C6, R6, own(St6)})
    end,
    Old = erlang:system_flag(backtrace_depth, 3),
    try alt_a(?MODULE:id(50))
    catch C3:R3:St3 -> erlang:display({Old, C3, R3, length(St3), own(St3)})
    end,
    erlang:system_flag(backtrace_depth, 20),
    try alt_a(?MODULE:id(50))
    catch C4:R4:St4 -> erlang:display({C4, R4, length(St4), own(St4)})
    end,
    erlang:system_flag(backtrace_depth, 0),
    try down(?MODULE:id(50))
    catch C5:R5:St5 -> erlang:display({C5, R5, St5})
    end,
    erlang:display(erlang:system_flag(backtrace_depth, 8)).
