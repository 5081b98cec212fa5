%% Atoms compare by their text, code point by code point (unicode atoms included), not by creation order.
-module(order_atoms).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Names = ["zebra", "a", "Z", "aa", "a_", "a@", "", "ä", "z", "é", "日本", "ÿ", "ā", "Ω", "😀", "A", "_",
             "ab", "ab\x{300}", "b", " ", "'", "a b", "\x{10FFFF}", "[]", "ok", "true", "false"],
    Atoms = [list_to_atom(?MODULE:id(N)) || N <- Names],
    erlang:display(lists:sort(Atoms)),
    erlang:display([atom_to_list(A) || A <- lists:sort(Atoms)]),
    erlang:display([A < B || A <- Atoms, B <- [a, 'ä', 'Z']]),
    erlang:display([atom_to_binary(A) || A <- lists:sort(Atoms)]),
    erlang:display(lists:sort([list_to_atom(?MODULE:id([C])) || C <- [255, 256, 127, 128, 1000, 65, 97]])),
    erlang:display([true < false, ok < 'OK', '' < a, nil < [], 'Ω' > 'ÿ']).
