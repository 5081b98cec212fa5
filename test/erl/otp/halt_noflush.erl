-module(halt_noflush).
%% halt(3, [{flush, false}]): status 3; erlang:display output (synchronous) is seen.
-export([main/1]).

main(_) ->
    erlang:display(displayed_before),
    halt(3, [{flush, false}]).
