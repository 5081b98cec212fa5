%% Very deep terms: compare, hash, copy between processes, encode; nothing may overflow a native stack.
-module(data_deep_terms).
-export([main/1, id/1]).

id(X) -> X.

nest_list(0, Acc) -> Acc;
nest_list(N, Acc) -> nest_list(N - 1, [Acc]).

nest_tuple(0, Acc) -> Acc;
nest_tuple(N, Acc) -> nest_tuple(N - 1, {N, Acc}).

nest_map(0, Acc) -> Acc;
nest_map(N, Acc) -> nest_map(N - 1, #{k => Acc}).

depth([X]) -> 1 + depth(X);
depth(_) -> 0.

main(_) ->
    N = ?MODULE:id(1000000),
    A = nest_list(N, x), B = nest_list(N, x), C = nest_list(N, y),
    erlang:display([A =:= B, A == B, A < C, A =/= C, depth(A)]),
    T1 = nest_tuple(N, end1), T2 = nest_tuple(N, end2),
    erlang:display([T1 =:= T1, T1 < T2, erlang:phash2(T1) =:= erlang:phash2(nest_tuple(N, end1))]),
    erlang:display(erlang:phash2(A)),
    erlang:display(erlang:phash2(T1)),
    erlang:display(byte_size(term_to_binary(A))),
    erlang:display(binary_to_term(term_to_binary(T1)) =:= T1),
    M = nest_map(?MODULE:id(100000), leaf),
    erlang:display([M =:= nest_map(100000, leaf), erlang:phash2(M), byte_size(term_to_binary(M))]),
    Self = self(),
    spawn(fun() -> receive {deep, X} -> Self ! {back, depth(X)} end end) ! {deep, A},
    receive {back, D} -> erlang:display(D) end,
    L = lists:seq(1, ?MODULE:id(2000000)),
    erlang:display([L =:= lists:seq(1, 2000000), erlang:phash2(L), length(binary_to_term(term_to_binary(L)))]),
    erlang:display(lists:sort([nest_list(3, b), nest_list(2, a), nest_list(4, a)])).
