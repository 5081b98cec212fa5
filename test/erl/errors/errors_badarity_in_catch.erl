%% A fun called with the wrong number of arguments (badarity) or a non-fun (badfun): erts's stack
%% trace names the calling function twice when the call is inside a catch or try in that function
%% (once for the failing call_fun, once for its return address), once otherwise.
-module(errors_badarity_in_catch).
-export([main/1]).
g(F) -> {F(1, 2)}.
h(F) -> catch F(1, 2).
t(F) -> try F(1, 2) catch error:_:S -> S end.
u(F) -> catch {F(1, 2)}.
w(F) -> catch {ok, F(x)}.
main(_) ->
    F = fun(A) -> A end,
    P = fun(S) -> io:format("~w~n", [[{Fn, L} || {?MODULE, Fn, _, [_, {line, L}]} <- S]]) end,
    P(element(2, element(2, catch g(F)))),
    P(element(2, element(2, h(F)))),
    P(t(F)),
    P(element(2, element(2, u(F)))),
    P(element(2, element(2, w(not_fun)))).
