-module(bignum).
-export([main/1]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    erlang:display(fact(30)),
    erlang:display(fact(25) div fact(23)),
    erlang:display(pow(2, 53) - 1),
    erlang:display(pow(2, 53)),
    erlang:display(pow(2, 53) + 1 - 2),
    erlang:display(-pow(3, 40) rem 7),
    erlang:display(pow(2, 100) band (pow(2, 70) - 1)),
    erlang:display(pow(2, 64) bsr 60),
    erlang:display(1 bsl 70),
    erlang:display(-1 bsl 70),
    erlang:display(9007199254740991 + 1),
    erlang:display(9007199254740991 * 3),
    erlang:display(-9007199254740991 - 10),
    erlang:display((pow(2, 60) + 5) - pow(2, 60)),
    erlang:display(fact(20) / 3),
    erlang:display(7 div -2),
    erlang:display(-7 rem 2).
