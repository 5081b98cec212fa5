%% min/max/abs and the sign of zero: which argument comes back when two compare equal.
-module(arith_minmax_abs).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    I = ?MODULE:id(1), F = ?MODULE:id(1.0), Z = ?MODULE:id(0.0), NZ = ?MODULE:id(-0.0),
    erlang:display([max(I, F), max(F, I), min(I, F), min(F, I)]),
    erlang:display([max(Z, NZ), max(NZ, Z), min(Z, NZ), min(NZ, Z), max(0, NZ), min(NZ, 0)]),
    erlang:display([max(a, 1), min(a, 1), max([], {}), min("a", <<"a">>), max(#{}, {a}), min([a], [])]),
    erlang:display([abs(?MODULE:id(-9007199254740992)), abs(?MODULE:id(-9007199254740993)), abs(?MODULE:id(-134217728)),
                    abs(?MODULE:id(-576460752303423488)), abs(?MODULE:id(-576460752303423489)), abs(NZ), abs(Z)]),
    erlang:display([Z =:= NZ, Z == NZ, Z < NZ, NZ < Z, Z - NZ, NZ - Z, NZ + NZ, NZ * NZ, NZ * I, I * NZ, NZ / I]),
    erlang:display([-Z, -NZ, 0 * NZ, NZ * 0, NZ - 0, 0 - NZ, Z * -1, -1 * Z]),
    erlang:display([float_to_list(NZ), float_to_list(-Z), term_to_binary(NZ), term_to_binary(Z)]),
    erlang:display([NZ =:= -0.0, lists:member(NZ, [0.0]), lists:usort([Z, NZ, 0, -0]), lists:sort([Z, NZ, 0, NZ, Z])]),
    erlang:display([round(NZ), trunc(NZ), ceil(?MODULE:id(-0.5)), float(?MODULE:id(-0))]),
    erlang:display(binary_to_term(<<131, 70, 128, 0, 0, 0, 0, 0, 0, 0>>)),
    erlang:display([<<NZ/float>>, <<Z/float>>, <<NZ:32/float>>, <<NZ:16/float>>]),
    erlang:display(erlang:phash2(Z) =:= erlang:phash2(NZ)).
