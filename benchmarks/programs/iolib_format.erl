-module(iolib_format).
%% io_lib:format with ~p ~w ~s ~b ~f on varied terms, each result flattened.
-export([main/1]).
term(I) ->
    case I rem 4 of
        0 -> {I, [a, b, c], <<"bin">>};
        1 -> #{key => I, name => "text", list => lists:seq(1, I rem 10)};
        2 -> [{x, I * 1.5}, "a string", 'Quoted atom'];
        3 -> lists:seq(I rem 20, I rem 20 + 12)
    end.
line(I) ->
    lists:flatten(io_lib:format("~p ~w ~s ~b ~f~n",
                                [term(I), term(I + 1), "word" ++ integer_to_list(I), I, I / 7])).
run(N) -> run(N, 0, 0).
run(0, Len, Hash) -> {Len, Hash};
run(I, Len, Hash) ->
    L = line(I),
    run(I - 1, Len + length(L), (Hash + erlang:phash2(L)) rem 1000000007).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 50000 end,
    run(500),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
