-module(halt_status).
-export([main/1]).

%% halt/2 with an integer status above 255 (the OS keeps the low 8 bits) and {flush, false}.

main(_) ->
    erlang:display(before_halt),
    erlang:halt(300, [{flush, false}]).
