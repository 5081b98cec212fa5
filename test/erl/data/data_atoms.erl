%% Atoms: the 255-character limit (characters, not bytes), unicode atoms, existing-atom lookups, conversions.
-module(data_atoms).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    A255 = lists:duplicate(255, $a), A256 = lists:duplicate(256, $a), U255 = lists:duplicate(255, 16#65E5),
    erlang:display([length(atom_to_list(list_to_atom(?MODULE:id(A255)))), t(fun() -> list_to_atom(?MODULE:id(A256)) end),
                    length(atom_to_list(list_to_atom(?MODULE:id(U255)))), t(fun() -> list_to_atom(?MODULE:id([16#65E5 | U255])) end),
                    byte_size(atom_to_binary(list_to_atom(?MODULE:id(U255)))),
                    t(fun() -> binary_to_atom(?MODULE:id(list_to_binary(A256))) end),
                    t(fun() -> binary_to_atom(?MODULE:id(unicode:characters_to_binary(U255))) end)]),
    erlang:display([list_to_atom(?MODULE:id("")), list_to_atom(?MODULE:id("with space")), list_to_atom(?MODULE:id("Cap")),
                    list_to_atom(?MODULE:id("a.b")), list_to_atom(?MODULE:id("a@b")), list_to_atom(?MODULE:id("é")),
                    list_to_atom(?MODULE:id([0])), list_to_atom(?MODULE:id("\n")), list_to_atom(?MODULE:id("'")),
                    list_to_atom(?MODULE:id("\\")), list_to_atom(?MODULE:id("9x")), list_to_atom(?MODULE:id("_x")),
                    list_to_atom(?MODULE:id("aÿ")), list_to_atom(?MODULE:id("aĀ")), list_to_atom(?MODULE:id("else")),
                    list_to_atom(?MODULE:id("[]")), list_to_atom(?MODULE:id("x-y"))]),
    erlang:display([t(fun() -> list_to_atom(?MODULE:id([-1])) end), t(fun() -> list_to_atom(?MODULE:id([16#110000])) end),
                    t(fun() -> list_to_atom(?MODULE:id([16#D800])) end), t(fun() -> list_to_atom(?MODULE:id(a)) end),
                    t(fun() -> list_to_atom(?MODULE:id([$a | b])) end), t(fun() -> list_to_atom(?MODULE:id(<<"a">>)) end)]),
    erlang:display([t(fun() -> list_to_existing_atom(?MODULE:id("surely_not_an_atom_qqq")) end),
                    list_to_existing_atom(?MODULE:id("ok")), binary_to_existing_atom(?MODULE:id(<<"error">>)),
                    t(fun() -> binary_to_existing_atom(?MODULE:id(<<"zzz_surely_not_qq">>), utf8) end)]),
    erlang:display([atom_to_binary('é'), atom_to_binary('é', latin1), atom_to_binary('é', utf8),
                    t(fun() -> atom_to_binary(?MODULE:id('日'), latin1) end), binary_to_atom(<<233>>, latin1),
                    binary_to_atom(<<195, 169>>, utf8), t(fun() -> binary_to_atom(?MODULE:id(<<233>>), utf8) end),
                    binary_to_atom(<<"x">>), t(fun() -> atom_to_list(?MODULE:id("x")) end), atom_to_list(?MODULE:id(''))]),
    erlang:display([is_atom(true), is_atom([]), is_boolean(?MODULE:id(true)), is_boolean(?MODULE:id(tru)), erlang:atom_to_list(nil),
                    length(erlang:atom_to_list(?MODULE:id('a\x{10FFFF}')))]).
