%% term_to_binary/2's options (minor_version, deterministic, compressed levels), term_to_iovec/1,2,
%% external_size/1,2, and the errors for bad options.
-module(etf_options).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Small = ?MODULE:id([1.5, 'é', 'Ω', hello, {0.1, -0.0}]),
    [erlang:display(term_to_binary(Small, [{minor_version, V}])) || V <- [0, 1, 2]],
    M1 = ?MODULE:id(maps:from_list([{I, I} || I <- lists:seq(1, 40)] ++ [{float(I), f} || I <- lists:seq(1, 40)])),
    M2 = maps:from_list(lists:reverse(maps:to_list(M1))),
    D1 = term_to_binary(M1, [deterministic]),
    erlang:display({byte_size(D1), erlang:md5(D1), D1 =:= term_to_binary(M2, [deterministic])}),
    erlang:display(erlang:md5(term_to_binary(M1))),
    erlang:display(term_to_binary(?MODULE:id(#{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z}), [deterministic])),
    erlang:display(term_to_binary(?MODULE:id({#{z => 1, y => [#{2 => a, 1 => b}]}}), [deterministic, {minor_version, 2}])),
    Big = ?MODULE:id({lists:seq(1, 3000), lists:duplicate(200, {ok, "some text", 42}), [integer_to_list(I) || I <- lists:seq(1, 500)]}),
    lists:foreach(fun(L) ->
                          C = term_to_binary(Big, [{compressed, L}]),
                          erlang:display({L, byte_size(C), erlang:md5(C), binary_to_term(C) =:= Big})
                  end, lists:seq(0, 9)),
    erlang:display(term_to_binary(?MODULE:id(lists:duplicate(30, abc)), [compressed])),
    erlang:display(term_to_binary(?MODULE:id(<<"tiny">>), [compressed])),
    erlang:display(term_to_binary(?MODULE:id("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), [{compressed, 1}])),
    erlang:display(term_to_binary(?MODULE:id(lists:duplicate(30, abc)), [compressed, {compressed, 0}])),
    Refc = ?MODULE:id(list_to_binary(lists:duplicate(100, 7))),
    <<_:8, Part:81/binary, _/binary>> = Refc,
    <<_:8, PartBits:650/bitstring, _/bitstring>> = Refc,
    Vec = [term_to_iovec(T) || T <- [a, Refc, Part, PartBits, {Refc, <<1, 2>>, [Part]}, <<0:512>>, <<0:520>>]],
    erlang:display([[byte_size(B) || B <- V] || V <- Vec]),
    erlang:display([iolist_to_binary(V) =:= term_to_binary(T) || {V, T} <- lists:zip(Vec, [a, Refc, Part, PartBits, {Refc, <<1, 2>>, [Part]}, <<0:512>>, <<0:520>>])]),
    erlang:display(term_to_iovec(?MODULE:id(lists:duplicate(30, abc)), [compressed])),
    erlang:display(term_to_iovec(?MODULE:id({a, 1.5}), [{minor_version, 0}])),
    erlang:display([erlang:external_size(T) || T <- [a, 1.5, Small, Big, M1, Refc, fun lists:map/2]]),
    erlang:display([erlang:external_size(T, [{minor_version, 0}]) || T <- [a, 1.5, Small]]),
    erlang:display([erlang:external_size(Small, [{minor_version, 1}]), t(fun() -> erlang:external_size(Small, [{minor_version, 2}]) end),
                    t(fun() -> erlang:external_size(Small, [compressed]) end), t(fun() -> erlang:external_size(Small, x) end)]),
    Bad = [[foo], [{compressed, 10}], [{compressed, -1}], [{minor_version, 3}], [compressed | x], x, [{compressed, 1.0}], [local]],
    erlang:display([t(fun() -> term_to_binary(a, ?MODULE:id(O)) end) || O <- Bad]),
    erlang:display([t(fun() -> term_to_iovec(a, ?MODULE:id(O)) end) || O <- Bad]),
    erlang:display([term_to_binary(a, ?MODULE:id(O)) || O <- [[{minor_version, 2}, {minor_version, 1}], [{minor_version, 1}, {minor_version, 2}], []]]).
