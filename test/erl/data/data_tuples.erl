%% Tuple BIFs at their edges: element/setelement bounds, make_tuple, insert/delete/append_element, big tuples.
-module(data_tuples).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T = ?MODULE:id({a, b, c}),
    erlang:display([element(1, T), element(3, T), t(fun() -> element(0, T) end), t(fun() -> element(4, T) end),
                    t(fun() -> element(a, T) end), t(fun() -> element(1, ?MODULE:id([a])) end), t(fun() -> element(1 bsl 64, T) end),
                    t(fun() -> element(1, ?MODULE:id({})) end)]),
    erlang:display([setelement(1, T, x), setelement(3, T, x), t(fun() -> setelement(4, T, x) end), t(fun() -> setelement(0, T, x) end),
                    T]),
    erlang:display([erlang:make_tuple(3, z), erlang:make_tuple(0, z), erlang:make_tuple(5, d, [{2, x}, {5, y}, {2, w}]),
                    t(fun() -> erlang:make_tuple(-1, z) end), t(fun() -> erlang:make_tuple(2, z, [{3, x}]) end)]),
    erlang:display([erlang:append_element(T, d), erlang:append_element({}, d), erlang:insert_element(1, T, x),
                    erlang:insert_element(4, T, x), t(fun() -> erlang:insert_element(5, T, x) end), erlang:delete_element(2, T),
                    t(fun() -> erlang:delete_element(4, T) end), erlang:delete_element(1, {only})]),
    erlang:display([tuple_size(T), tuple_size({}), t(fun() -> tuple_size(?MODULE:id([a])) end), tuple_to_list(T), list_to_tuple([]),
                    t(fun() -> list_to_tuple(?MODULE:id([a | b])) end), size(T), size(<<1, 2>>)]),
    Big = list_to_tuple(lists:seq(1, ?MODULE:id(100000))),
    erlang:display([tuple_size(Big), element(100000, Big), element(50000, setelement(50000, Big, x)), lists:sum(tuple_to_list(Big))]),
    erlang:display(t(fun() -> erlang:make_tuple(1 bsl 30, x) end)),
    erlang:display(t(fun() -> erlang:make_tuple(16#1000000, x) end)),
    Nested = lists:foldl(fun(I, Acc) -> {I, Acc} end, {}, lists:seq(1, 10)),
    erlang:display(Nested),
    {A, {B, _}} = Nested,
    erlang:display({A, B}),
    erlang:display([is_tuple(T), is_tuple([]), {1, 2} =:= {1, 2}, {1, 2} < {1, 2, 0}, {2} < {1, 1}]).
