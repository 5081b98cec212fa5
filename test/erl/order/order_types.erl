%% The global term order across types: number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
-module(order_types).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Ref = make_ref(), Fun = fun() -> ok end, Port = hd(erlang:ports()), Pid = self(),
    Named = [{number, 1}, {atom, a}, {ref, Ref}, {'fun', Fun}, {port, Port}, {pid, Pid}, {tuple, {}},
             {map, #{}}, {nil, []}, {list, [a]}, {bitstring, <<1:1>>}, {binary, <<>>}, {float, 1.0e300},
             {bigneg, -(1 bsl 80)}, {bigpos, 1 bsl 80}, {ext_fun, fun lists:map/2}, {string, "abc"}],
    Shuffled = ?MODULE:id(lists:reverse(Named) ++ []),
    Sorted = lists:sort(fun({_, A}, {_, B}) -> A =< B end, Shuffled),
    erlang:display([N || {N, _} <- Sorted]),
    Vs = [V || {_, V} <- Named],
    erlang:display([[if A < B -> $<; A > B -> $>; true -> $= end || {_, B} <- Named] || {_, A} <- Named]),
    erlang:display([erlang:is_reference(Ref), Ref < Fun, Fun < Port, Port < Pid, Pid < {}, {} < #{}, #{} < [], [] < [a], [a] < <<>>]),
    erlang:display(length(lists:usort(Vs ++ Vs))),
    erlang:display([lists:max([?MODULE:id(1), a, {}]), lists:min([?MODULE:id(<<>>), [], "a"])]).
