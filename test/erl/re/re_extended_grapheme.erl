-module(re_extended_grapheme).
-export([main/1]).

%% \X as erts's PCRE 8.44 matches it: Unicode 8 grapheme break values and PCRE's table (CR LF,
%% controls, extending and spacing marks, Hangul syllables, regional indicators that never break,
%% ZWJ that only extends, emoji modifiers standing alone, tag characters as controls), in UTF-8
%% mode and on bytes.
main(_) ->
    Cases = [
        [$a, 16#200D, $b], [16#1F468, 16#200D, 16#1F469], [16#1F44D, 16#1F3FD, $x],
        [16#1F1EB, 16#1F1F7, 16#1F1E9, 16#1F1EA, 16#1F1FA], [$\r, $\n, $\n, $\r],
        [16#600, $a], [16#600, $\n], [$a, 16#903], [16#E01, 16#E33], [16#1000, 16#102B],
        [16#1100, 16#1161, 16#11A8, 16#AC00, 16#11A8, 16#AC01, 16#11A8], [$a, 16#AD, $b],
        [$a, 16#200C, $b], [16#1F3F4, 16#E0067, 16#E0062, 16#E007F], [16#2764, 16#FE0F],
        [16#FF76, 16#FF9E], [$\n, 16#301], [16#301, 16#301], [$1, 16#FE0F, 16#20E3],
        [16#DCA, 16#DCF], [16#D4E, 16#D15], [16#378, 16#301], [16#FFFF, 16#301], [$a, 16#E0000, $b],
        [$a, 16#1D173, $b], [16#1160, 16#1160, 16#11A8, 16#1100], [16#D7B0, 16#D7CB], [16#AC00, 16#1161]
    ],
    [io:format("~w~n", [re:run(unicode:characters_to_binary(C), "\\X", [unicode, global, {capture, all, list}])]) || C <- Cases],
    io:format("~w~n", [re:run(<<"a\r\nb", 16#CC, 16#81, 0>>, "\\X", [global, {capture, all, list}])]),
    io:format("~w~n", [re:run(<<"e", 16#CC, 16#81, "x">>, "^\\X\\X$", [unicode])]),
    io:format("~w~n", [re:run(<<"e", 16#CC, 16#81>>, "^\\X{2}$", [unicode])]).
