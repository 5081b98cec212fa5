-module(op_guards).
%% Type tests and comparisons in guards: is_number, is_pid, is_reference, is_port, is_function,
%% is_bitstring, /= (is_ne), and a record updated in several fields (set_tuple_element).
-export([main/1, id/1]).
-record(r, {a, b, c, d}).
id(X) -> X.
kind(X) when is_number(X) -> number;
kind(X) when is_pid(X) -> pid;
kind(X) when is_reference(X) -> reference;
kind(X) when is_port(X) -> port;
kind(X) when is_function(X) -> function;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(_) -> other.
ne(A, B) when A /= B -> different;
ne(_, _) -> same.
main(_) ->
    erlang:display([kind(?MODULE:id(X)) || X <- [1, 2.0, self(), make_ref(), fun id/1, <<1>>, <<1:3>>, atom]]),
    erlang:display([ne(?MODULE:id(A), B) || {A, B} <- [{1, 1.0}, {1, 2}, {a, a}, {[1], [1.0]}]]),
    R = ?MODULE:id(#r{a = 1, b = 2, c = 3, d = 4}),
    R2 = R#r{a = x, c = y, d = z},
    erlang:display(R2).
