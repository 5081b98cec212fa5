%% counters: both kinds (atomics and write_concurrency), wrap-around, info/1 and the errors with
%% the messages erl_erts_errors makes of them.
-module(counters_all).
-export([main/1]).

try_it(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            [{M, Fn, A, Info} | _] = St,
            Msgs = try erl_erts_errors:format_error(R, St) catch _:_ -> no_format end,
            {C, R, {M, Fn, A, Info}, Msgs}
    end.

exercise(Kind) ->
    C = counters:new(3, Kind),
    erlang:display({Kind, element(1, C), is_reference(element(2, C))}),
    erlang:display(counters:info(C)),
    erlang:display([counters:get(C, I) || I <- [1, 2, 3]]),
    ok = counters:add(C, 1, 5),
    ok = counters:sub(C, 1, 7),
    erlang:display(counters:get(C, 1)),
    ok = counters:put(C, 2, (1 bsl 63) - 1),
    ok = counters:add(C, 2, 1),
    erlang:display(counters:get(C, 2)),
    ok = counters:add(C, 2, (1 bsl 64) - 1),
    erlang:display(counters:get(C, 2)),
    ok = counters:sub(C, 2, -(1 bsl 63)),
    erlang:display(counters:get(C, 2)),
    ok = counters:put(C, 3, -(1 bsl 63)),
    ok = counters:sub(C, 3, 1),
    erlang:display(counters:get(C, 3)),
    [begin ok = counters:put(C, 1, V), erlang:display(counters:get(C, 1) =:= V) end
     || V <- [(1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59) - 1, (1 bsl 53) + 1]],
    Self = self(),
    [spawn(fun() -> counters:add(C, 3, 1), Self ! done end) || _ <- lists:seq(1, 5)],
    [receive done -> ok end || _ <- lists:seq(1, 5)],
    erlang:display(counters:get(C, 3)),
    Cases = [
        fun() -> counters:get(C, 0) end,
        fun() -> counters:get(C, 4) end,
        fun() -> counters:get(C, a) end,
        fun() -> counters:add(C, 1, 1 bsl 64) end,
        fun() -> counters:add(C, 1, -(1 bsl 63) - 1) end,
        fun() -> counters:add(C, 1, 1.0) end,
        fun() -> counters:sub(C, 1, a) end,
        fun() -> counters:sub(C, 1, (1 bsl 64) - 1) end,
        fun() -> counters:sub(C, 1, -(1 bsl 64) + 1) end,
        fun() -> counters:put(C, 1, 1 bsl 63) end,
        fun() -> counters:put(C, 1, -(1 bsl 63) - 1) end,
        fun() -> counters:put(C, 9, 1) end,
        fun() -> counters:put(C, 1, x) end
    ],
    [erlang:display(try_it(F)) || F <- Cases].

main(_) ->
    exercise([]),
    exercise([atomics]),
    exercise([write_concurrency]),
    erlang:display([maps:get(memory, counters:info(counters:new(N, [atomics]))) || N <- [1, 8, 9, 100]]),
    %% write_concurrency's memory figure depends on the number of schedulers: print its shape
    erlang:display([is_integer(maps:get(memory, counters:info(counters:new(N, [write_concurrency]))))
                    || N <- [1, 8, 9, 100]]),
    Errors = [
        fun() -> counters:new(0, []) end,
        fun() -> counters:new(0, [write_concurrency]) end,
        fun() -> counters:new(-1, [write_concurrency]) end,
        fun() -> counters:new(a, [write_concurrency]) end,
        fun() -> counters:new(1 bsl 64, [write_concurrency]) end,
        fun() -> counters:new(1 bsl 62, [write_concurrency]) end,
        fun() -> counters:new(1, [bad]) end,
        fun() -> counters:new(1, [atomics, write_concurrency]) end,
        fun() -> counters:new(1, bad) end,
        fun() -> counters:get(bad, 1) end,
        fun() -> counters:get({atomics, make_ref()}, 1) end,
        fun() -> counters:get({write_concurrency, make_ref()}, 1) end,
        fun() -> counters:get({write_concurrency, atomics:new(1, [])}, 1) end,
        fun() -> counters:add({atomics, x}, 1, 1) end,
        fun() -> counters:put({write_concurrency, x}, 1, 1) end,
        fun() -> counters:info({write_concurrency, x}) end,
        fun() -> counters:info(x) end,
        fun() -> erts_internal:counters_get(x, 1) end,
        fun() -> erts_internal:counters_add(x, 1, 1) end,
        fun() -> erts_internal:counters_put(x, 1, 1) end,
        fun() -> erts_internal:counters_info(x) end,
        fun() -> erts_internal:counters_new(0) end
    ],
    [erlang:display(try_it(F)) || F <- Errors],
    ok.
