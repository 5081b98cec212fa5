%% The external term format, byte for byte: term_to_binary of every kind of term and options; binary_to_term back.
-module(bits_term_to_binary).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Terms = [0, 255, 256, -1, 1 bsl 31, -(1 bsl 31), 1 bsl 32, 1 bsl 64, -(1 bsl 64), 1 bsl 2040, 1 bsl 2048,
             1.0, -0.0, 0.1, a, 'hé', '日本', '', true, [], [a], [1, 2, 3], "abc", [256], [a | b], {}, {a, b},
             list_to_tuple(lists:seq(1, 256)), <<>>, <<1, 2, 3>>, <<1:3>>, #{}, #{a => 1, b => 2},
             #{1 => a, 1.0 => b}, maps:from_list([{I, I} || I <- lists:seq(1, 33)]), fun lists:map/2,
             lists:seq(1, 300), [[]], {[], <<>>, #{}}, "a\x{100}"],
    lists:foreach(fun(T0) ->
                          T = ?MODULE:id(T0),
                          Bin = term_to_binary(T),
                          erlang:display({erlang:phash2(T), byte_size(Bin), erlang:md5(Bin), binary_to_term(Bin) =:= T})
                  end, Terms),
    erlang:display([term_to_binary(?MODULE:id(1.5), [{minor_version, 0}]), term_to_binary(?MODULE:id(hello), [{minor_version, 1}]),
                    term_to_binary(?MODULE:id('hé'), [{minor_version, 1}]), term_to_binary(?MODULE:id("abc"), [deterministic])]),
    C = term_to_binary(?MODULE:id(lists:duplicate(100, abc)), [compressed]),
    erlang:display({byte_size(C), C, binary_to_term(C) =:= lists:duplicate(100, abc)}),
    C9 = term_to_binary(?MODULE:id(lists:seq(1, 1000)), [{compressed, 9}]),
    erlang:display({byte_size(C9), erlang:md5(C9)}),
    erlang:display(term_to_binary(?MODULE:id(<<"tiny">>), [compressed])),
    erlang:display([t(fun() -> binary_to_term(?MODULE:id(<<131, 100>>)) end), t(fun() -> binary_to_term(?MODULE:id(<<>>)) end),
                    t(fun() -> binary_to_term(?MODULE:id(<<130, 97, 1>>)) end), binary_to_term(?MODULE:id(<<131, 97, 1, 0>>), [used]),
                    binary_to_term(?MODULE:id(<<131, 100, 0, 3, "foo">>)), binary_to_term(?MODULE:id(<<131, 115, 3, "bar">>)),
                    binary_to_term(?MODULE:id(<<131, 99, "1.50000000000000000000e+00", 0:40>>)),
                    binary_to_term(?MODULE:id(<<131, 110, 1, 1, 200>>)), binary_to_term(?MODULE:id(<<131, 110, 2, 0, 5, 0>>)),
                    t(fun() -> binary_to_term(?MODULE:id(<<131, 119, 1, 255>>)) end),
                    t(fun() -> binary_to_term(?MODULE:id(<<131, 100, 0, 1, 255>>)) end),
                    t(fun() -> binary_to_term(?MODULE:id(<<131, 118, 0, 1, 255>>)) end),
                    t(fun() -> binary_to_term(?MODULE:id(<<131, 100, 0, 4, "safe">>), [safe]) end),
                    t(fun() -> binary_to_term(?MODULE:id(<<131, 100, 0, 20, "no_such_atom_xyz_123">>), [safe]) end)]),
    erlang:display(erlang:external_size(?MODULE:id({a, [1, 2], <<"x">>}))),
    erlang:display(binary_to_term(term_to_binary(?MODULE:id({self() =:= self(), make_ref() =/= make_ref()})))).
