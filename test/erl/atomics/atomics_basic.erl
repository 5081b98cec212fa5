%% atomics: new/2, put/get, add/add_get, sub/sub_get, exchange, compare_exchange and info/1,
%% on signed and unsigned arrays, with wrap-around at 2^63 and 2^64.
-module(atomics_basic).
-export([main/1]).

main(_) ->
    S = atomics:new(3, []),
    U = atomics:new(2, [{signed, false}]),
    erlang:display({is_reference(S), is_reference(U), S =:= S, S =:= U}),
    erlang:display(atomics:info(S)),
    erlang:display(atomics:info(U)),
    erlang:display([atomics:get(S, I) || I <- [1, 2, 3]]),
    erlang:display(atomics:put(S, 1, 42)),
    erlang:display(atomics:add(S, 1, 8)),
    erlang:display(atomics:add_get(S, 1, -100)),
    erlang:display(atomics:sub(S, 1, 2)),
    erlang:display(atomics:sub_get(S, 1, -2)),
    erlang:display(atomics:get(S, 1)),
    %% signed wrap-around at 2^63
    Max = (1 bsl 63) - 1,
    Min = -(1 bsl 63),
    atomics:put(S, 2, Max),
    erlang:display(atomics:add_get(S, 2, 1)),
    erlang:display(atomics:add_get(S, 2, -1)),
    erlang:display(atomics:sub_get(S, 2, -1)),
    atomics:put(S, 3, Min),
    erlang:display(atomics:get(S, 3)),
    %% an unsigned increment applied to a signed array: the same 64 bits
    erlang:display(atomics:add_get(S, 3, (1 bsl 64) - 1)),
    erlang:display(atomics:add_get(S, 3, 1 bsl 63)),
    %% unsigned wrap-around at 2^64
    UMax = (1 bsl 64) - 1,
    atomics:put(U, 1, UMax),
    erlang:display(atomics:get(U, 1)),
    erlang:display(atomics:add_get(U, 1, 1)),
    erlang:display(atomics:add_get(U, 1, -1)),
    erlang:display(atomics:sub_get(U, 1, 1)),
    erlang:display(atomics:add_get(U, 1, Min)),
    erlang:display(atomics:exchange(U, 2, 1 bsl 63)),
    erlang:display(atomics:exchange(U, 2, 7)),
    erlang:display(atomics:compare_exchange(U, 2, 7, UMax)),
    erlang:display(atomics:compare_exchange(U, 2, 7, 1)),
    erlang:display(atomics:get(U, 2)),
    erlang:display(atomics:compare_exchange(S, 1, 0, 5)),
    erlang:display(atomics:compare_exchange(S, 1, atomics:get(S, 1), Min)),
    erlang:display(atomics:get(S, 1)),
    %% values near the small-integer boundary come back as equal integers
    [begin atomics:put(S, 1, V), erlang:display(atomics:get(S, 1) =:= V) end
     || V <- [(1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, (1 bsl 53) + 1, -(1 bsl 53) - 1]],
    %% options: the last {signed, _} wins
    erlang:display(maps:get(min, atomics:info(atomics:new(1, [{signed, false}, {signed, true}])))),
    erlang:display(maps:get(min, atomics:info(atomics:new(1, [{signed, true}, {signed, false}])))),
    erlang:display([maps:get(memory, atomics:info(atomics:new(N, []))) || N <- [1, 2, 7, 8, 9, 100]]),
    %% references: printable, comparable, usable as keys and through term_to_binary
    L = ref_to_list(S),
    erlang:display(is_list(L)),
    R = list_to_ref(L),
    erlang:display(R =:= S),
    erlang:display(atomics:get(R, 2)),
    B = binary_to_term(term_to_binary(S)),
    erlang:display(B =:= S),
    erlang:display(byte_size(term_to_binary(S))),
    erlang:display(maps:get(S, #{S => found})),
    erlang:display(lists:usort([S, U, S]) =:= lists:usort([U, S])),
    erlang:display(erts_debug:flat_size(S)),
    erlang:display(erts_debug:flat_size({S, [U]})),
    %% an array is shared between processes
    Self = self(),
    spawn(fun() -> atomics:add(S, 2, 10), Self ! done end),
    receive done -> ok end,
    erlang:display(atomics:get(S, 2)).
