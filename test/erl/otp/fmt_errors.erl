-module(fmt_errors).
%% io_lib:format and io:format with bad arguments: the class, reason and the error_info that stack traces carry.
-export([main/1]).

main(_) ->
    Cases = [
        {"~w", []},
        {"~w ~w", [a]},
        {"~w", [a, b]},
        {"~d", [1]},
        {"~s", [1]},
        {"~s", [[1 | 2]]},
        {"~c", [a]},
        {"~c", [-1]},
        {"~b", [a]},
        {"~f", [1]},
        {"~.0f", [1.0]},
        {"~e", [a]},
        {"~x", [1]},
        {"~x", [1, 2]},
        {"~*w", [a, b]},
        {"~-*w", [-3, b]},
        {"~P", [a, b]},
        {"~W", [a, -2]},
        {"~", []},
        {"~3", [a]},
        {"~.", [a]},
        {bad_format, [a]},
        {"~w", not_a_list},
        {"~w", [a | b]},
        {[$~, $w | bad], [a]},
        {<<"~w">>, [a]},
        {<<1:1>>, []},
        {"~ts", [<<255>>]},
        {"~ts", [[-5]]},
        {"~tc", [16#110000]},
        {"~i", []},
        {"~n", [extra]},
        {"~p", [a, b]},
        {"~lp", []}
    ],
    lists:foreach(fun try_lib/1, Cases),
    lists:foreach(fun try_io/1, lists:sublist(Cases, 6)),
    try io:format(no_such_device, "x~n", []) catch C:R:S -> show(io_dev, C, R, S) end,
    try io:format(self(), "x~n", []) catch C1:R1:S1 -> show(io_self, C1, R1, S1) end,
    try io:put_chars(bad_iodata) catch C2:R2:S2 -> show(put_chars, C2, R2, S2) end,
    try io:put_chars([1 | 2]) catch C3:R3:S3 -> show(put_chars_improper, C3, R3, S3) end,
    try io:put_chars([256]) catch C4:R4:S4 -> show(put_chars_256, C4, R4, S4) end,
    try io:format("~p~n", [<<1>>], extra) catch C5:R5 -> io:format("format/3 ~w:~w~n", [C5, R5]) end,
    try io_lib:format("~w", [a], [{chars_limit, x}]) of V -> io:format("opts ~p~n", [V]) catch C6:R6 -> io:format("opts ~w:~w~n", [C6, R6]) end,
    io:format("~s~n", [io_lib:format("limited ~p", [lists:seq(1, 100)], [{chars_limit, 30}])]),
    io:format("~s~n", [io_lib:format("limited ~w", [lists:seq(1, 100)], [{chars_limit, 30}])]),
    io:format("~s~n", [io_lib:format("limited ~s", [lists:duplicate(100, $x)], [{chars_limit, 30}])]),
    ok.

try_lib({F, A}) ->
    try io_lib:format(F, A) of
        V -> io:format("~p -> ~p~n", [F, lists:flatten(V)])
    catch
        C:R:S -> show(F, C, R, S)
    end.

try_io({F, A}) ->
    try io:format(F, A) of
        V -> io:format(" (io ~p -> ~p)~n", [F, V])
    catch
        C:R:S -> show({io, F}, C, R, S)
    end.

%% The top frame of the stack trace, its arguments and error_info: what erl_error uses to explain the error.
show(What, C, R, [{M, F, A, Info} | _]) ->
    io:format("~p: ~w:~p in ~w:~w/~w~n", [What, C, R, M, F, arity(A)]),
    io:format("    args ~p~n    info ~p~n", [A, proplists:get_value(error_info, Info)]),
    io:format("    ~ts~n", [erl_error:format_exception(C, R, [{M, F, A, Info}])]).

arity(A) when is_list(A) -> length(A);
arity(A) -> A.
