%% Terms nested a million deep built by recursion, then walked, compared, copied into a message and hashed.
-module(recursion_deep_terms).
-export([main/1, id/1]).

id(X) -> X.

nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

depth(leaf) -> 0;
depth({node, T}) -> 1 + depth(T).

main(_) ->
    N = ?MODULE:id(1000000),
    T = nest(N),
    erlang:display(depth(T)),
    erlang:display(T =:= nest(N)),
    erlang:display(T < nest(N + 1)),
    erlang:display(erlang:phash2(T)),
    Self = self(),
    P = spawn(fun() -> receive X -> Self ! {depth, depth(X)} end end),
    P ! T,
    receive {depth, D} -> erlang:display(D) end,
    erlang:display(byte_size(term_to_binary(T))),
    erlang:display(depth(binary_to_term(term_to_binary(T)))),
    put(deep, T),
    erlang:display(depth(get(deep))),
    erlang:display(erlang:external_size(T)).
