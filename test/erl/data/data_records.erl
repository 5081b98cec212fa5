%% Records are tagged tuples: creation, access, update, matching, record_info, and badrecord.
-module(data_records).
-export([main/1, id/1]).

-record(point, {x = 0, y = 0 :: integer(), z}).
-record(empty, {}).
-record(person, {name, age = 18, tags = [] :: list(), addr = #point{}}).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    P = ?MODULE:id(#point{x = 1}),
    erlang:display([P, P#point.x, P#point.z, P#point{y = 5, z = zz}, #point.y, #empty{}, record_info(fields, point),
                    record_info(size, person)]),
    Per = ?MODULE:id(#person{name = "n", addr = #point{x = 3}}),
    erlang:display([Per, Per#person.addr#point.x, Per#person{addr = (Per#person.addr)#point{y = 9}}]),
    erlang:display([is_record(P, point), is_record(P, person), is_record(P, point, 4), is_record({point}, point),
                    is_record(#empty{}, empty), is_record(?MODULE:id({point, 1, 2, 3}), point)]),
    NotP = ?MODULE:id({other, 1, 2, 3}),
    erlang:display([t(fun() -> NotP#point.x end), t(fun() -> NotP#point{x = 1} end), t(fun() -> (?MODULE:id(a))#point.x end),
                    t(fun() -> (?MODULE:id({point, 1}))#point.x end), t(fun() -> #point{x = X} = NotP, X end)]),
    F = fun(#point{x = X, y = Y}) when X > Y -> x_bigger; (#point{}) -> point; (_) -> other end,
    erlang:display([F(#point{x = 2, y = 1}), F(P), F(NotP), F(#person{})]),
    L = [#point{x = I, y = -I} || I <- lists:seq(1, 5)],
    erlang:display([X || #point{x = X} <- L, X rem 2 =:= 1]),
    erlang:display(lists:keysort(#point.y, L)),
    erlang:display(lists:keyfind(3, #point.x, L)),
    erlang:display(setelement(#point.z, P, set)).
