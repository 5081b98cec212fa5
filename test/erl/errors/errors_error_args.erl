%% error/1, error/2, error/3: how the arguments and error_info land in the top stack frame.
-module(errors_error_args).
-export([main/1, id/1]).

id(X) -> X.

top(F) ->
    try F() catch C:R:St -> {C, R, hd(St)} end.

e1(X) -> error(X).
e2(X) -> error(X, [X, extra]).
e3(X) -> error(X, [X], [{error_info, #{module => ?MODULE, cause => my_cause}}]).
e3none(X) -> error(X, none).
e3bad(X) -> error(X, [X], not_a_list).

main(_) ->
    erlang:display(top(fun() -> e1(?MODULE:id(r1)) end)),
    erlang:display(top(fun() -> e2(?MODULE:id(r2)) end)),
    erlang:display(top(fun() -> e3(?MODULE:id(r3)) end)),
    erlang:display(top(fun() -> e3none(?MODULE:id(r4)) end)),
    erlang:display(top(fun() -> e3bad(?MODULE:id(r5)) end)),
    erlang:display(top(fun() -> error(?MODULE:id(r6), ?MODULE:id(not_list)) end)),
    erlang:display(top(fun() -> atom_to_list(?MODULE:id(1)) end)),
    erlang:display(top(fun() -> lists:reverse(?MODULE:id(a)) end)),
    erlang:display(top(fun() -> binary_to_list(?MODULE:id(<<1:1>>)) end)),
    erlang:display(top(fun() -> erlang:list_to_integer(?MODULE:id("1x")) end)),
    erlang:display(top(fun() -> maps:get(k, ?MODULE:id(#{})) end)),
    erlang:display(top(fun() -> maps:get(k, ?MODULE:id(no)) end)),
    erlang:display(top(fun() -> ets:lookup(?MODULE:id(no_table), k) end)),
    erlang:display(top(fun() -> ?MODULE:id(1) + ?MODULE:id(a) end)),
    erlang:display(top(fun() -> -?MODULE:id(a) end)),
    erlang:display(top(fun() -> ?MODULE:id(5) div ?MODULE:id(0) end)),
    erlang:display(top(fun() -> erlang:'+'(?MODULE:id(a), 1) end)),
    erlang:display(top(fun() -> tuple_size(?MODULE:id(a)) end)),
    erlang:display(top(fun() -> binary_part(?MODULE:id(<<1>>), 2, 1) end)),
    erlang:display(top(fun() -> integer_to_list(?MODULE:id(1), 99) end)),
    erlang:display(top(fun() -> string:length(?MODULE:id(5)) end)).
