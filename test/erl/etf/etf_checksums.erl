%% erlang:md5/1, md5_init/update/final, crc32/1,2, crc32_combine/3, adler32/1,2, adler32_combine/3
%% over iodata of every shape, and their argument errors.
-module(etf_checksums).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Big = ?MODULE:id(list_to_binary([I rem 251 || I <- lists:seq(1, 100000)])),
    <<_:3/binary, Part:1000/binary, _/binary>> = Big,
    <<Head:300/binary, _/binary>> = Big,
    Data = ?MODULE:id([<<>>, [], "abc", <<"abc">>, [<<"a">>, $b, [[$c], <<>>] | <<"d">>], [[], [[]], <<1, 2>>],
                       <<"The quick brown fox jumps over the lazy dog">>, Big, [Big, "tail" | Big],
                       Part, lists:duplicate(300, "xy")]),
    lists:foreach(fun(D) ->
                          erlang:display({erlang:md5(D), erlang:crc32(D), erlang:adler32(D),
                                          erlang:crc32(16#DEADBEEF, D), erlang:adler32(16#12345678, D),
                                          erlang:md5_final(erlang:md5_update(erlang:md5_init(), D))})
                  end, Data),
    C1 = erlang:crc32(<<"hello ">>), C2 = erlang:crc32(<<"world">>),
    A1 = erlang:adler32(<<"hello ">>), A2 = erlang:adler32(<<"world">>),
    erlang:display({erlang:crc32_combine(C1, C2, 5), erlang:crc32(<<"hello world">>),
                    erlang:adler32_combine(A1, A2, 5), erlang:adler32(<<"hello world">>)}),
    erlang:display([erlang:crc32_combine(C1, C2, N) || N <- [0, 1, 65521, 1 bsl 31, 4294967295]]),
    erlang:display([erlang:adler32_combine(A1, A2, N) || N <- [0, 1, 65521, 1 bsl 31, 4294967295]]),
    erlang:display([erlang:adler32_combine(16#FFFFFFFF, 16#FFFFFFFF, N) || N <- [1, 2, 65520]]),
    erlang:display([erlang:adler32(V, D) || V <- [65521, 65535, 16#FFF1FFF1, 16#FFFFFFFF], D <- [<<>>, [], "a", "abcdefgh", Big]]),
    Ctx = lists:foldl(fun(D, C) -> erlang:md5_update(C, D) end, erlang:md5_init(), Data),
    erlang:display({erlang:md5_final(Ctx), erlang:md5(Data), byte_size(Ctx)}),
    Known = <<1, 35, 69, 103, 137, 171, 205, 239, 254, 220, 186, 152, 118, 84, 50, 16, 0:576>>,
    erlang:display(erlang:md5_update(Known, Big)),
    erlang:display(erlang:md5_update(Known, [Big, "tail", Head])),
    erlang:display([t(fun() -> erlang:md5(X) end) || X <- ?MODULE:id([<<1:3>>, [256], a, [a], ["ab" | c], 1])]),
    erlang:display([t(fun() -> erlang:crc32(X) end) || X <- ?MODULE:id([<<1:3>>, [-1], a])]),
    erlang:display([t(fun() -> erlang:adler32(X, "a") end) || X <- ?MODULE:id([-1, 1 bsl 32, 1.0, a])]),
    erlang:display([t(fun() -> erlang:crc32_combine(X, 1, 1) end) || X <- ?MODULE:id([-1, 1 bsl 32, 1.0, a])]),
    erlang:display([t(fun() -> erlang:md5_update(X, "a") end) || X <- ?MODULE:id([<<1, 2, 3>>, a, <<0:703>>])]),
    erlang:display([t(fun() -> erlang:md5_final(X) end) || X <- ?MODULE:id([<<1, 2, 3>>, a, <<0:704>>])]).
