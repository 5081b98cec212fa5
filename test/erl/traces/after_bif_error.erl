-module(after_bif_error).
-export([main/1]).

%% An exception that passes through try ... after (and a catch-all that re-raises with raw_raise)
%% keeps its stack trace as raised: a BIF's first entry with its error_info, and the frame of the
%% function that tail-called the BIF. Elixir's Code.eval_string runs main inside try/after, so
%% its uncaught-error reports depend on this.
main(_) ->
    show(fun() -> with_after(fun() -> tail_bif([1, <<1:4>>]) end) end),
    show(fun() -> with_after(fun() -> element(3, {a}) end) end),
    show(fun() -> reraise(fun() -> tail_bif(a) end) end),
    show(fun() -> with_after(fun() -> ets:lookup(no_such_table, 1) end) end),
    show(fun() -> with_after(fun() -> error(badarg, [x], [{error_info, #{cause => mine}}]) end) end),
    show(fun() -> with_after(fun() -> with_after(fun() -> atom_to_list(1) end) end) end).

tail_bif(X) -> list_to_binary(X).

with_after(F) ->
    try F() after put(cleaned, true) end.

reraise(F) ->
    try F() catch C:R:S -> erlang:raise(C, R, S) end.

show(F) ->
    try F() catch C:R:S -> io:format("~p:~p~n~p~n", [C, R, S]) end.
