%% Map order: by size, then keys in term order (integers before floats), then values.
-module(order_maps).
-export([main/1, id/1]).

id(X) -> X.

rel(A, B) when A < B -> '<';
rel(A, B) when A > B -> '>';
rel(A, B) when A =:= B -> '=:=';
rel(_, _) -> '=='.

main(_) ->
    Pairs = [{#{}, #{a => 1}}, {#{b => 1}, #{a => 1, b => 2}}, {#{a => 2}, #{b => 1}}, {#{a => 1}, #{a => 2}},
             {#{1 => a}, #{1.0 => a}}, {#{1.0 => a}, #{2 => a}}, {#{1 => a}, #{a => a}}, {#{2 => a}, #{1.0 => a}},
             {#{1 => 1}, #{1 => 1.0}}, {#{a => 1, b => 2}, #{a => 1, c => 0}}, {#{a => 2, b => 1}, #{a => 1, b => 2}},
             {#{0 => x}, #{-0.0 => x}}, {#{[] => 1}, #{{} => 1}}, {#{a => 1}, {a, 1}}, {#{a => 1}, [a]},
             {#{1 bsl 70 => a}, #{1.0 => a}}, {#{-1 => a}, #{-1.0e300 => a}}, {#{2 => a}, #{1 => a, 3 => b}},
             {#{1 => a, 2.0 => b}, #{1.0 => a, 2 => b}}, {#{1 => 1.0}, #{1 => 1}}],
    lists:foreach(fun({A, B}) -> erlang:display({A, rel(?MODULE:id(A), ?MODULE:id(B)), B}) end, Pairs),
    Ms = ?MODULE:id([#{b => 1}, #{1.0 => x}, #{a => 1, b => 1}, #{}, #{1 => x}, #{a => 2}, #{2 => y}, #{a => 1},
                     #{1 => x, 1.0 => x}, #{1.0 => x, 2 => y}]),
    erlang:display(lists:sort(Ms)),
    Big1 = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    Big2 = maps:put(40, 41, Big1),
    Big3 = maps:put(40.0, 40, maps:remove(40, Big1)),
    erlang:display([rel(Big1, Big2), rel(Big2, Big1), rel(Big1, Big3), rel(Big3, Big1), rel(Big1, maps:remove(1, Big1))]),
    erlang:display([#{1 => a} == #{1.0 => a}, #{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0},
                    {#{a => 1}} == {#{a => 1.0}}, [#{1 => 2}] == [#{1 => 2.0}]]).
