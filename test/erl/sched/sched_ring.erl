%% A ring of ten thousand processes passes a counter around twenty times.
-module(sched_ring).
-export([main/1, id/1]).

id(X) -> X.

node_loop(Next) ->
    receive
        {token, 0, Hops} -> Next ! {done, Hops};
        {token, N, Hops} -> Next ! {token, N - 1, Hops + 1}, node_loop(Next);
        {done, Hops} -> Next ! {done, Hops}
    end.

make_ring(0, Next) -> Next;
make_ring(N, Next) -> make_ring(N - 1, spawn(fun() -> node_loop(Next) end)).

main(_) ->
    Size = ?MODULE:id(10000),
    First = make_ring(Size, self()),
    First ! {token, Size * 20, 0},
    erlang:display(relay(First)).

%% main is the last node of the ring: it forwards tokens until one arrives with 0 left.
relay(First) ->
    receive
        {token, 0, Hops} -> {finished_at_main, Hops};
        {token, N, Hops} -> First ! {token, N - 1, Hops + 1}, relay(First);
        {done, Hops} -> {finished_elsewhere, Hops}
    end.
