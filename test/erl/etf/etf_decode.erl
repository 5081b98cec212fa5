%% binary_to_term/1,2 on what term_to_binary writes and on hand-made binaries: the used and
%% safe options, compressed input, and malformed input.
-module(etf_decode).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T = ?MODULE:id({a, "text", <<1, 2, 3:4>>, [1.5 | -7], #{k => v, 1 => 1.0}, 1 bsl 100, 'Ω'}),
    B = term_to_binary(T),
    erlang:display(binary_to_term(B) =:= T),
    erlang:display(binary_to_term(<<B/binary, "trailing">>, [used])),
    erlang:display(binary_to_term(B, [safe, used])),
    C = term_to_binary(lists:duplicate(100, T), [compressed]),
    erlang:display({byte_size(C), binary_to_term(C, [used]) =:= {lists:duplicate(100, T), byte_size(C)}}),
    erlang:display([binary_to_term(term_to_binary(X, O)) =:= X || X <- [T, 0.1, 'é', '日本'],
                                                                  O <- [[{minor_version, 0}], [{minor_version, 2}], [deterministic]]]),
    erlang:display([t(fun() -> binary_to_term(?MODULE:id(X)) end) ||
                       X <- [<<>>, <<131>>, <<130, 97, 1>>, <<131, 97>>, <<131, 104, 2, 97, 1>>, <<131, 119, 1, 255>>,
                             <<131, 80, 0, 0, 0, 9, 1, 2, 3>>, <<131, 108, 0, 0, 0, 2, 97, 1>>, a, <<131, 97, 1:7>>]]),
    erlang:display([t(fun() -> binary_to_term(<<131, 100, 0, 19, "etf_unlikely_atom_z">>, ?MODULE:id(O)) end) ||
                       O <- [[safe], [used], [foo], x, [safe | x]]]),
    erlang:display(binary_to_term(<<131, 100, 0, 2, "ok">>, [safe])),
    erlang:display(t(fun() -> binary_to_term(<<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>) end)),
    L = maps:from_list([{I, {I}} || I <- lists:seq(1, 100)]),
    erlang:display(binary_to_term(term_to_binary(L)) =:= L),
    erlang:display(maps:to_list(binary_to_term(term_to_binary(L, [deterministic]))) =:= maps:to_list(L)),
    P4 = binary_to_term(<<131, 88, 100, 0, 13, "nonode@nohost", 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0>>),
    erlang:display({P4, binary_to_term(term_to_binary(P4)) =:= P4}),
    R = make_ref(),
    erlang:display(binary_to_term(term_to_binary(R)) =:= R),
    erlang:display({binary_to_term(term_to_binary(self())) =:= self(), byte_size(term_to_binary(R)), byte_size(term_to_binary(self()))}).
