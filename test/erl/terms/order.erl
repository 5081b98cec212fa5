-module(order).
-export([main/1]).
main(_) ->
    L = [{1, 2}, [a], <<"b">>, "str", atom, 1.5, 2, -3, #{k => v}, {}, [], self(), make_ref(), fun() -> ok end, 1 bsl 80, -1.0e10],
    Sorted = lists:sort(L),
    erlang:display([element(1, erlang:fun_info(fun erlang:display/1, module))]),
    erlang:display(length(Sorted)),
    erlang:display([1 < a, a < {}, {} < [], {1} < {1, 2}, [1] < [1, 2], 1 == 1.0, 1 =:= 1.0, 2 > 1.5]),
    erlang:display(lists:sort([3, 1.0, 2, 1, 2.0, b, a, "b", "a", {2}, {1, 1}])),
    erlang:display(lists:usort([c, a, b, a, c])),
    erlang:display(max(1, 1.0)),
    erlang:display(min([], {})),
    erlang:display(lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}])).
