%% The string module on binaries: split, replace, lexemes, find, trim, prefix, slice and
%% friends reach binary:match/split and the unicode helpers.
-module(binary_string).
-export([main/1]).

id(X) -> X.

main(_) ->
    S = id(<<"  alpha, beta,,gamma ; delta  ">>),
    erlang:display(string:split(S, ",")),
    erlang:display(string:split(S, ",", all)),
    erlang:display(string:split(S, <<",">>, trailing)),
    erlang:display(string:replace(S, ",", "|", all)),
    erlang:display(string:lexemes(S, ", ;")),
    erlang:display(string:find(S, "beta")),
    erlang:display(string:find(S, "a", trailing)),
    erlang:display(string:find(S, "zeta")),
    erlang:display(string:trim(S)),
    erlang:display(string:trim(S, leading)),
    erlang:display(string:prefix(id(<<"prefix-rest">>), "prefix-")),
    erlang:display(string:slice(id(<<"hello world">>), 3, 5)),
    erlang:display(string:length(S)),
    erlang:display(string:equal(id(<<"abc">>), "abc")),
    erlang:display(string:str(binary_to_list(S), "beta")),
    erlang:display(string:tokens(binary_to_list(S), ", ")),
    erlang:display(string:join(["a", "b", "c"], "--")),
    erlang:display(iolist_to_binary(lists:join(<<",">>, binary:split(id(<<"x y z">>), <<" ">>, [global])))),
    ok.
