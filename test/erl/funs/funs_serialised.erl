%% Funs through the external term format and between processes: still callable, still equal.
-module(funs_serialised).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    K = ?MODULE:id(10),
    F = fun(X) -> X + K end,
    E = fun lists:reverse/1,
    F2 = binary_to_term(term_to_binary(F)),
    E2 = binary_to_term(term_to_binary(E)),
    erlang:display([F2(1), E2([1, 2]), F =:= F2, E =:= E2, erlang:phash2(F) =:= erlang:phash2(F2)]),
    erlang:display([erlang:fun_info(F2, arity), erlang:fun_info(F2, env), erlang:fun_info(E2, type)]),
    Self = self(),
    P = spawn(fun() -> receive {call, G, A} -> Self ! {res, G(A), G} end end),
    P ! {call, F, 5},
    receive {res, R, G} -> erlang:display([R, G =:= F]) end,
    Nested = {F, [E, #{f => F}]},
    {F3, [E3, #{f := F4}]} = binary_to_term(term_to_binary(Nested)),
    erlang:display([F3(0), E3("ab"), F4(-10), F3 =:= F4]),
    erlang:display(byte_size(term_to_binary(E))),
    erlang:display(term_to_binary(E)).
