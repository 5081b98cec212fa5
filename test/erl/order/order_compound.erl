%% Tuples by size then elements, lists element-wise (improper tails too), binaries bytewise, bitstrings by bits.
-module(order_compound).
-export([main/1, id/1]).

id(X) -> X.

rel(A, B) when A < B -> '<';
rel(A, B) when A > B -> '>';
rel(A, B) when A =:= B -> '=:=';
rel(_, _) -> '=='.

main(_) ->
    Pairs = [{{a, b}, {a}}, {{z}, {a, a}}, {{1, 2}, {1, 2.0}}, {{1, 2.0}, {1, 2}}, {{}, {{}}}, {{b}, {a, b, c}},
             {[], [[]]}, {[a], [a, b]}, {[b], [a, b]}, {[a | b], [a, b]}, {[a | b], [a | c]}, {[a | 1], [a | a]},
             {[a | b], [a]}, {[1 | 2], [1 | 2.0]}, {"abc", "abd"}, {"ab", "abc"}, {"b", "abc"}, {[256], [255, 255]},
             {<<>>, <<0>>}, {<<1>>, <<0, 0>>}, {<<1, 2>>, <<1, 2, 0>>}, {<<255>>, <<1, 2, 3>>},
             {<<1:1>>, <<>>}, {<<1:1>>, <<0>>}, {<<1:1>>, <<128>>}, {<<128:8>>, <<1:1, 0:7, 0:1>>},
             {<<0:1>>, <<0:2>>}, {<<1:7>>, <<2:8>>}, {<<3:2>>, <<192>>}, {<<192, 1:1>>, <<192, 1:2>>},
             {{[a]}, {<<>>}}, {[{}], [#{}]}, {[#{}], [[]]}, {{1, [a | b]}, {1, [a | b]}}],
    lists:foreach(fun({A, B}) -> erlang:display({A, rel(?MODULE:id(A), ?MODULE:id(B)), B}) end, Pairs),
    L = ?MODULE:id([<<1:1>>, <<>>, <<0:1>>, <<0>>, <<1>>, <<0, 0>>, <<0:7>>, <<1:7>>, <<128>>, <<255, 1:1>>]),
    erlang:display(lists:sort(L)),
    erlang:display(lists:sort(?MODULE:id([[a | b], [a], [a, b], [], [a | a], [b], [a | []], "a", [97 | 98]]))),
    erlang:display(lists:sort(?MODULE:id([{b}, {a, a}, {}, {a}, {1, 2, 3}, {z, z}, {{}}]))).
