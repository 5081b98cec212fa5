%% BIF failures put the BIF itself on top of the trace, with its arguments and error_info.
-module(traces_bif_error_info).
-export([main/1, id/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

main(_) ->
    erlang:display(t(fun() -> element(?MODULE:id(5), {a}) end)),
    erlang:display(t(fun() -> atom_to_binary(?MODULE:id("str")) end)),
    erlang:display(t(fun() -> list_to_tuple(?MODULE:id(notlist)) end)),
    erlang:display(t(fun() -> erlang:send(?MODULE:id(nobody_registered), msg) end)),
    erlang:display(t(fun() -> ?MODULE:id(nobody_registered) ! msg end)),
    erlang:display(t(fun() -> binary_to_term(?MODULE:id(<<1, 2>>)) end)),
    erlang:display(t(fun() -> erlang:setelement(?MODULE:id(0), {}, x) end)),
    erlang:display(t(fun() -> lists:keyfind(k, ?MODULE:id(0), []) end)),
    erlang:display(t(fun() -> lists:member(x, ?MODULE:id(improper)) end)),
    erlang:display(t(fun() -> abs(?MODULE:id(abc)) end)),
    erlang:display(t(fun() -> ?MODULE:id(1) bsl ?MODULE:id(a) end)),
    erlang:display(t(fun() -> hd(?MODULE:id([])) end)),
    erlang:display(t(fun() -> length(?MODULE:id([a | b])) end)),
    erlang:display(t(fun() -> float_to_list(?MODULE:id(1)) end)),
    erlang:display(t(fun() -> iolist_to_binary(?MODULE:id([256])) end)),
    erlang:display(t(fun() -> erlang:register(?MODULE:id(undefined), ?MODULE:id(notapid)) end)),
    erlang:display(t(fun() -> erlang:process_flag(?MODULE:id(bogus_flag), true) end)).
