-module(bif_list).
-export([main/0]).
%% Prints every BIF of the installed erts: module, name, arity, guard or not.
main() ->
    Dirs = [code:lib_dir(A, ebin) || A <- [erts, kernel, stdlib, compiler, crypto, runtime_tools, tools, sasl, inets, ssl, public_key, asn1, mnesia, os_mon, syntax_tools, parsetools, xmerl, eunit, common_test, debugger, observer, et, wx, reltool, snmp, megaco, diameter, ssh, tftp, ftp, eldap, odbc, dialyzer, edoc]],
    Mods = lists:usort([list_to_atom(filename:basename(F, ".beam")) || D <- Dirs, is_list(D), F <- filelib:wildcard(filename:join(D, "*.beam"))]),
    [code:ensure_loaded(M) || M <- Mods],
    All = lists:usort([{M, F, A} || {M, _} <- code:all_loaded(), {F, A} <- M:module_info(exports), erlang:is_builtin(M, F, A)]),
    [io:format("~s ~s ~w ~w~n", [M, F, A, M =:= erlang andalso erl_internal:guard_bif(F, A)]) || {M, F, A} <- All],
    halt().
