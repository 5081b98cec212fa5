%% atomics: the errors of every function, with the stack trace's first entry (error_info) and
%% the messages erl_erts_errors makes of them.
-module(atomics_errors).
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

main(_) ->
    S = atomics:new(2, []),
    U = atomics:new(2, [{signed, false}]),
    Max = (1 bsl 63) - 1,
    Min = -(1 bsl 63),
    UMax = (1 bsl 64) - 1,
    Cases = [
        fun() -> atomics:new(0, []) end,
        fun() -> atomics:new(-1, []) end,
        fun() -> atomics:new(a, []) end,
        fun() -> atomics:new(1.0, []) end,
        fun() -> atomics:new(1 bsl 64, []) end,
        fun() -> atomics:new(1 bsl 61, []) end,
        fun() -> atomics:new(1, [bad]) end,
        fun() -> atomics:new(1, bad) end,
        fun() -> atomics:new(1, [{signed, maybe}]) end,
        fun() -> atomics:new(0, [bad]) end,
        fun() -> atomics:get(S, 0) end,
        fun() -> atomics:get(S, 3) end,
        fun() -> atomics:get(S, -1) end,
        fun() -> atomics:get(S, a) end,
        fun() -> atomics:get(S, 1 bsl 64) end,
        fun() -> atomics:get(make_ref(), 1) end,
        fun() -> atomics:get(x, 1) end,
        fun() -> atomics:get(counters:new(1, [write_concurrency]), 1) end,
        fun() -> atomics:put(S, 1, Max + 1) end,
        fun() -> atomics:put(S, 1, Min - 1) end,
        fun() -> atomics:put(S, 1, Max) end,
        fun() -> atomics:put(U, 1, -1) end,
        fun() -> atomics:put(U, 1, UMax + 1) end,
        fun() -> atomics:put(U, 1, 1.5) end,
        fun() -> atomics:put(U, 3, 1) end,
        fun() -> atomics:add(S, 1, UMax) end,
        fun() -> atomics:add(S, 1, UMax + 1) end,
        fun() -> atomics:add(S, 1, Min - 1) end,
        fun() -> atomics:add(U, 1, Min) end,
        fun() -> atomics:add(U, 0, 1) end,
        fun() -> atomics:add_get(S, 1, x) end,
        fun() -> atomics:add_get(x, 1, 1) end,
        fun() -> atomics:sub(S, 1, x) end,
        fun() -> atomics:sub(S, 9, 1) end,
        fun() -> atomics:sub(S, 1, UMax) end,
        fun() -> atomics:sub(S, 1, Min) end,
        fun() -> atomics:sub_get(U, 1, -UMax) end,
        fun() -> atomics:sub_get(U, 1, Min - 1) end,
        fun() -> atomics:sub_get(x, y, z) end,
        fun() -> atomics:exchange(S, 1, Max + 1) end,
        fun() -> atomics:exchange(U, 1, -1) end,
        fun() -> atomics:exchange(S, 5, 1) end,
        fun() -> atomics:compare_exchange(S, 1, Max + 1, 0) end,
        fun() -> atomics:compare_exchange(S, 1, 0, Max + 1) end,
        fun() -> atomics:compare_exchange(U, 1, -1, 0) end,
        fun() -> atomics:compare_exchange(U, 9, 0, 0) end,
        fun() -> atomics:compare_exchange(x, 0, a, b) end,
        fun() -> atomics:info(x) end,
        fun() -> atomics:info(make_ref()) end,
        fun() -> erts_internal:atomics_new(1, -1) end,
        fun() -> erts_internal:atomics_new(1, 1 bsl 64) end,
        fun() -> erts_internal:atomics_new(1 bsl 64, 1) end,
        fun() -> erts_internal:atomics_new(-1, 1) end,
        fun() -> erts_internal:atomics_new(1, a) end,
        fun() -> maps:get(min, atomics:info(erts_internal:atomics_new(1, 2))) end,
        fun() -> maps:get(min, atomics:info(erts_internal:atomics_new(1, 3))) end
    ],
    [erlang:display(try_it(F)) || F <- Cases],
    ok.
