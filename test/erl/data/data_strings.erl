%% Strings as lists of code points: display of printable and non-printable lists, unicode, the string module.
-module(data_strings).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Ss = [?MODULE:id(S) || S <- ["abc", "", "a\nb", "tab\there", "q\"uote", "back\\slash", "bell\x07", [127], [128], [255],
                                 [256], "héllo", "日本", [0], [31], [32], "\e", [9, 10, 11, 12, 13], "a'b", [$a | "bc"]]],
    lists:foreach(fun(S) -> erlang:display(S) end, Ss),
    erlang:display(Ss),
    erlang:display({"x", ["y"], [[$z]]}),
    S = ?MODULE:id("Hello, Wörld! ñ 日本"),
    erlang:display([string:uppercase(S), string:lowercase(S), string:titlecase("ßx"), string:casefold("ẞ"),
                    string:length(S), string:reverse("abc"), string:split(S, ", "), string:lexemes("a  b c", " "),
                    string:trim("  pad  "), string:trim("xxaxx", both, "x"), string:pad("ab", 5, both, $*),
                    string:find(S, "W"), string:find(S, "zz"), string:replace("a-b-c", "-", "+", all),
                    string:slice(S, 7, 5), string:equal("abc", "ABC", true), string:prefix("prefix", "pre"),
                    string:is_empty(""), string:to_graphemes("e\x{301}a"), string:next_grapheme("e\x{301}a")]),
    erlang:display([string:to_upper("abc"), string:to_lower("ÀB"), string:tokens("a,b,,c", ","), string:join(["a", "b"], "-"),
                    string:chr("hello", $l), string:str("hello", "ll"), string:substr("hello", 2, 3), string:strip("  s "),
                    string:left("ab", 4, $.), string:right("ab", 4, $.), string:centre("ab", 6), string:copies("ab", 3),
                    string:words("a b  c"), string:sub_word("a b c", 2)]),
    erlang:display([unicode:characters_to_nfc_list("e\x{301}"), unicode:characters_to_nfd_list("é"),
                    unicode:characters_to_nfkc_list("ﬁ"), length(unicode:characters_to_nfkd_list("①"))]),
    erlang:display([atom_to_list('日本'), list_to_atom("日本"), list_to_binary("abc"), unicode:characters_to_binary("日本"),
                    io_lib:char_list("abc"), io_lib:printable_list([1, 2]), io_lib:printable_unicode_list("日本"),
                    io_lib:printable_latin1_list([200])]).
