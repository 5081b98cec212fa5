%% Large terms through the external format: long lists and strings, big binaries, bignums,
%% wide tuples and maps, each compressed at several levels (erts deflates with zlib 1.2.13).
-module(etf_big).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Terms = ?MODULE:id([lists:seq(1, 100000), [I rem 256 || I <- lists:seq(1, 70000)], list_to_binary(lists:duplicate(50000, "ab")),
                        1 bsl 100000, -(1 bsl 12345), list_to_tuple(lists:seq(1, 10000)),
                        maps:from_list([{I, integer_to_binary(I)} || I <- lists:seq(1, 5000)]),
                        [{I, float(I), integer_to_list(I)} || I <- lists:seq(1, 3000)],
                        << <<(I * 7919 rem 256)>> || I <- lists:seq(1, 30000) >>]),
    lists:foreach(fun(T) ->
                          Sizes = [begin B = term_to_binary(T, [{compressed, L}]), {byte_size(B), erlang:md5(B)} end || L <- [0, 1, 6, 9]],
                          erlang:display({erlang:external_size(T), Sizes, erlang:phash2(T), erlang:crc32(term_to_binary(T))}),
                          erlang:display(binary_to_term(term_to_binary(T, [compressed])) =:= T)
                  end, Terms).
