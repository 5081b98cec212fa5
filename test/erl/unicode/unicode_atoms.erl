%% Atoms of non-ASCII text: 255 characters is the limit whatever their UTF-8 length, so 255
%% four-byte characters make an atom and 256 ASCII ones are system_limit; conversions between
%% atoms, binaries and lists in latin1 and utf8; erlang:system_flag(backtrace_depth) answers.
-module(unicode_atoms).
-export([main/1]).

try_it(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S -> [{M, Fn, A, _} | _] = S, {C, R, {M, Fn, length(A)}}
    end.

main(_) ->
    A255 = list_to_atom(lists:duplicate(255, 16#1F600)),
    erlang:display(length(atom_to_list(A255))),
    erlang:display(byte_size(atom_to_binary(A255))),
    erlang:display(A255 =:= binary_to_atom(unicode:characters_to_binary(lists:duplicate(255, 16#1F600)))),
    erlang:display(try_it(fun() -> list_to_atom(lists:duplicate(256, 16#4E2D)) end)),
    erlang:display(try_it(fun() -> list_to_atom(lists:duplicate(256, $a)) end)),
    erlang:display(try_it(fun() -> binary_to_atom(binary:copy(<<"\x{e9}"/utf8>>, 256), utf8) end)),
    erlang:display(try_it(fun() -> binary_to_atom(binary:copy(<<"\x{e9}"/utf8>>, 255), utf8) end)),
    erlang:display(try_it(fun() -> binary_to_atom(binary:copy(<<233>>, 255), latin1) end)),
    erlang:display(try_it(fun() -> atom_to_binary('\x{3a9}mega', latin1) end)),
    erlang:display(try_it(fun() -> atom_to_binary('caf\x{e9}', latin1) end)),
    erlang:display(try_it(fun() -> list_to_existing_atom([16#1F600, 16#1F601, 16#1F602]) end)),
    erlang:display(try_it(fun() -> list_to_atom([55296]) end)),
    erlang:display([atom_to_list('\x{1F600}x'), atom_to_binary('\x{e9}t\x{e9}', utf8)]),
    %% backtrace_depth: each call answers the value before it
    Old = erlang:system_flag(backtrace_depth, 3),
    erlang:display([Old | [erlang:system_flag(backtrace_depth, D) || D <- [100, 0, 12]]]),
    erlang:display(erlang:system_flag(backtrace_depth, Old)),
    erlang:display(try_it(fun() -> erlang:system_flag(backtrace_depth, -1) end)),
    erlang:display(try_it(fun() -> erlang:system_flag(no_such_flag, 1) end)),
    erlang:display(try_it(fun() -> erlang:port_info(self()) end)),
    erlang:display(try_it(fun() -> erlang:port_info(self(), id) end)).
