%% The {line, N} of each frame is the line of the failing expression itself, in multi-line functions,
%% clauses, case/if/receive branches and nested expressions.
-module(traces_line_numbers).
-export([main/1, id/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

multi(Which) ->
    A = ?MODULE:id(1),
    B = case Which of
            one ->
                ?MODULE:id(a) + A;
            two ->
                {ok, _} = ?MODULE:id(nope);
            three ->
                element(?MODULE:id(7),
                        {x})
        end,
    C = [B,
         ?MODULE:id(A) * ?MODULE:id(b)],
    if
        Which =:= four ->
            C;
        Which =:= five ->
            binary_to_atom(?MODULE:id(<<255>>), utf8)
    end.

clauses(1, X) ->
    X + ?MODULE:id(one);
clauses(2, X) ->
    Y = X,
    Y - ?MODULE:id(two);
clauses(3, X)
  when is_integer(X) ->
    case X of
        0 -> zero
    end.

main(_) ->
    lists:foreach(fun(W) -> erlang:display(t(fun() -> multi(?MODULE:id(W)) end)) end, [one, two, three, four, five, six]),
    lists:foreach(fun(N) -> erlang:display(t(fun() -> clauses(?MODULE:id(N), 5) end)) end, [1, 2, 3, 4]),
    erlang:display(t(fun() ->
                             X = ?MODULE:id(1),
                             Y = ?MODULE:id(0),
                             Z = X
                                 div
                                 Y,
                             Z
                     end)).
