%% Funs in the external term format: export funs, local funs with and without free variables
%% (module MD5, FunT index and uniq, the creator pid), decoding them back and calling them.
-module(etf_funs).
-export([main/1, id/1, add/2]).

id(X) -> X.
add(A, B) -> A + B.

%% The encoding with the creator pid (the encoding process here) cut out.
shape(F) ->
    B = term_to_binary(F),
    <<131, Pid/binary>> = term_to_binary(self()),
    case find(B, Pid, 0) of
        nomatch -> {no_creator_pid, B};
        I ->
            N = byte_size(Pid),
            <<Before:I/binary, _:N/binary, After/binary>> = B,
            {Before, pid, After}
    end.

find(B, Pat, I) when I + byte_size(Pat) > byte_size(B) -> nomatch;
find(B, Pat, I) ->
    N = byte_size(Pat),
    case B of
        <<_:I/binary, Pat:N/binary, _/binary>> -> I;
        _ -> find(B, Pat, I + 1)
    end.

main(_) ->
    X = ?MODULE:id(7),
    L = ?MODULE:id([1, 2]),
    Funs = [fun() -> ok end, fun(A) -> A + X end, fun(A, B) -> {A, B, X, L} end,
            fun lists:reverse/1, fun ?MODULE:add/2, fun erlang:length/1,
            fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end],
    lists:foreach(fun(F) ->
                          erlang:display(shape(F)),
                          B = term_to_binary(F),
                          G = binary_to_term(B),
                          erlang:display({G =:= F, erlang:fun_info(G, arity), erlang:phash2(G), erlang:phash2(F),
                                          erlang:external_size(F) >= byte_size(B)})
                  end, Funs),
    [F0, F1, F2, F3, F4, F5, F6] = [binary_to_term(term_to_binary(F)) || F <- Funs],
    erlang:display([F0(), F1(1), F2(a, b), F3([1, 2, 3]), F4(2, 3), F5([a]), F6(10)]),
    erlang:display(binary_to_term(term_to_binary({F1, [F2]})) =:= {F1, [F2]}),
    Nested = fun() -> fun(Y) -> Y * X end end,
    erlang:display(shape(Nested())),
    erlang:display(((binary_to_term(term_to_binary(Nested)))())(6)),
    erlang:display(term_to_binary(fun lists:map/2, [{minor_version, 2}])),
    erlang:display(binary_to_term(term_to_binary(fun lists:map/2), [safe])),
    erlang:display(try binary_to_term(<<131,113,100,0,5,"lists",100,0,4,"halt",97,2>>, [safe]) catch C:R -> {C, R} end),
    erlang:display(binary_to_term(<<131,113,100,0,5,"lists",100,0,4,"halt",97,2>>)).
