%% erlang:phash2/1,2 and erlang:phash/2 over every kind of term, and their range errors.
-module(etf_hash).
-export([main/1, id/1]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

local_pid(N, S) -> binary_to_term(<<131, 88, 100, 0, 13, "nonode@nohost", N:32, S:32, 0:32>>).

main(_) ->
    Pid = binary_to_term(<<131, 88, 100, 0, 3, "a@b", 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 2>>),
    Port = binary_to_term(<<131, 120, 100, 0, 3, "a@b", 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 2>>),
    Ref = binary_to_term(<<131, 90, 0, 3, 100, 0, 3, "a@b", 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>),
    X = ?MODULE:id(3),
    LocalPort = binary_to_term(<<131, 89, 100, 0, 13, "nonode@nohost", 0, 0, 0, 3, 0, 0, 0, 0>>),
    Terms = ?MODULE:id([0, 1, -1, 7, 134217727, 134217728, -134217728, -134217729, 4294967295, 4294967296,
                        1 bsl 59, -(1 bsl 59), 1 bsl 64, 1 bsl 100, -(1 bsl 200), 0.0, -0.0, 1.0, 2.5, -1.0e300,
                        a, '', 'é', 'ÿÿ', 'Ω', '日本', list_to_atom(lists:duplicate(255, $q)), [], "a", "ab", "abc", "abcd",
                        "abcde", [1, a, 2], [1 | 2], [a | <<"b">>], ["ab" | "cd"], lists:seq(1, 500), {}, {[]}, {a, {b, c}},
                        <<>>, <<1>>, <<"0123456789a">>, <<"0123456789ab">>, <<"0123456789abc">>, <<"0123456789abcdefghijklmnopqrstuvwxyz">>,
                        <<1:1>>, <<3:2>>, <<1, 2, 3:5>>, #{}, #{a => 1}, #{1 => 2, 1.0 => 3}, #{[] => []},
                        maps:from_list([{I, I} || I <- lists:seq(1, 40)]), maps:from_list([{[I], {I}} || I <- lists:seq(1, 100)]),
                        local_pid(5, 0), local_pid(32767, 8191), Pid, Port, Ref, LocalPort,
                        fun lists:map/2, fun erlang:'+'/2, fun() -> X end, fun(A) -> {A, X} end]),
    lists:foreach(fun(T) ->
                          erlang:display({erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash2(T, 1 bsl 32),
                                          erlang:phash(T, 1 bsl 32), erlang:phash(T, 7)})
                  end, Terms),
    <<_:8, Sub:13/binary, _/binary>> = ?MODULE:id(<<"abcdefghijklmnop">>),
    <<_:3, Bits:30/bitstring, _/bitstring>> = ?MODULE:id(<<"abcdefgh">>),
    erlang:display([erlang:phash2(Sub), erlang:phash2(Bits), erlang:phash(Sub, 1 bsl 32), erlang:phash(Bits, 1 bsl 32)]),
    erlang:display([t(fun() -> erlang:phash2(x, R) end) || R <- ?MODULE:id([0, -1, 1 bsl 32 + 1, 1.0, a])]),
    erlang:display([t(fun() -> erlang:phash(x, R) end) || R <- ?MODULE:id([0, -1, 1 bsl 32 + 1, 1.0, a, 1])]),
    erlang:display(lists:sum([erlang:phash2({I, [I], <<I:32>>}) || I <- lists:seq(1, 5000)])),
    erlang:display(lists:sum([erlang:phash(float(I), 1 bsl 20) || I <- lists:seq(1, 5000)])).
