-module(halt_slogan).
-export([main/1]).

%% halt/1 with a string: the slogan goes to stderr and the exit status is 1. Errors of halt/2
%% first, caught.

main(_) ->
    erlang:display({bad_status, catch_reason(fun() -> halt(-1) end)}),
    erlang:display({bad_float, catch_reason(fun() -> halt(1.0) end)}),
    erlang:display({bad_string, catch_reason(fun() -> halt([$a | b]) end)}),
    erlang:display({bad_option, catch_reason(fun() -> halt(0, [{flush, maybe}]) end)}),
    erlang:display({bad_options, catch_reason(fun() -> halt(0, bogus) end)}),
    erlang:display(halting),
    halt("something went wrong\nsecond line").

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
