-module(string_tokens).
%% Tokenizing a generated text with string:tokens, string:lexemes and string:split.
-export([main/1]).
words() -> {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}.
%% N lines of words chosen by a linear congruential generator, separated by spaces and commas.
text(N) -> text(N, 12345, []).
text(0, _Seed, Acc) -> Acc;
text(N, Seed, Acc) ->
    {Line, Seed1} = line(8, Seed, []),
    text(N - 1, Seed1, [Line | Acc]).
line(0, Seed, Acc) -> {string:join(Acc, " "), Seed};
line(K, Seed, Acc) ->
    S = (Seed * 1103515245 + 12345) rem 2147483648,
    W = element(S rem 10 + 1, words()),
    Sep = case S rem 3 of 0 -> ","; _ -> "" end,
    line(K - 1, S, [W ++ Sep | Acc]).
run(Lines) ->
    Joined = string:join(Lines, "\n"),
    Tokens = string:tokens(Joined, " ,\n"),
    Lexemes = lists:append([string:lexemes(L, " ,") || L <- Lines]),
    Fields = lists:append([string:split(L, ",", all) || L <- Lines]),
    {length(Tokens), length(Lexemes), length(Fields), erlang:phash2(Tokens), erlang:phash2(Fields)}.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 12000 end,
    run(text(100)),
    Lines = text(N),
    T0 = erlang:monotonic_time(microsecond),
    R = run(Lines),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
