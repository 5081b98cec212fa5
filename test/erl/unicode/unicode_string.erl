%% The string module on Unicode text: case mapping, grapheme clusters, splitting, trimming,
%% searching and number parsing, all Erlang code in string.erl and unicode_util.erl running on
%% top of the unicode BIFs.
-module(unicode_string).
-export([main/1]).

main(_) ->
    Words = ["h\x{e9}llo w\x{f6}rld", <<"stra\x{df}e \x{3a3}\x{3b9}\x{3c3}\x{3c5}\x{3c6}\x{3bf}\x{3c2}"/utf8>>,
             [<<"\x{130}stanbul"/utf8>>, " ", 16#1F600], "e\x{301}t\x{e9}", "\x{1F1F8}\x{1F1EA}!", ""],
    [begin
         erlang:display({string:uppercase(W), string:lowercase(W), string:titlecase(W), string:casefold(W)}),
         erlang:display({string:length(W), string:reverse(W), string:to_graphemes(W)}),
         erlang:display({string:slice(W, 1, 3), string:pad(W, 12, both, $*), string:is_empty(W)}),
         erlang:display({string:next_grapheme(W), string:next_codepoint(W)})
     end || W <- Words],
    erlang:display(string:split("a,b,,c", ",", all)),
    erlang:display(string:split(<<"k\x{e9}y = v\x{e4}lue = 2"/utf8>>, " = ")),
    erlang:display(string:split("a\x{301}-b-c", "-", trailing)),
    erlang:display(string:lexemes("  \x{e9}t\x{e9}  \x{fc}ber \t x ", " \t")),
    erlang:display([string:trim(S) || S <- ["  x  ", <<"\x{a0}\x{2003}\x{e9}\x{3000}"/utf8>>, "\r\n", "\t\x{301}a \x{301}"]]),
    erlang:display(string:trim("..a..b..", both, ".")),
    erlang:display(string:trim(<<"xxhixx">>, trailing, "x")),
    erlang:display([string:to_integer(S) || S <- ["123", "-45abc", "+7", "x1", "", <<"99 bottles">>, "\x{661}\x{662}"]]),
    erlang:display(string:find("h\x{e9}llo h\x{e9}llo", "\x{e9}l")),
    erlang:display(string:find(<<"abcabc">>, "c", trailing)),
    erlang:display(string:replace("a-b-c", "-", "\x{2014}", all)),
    erlang:display(string:equal("\x{c5}ngstr\x{f6}m", "\x{e5}NGSTR\x{d6}M", true)),
    erlang:display(string:equal("\x{e5}", [$a, 16#30A], false, nfc)),
    erlang:display(string:prefix("\x{e9}t\x{e9}", "\x{e9}")),
    erlang:display(string:chomp("line\r\n")),
    erlang:display(string:take("\x{e9}\x{e9}abc", "\x{e9}")),
    erlang:display(string:casefold("\x{1E9E}SS\x{df}")),
    erlang:display(lists:map(fun string:uppercase/1, ["\x{1F0}", "\x{149}", "\x{3b0}"])),
    %% the old latin1 functions
    erlang:display({string:to_upper("abc\x{e9}"), string:to_lower("ABC\x{c9}"), string:tokens("a b  c", " "),
                    string:join(["x", "y"], ", "), string:str("hello", "ll"), string:substr("hello", 2, 3)}).
