%% How erlang:display prints funs: external funs by name, local funs with erts's module/index/uniq numbering.
-module(funs_display).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    X = ?MODULE:id(1),
    erlang:display(fun lists:map/2),
    erlang:display(fun erlang:'+'/2),
    erlang:display(fun ?MODULE:id/1),
    erlang:display(fun() -> ok end),
    erlang:display(fun(A) -> A + X end),
    erlang:display([fun() -> X end, {fun lists:seq/2}]),
    erlang:display(erlang:make_fun(?MODULE:id(nomod), ?MODULE:id(nofun), 3)).
