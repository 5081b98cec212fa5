%% Order among references, funs, pids and ports created at run time (printed only as booleans and positions).
-module(order_identifiers).
-export([main/1, id/1, f/0, g/0]).

id(X) -> X.
f() -> ok.
g() -> ok.

main(_) ->
    R1 = make_ref(), R2 = make_ref(),
    erlang:display([R1 == R1, R1 =:= R2, R1 < R2 orelse R1 > R2, is_reference(R1)]),
    P1 = self(), P2 = spawn(fun() -> ok end),
    erlang:display([P1 == P1, P1 =:= P2, P1 < P2, is_pid(P2)]),
    X = ?MODULE:id(1),
    F1 = fun() -> X end, F2 = fun() -> X + 1 end, F3 = fun() -> X end,
    E1 = fun ?MODULE:f/0, E2 = fun ?MODULE:g/0, E3 = fun lists:map/2, E4 = fun erlang:self/0,
    erlang:display([F1 < F2, F1 == F3, F1 =:= F1, E1 == fun ?MODULE:f/0, E1 < E2, E3 < E1, E4 < E3, F1 < E1]),
    Fs = [E3, E2, F3, E1, E4, F2, F1],
    Sorted = lists:sort(Fs),
    erlang:display([index(F, Fs) || F <- Sorted]),
    G = fun(Y) -> fun() -> Y end end,
    erlang:display([G(1) == G(1), G(1) == G(2), G(1) < G(2), G(a) < G(1), G(1) == G(1.0)]),
    [Port | _] = erlang:ports(),
    erlang:display([Port < P1, R1 < F1, F1 < Port, E1 < Port, P1 < {}, is_port(Port)]).

index(X, L) -> index(X, L, 1).
index(X, [Y | _], N) when X =:= Y -> N;
index(X, [_ | T], N) -> index(X, T, N + 1).
