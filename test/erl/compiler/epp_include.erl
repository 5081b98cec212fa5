%% epp with an include file beside this program (epp_include.hrl) and macros: predefined ones,
%% with arguments, stringified, conditional, given from outside ({d, ...}), and epp's errors. The
%% program finds its files from its own source path (the harness compiles it in another dir).
-module(epp_include).
-export([main/1]).
-include("epp_include.hrl").
-include_lib("kernel/include/file.hrl").

srcdir() -> filename:dirname(proplists:get_value(source, ?MODULE:module_info(compile))).

workdir() ->
    D = filename:join(filename:dirname(code:which(?MODULE)), "epp_include_tmp"),
    ok = filelib:ensure_dir(filename:join(D, "x")),
    D.

%% Forms with the file paths (which depend on the checkout) reduced to base names.
strip({attribute, A, file, {F, L}}) -> {attribute, A, file, {filename:basename(F), L}};
strip({error, {L, epp, {include, file, F}}}) -> {error, {L, epp, {include, file, F}}};
strip(F) -> F.

main(_) ->
    %% macros of the header, used in this module's own compilation
    io:format("~p~n", [[?GREETING, ?SQUARE(7), ?PAIR(a, b), ?STR(1 + foo(X)), ?MODE, #item{name = x}, ?MODULE, ?LINE, ?FUNCTION_NAME, ?FUNCTION_ARITY]]),
    io:format("~p~n", [record_info(fields, file_info)]),
    Dir = workdir(),
    Src = filename:join(Dir, "uses_hrl.erl"),
    ok = file:write_file(Src,
                         "-module(uses_hrl).\n"
                         "-export([f/0]).\n"
                         "-include(\"epp_include.hrl\").\n"
                         "-define(LOCAL(X), [X, ?SQUARE(X)]).\n"
                         "-ifdef(DEBUG).\n-define(LOG(X), {debug, X}).\n-else.\n-define(LOG(X), ok).\n-endif.\n"
                         "-if(?OTP_RELEASE >= 25).\nrel() -> new.\n-else.\nrel() -> old.\n-endif.\n"
                         "f() -> {?LOCAL(3), ?LOG(?LINE), ?MODE, rel(), ?STR(a + b), #item{name = n, qty = 2}, ?FUNCTION_NAME, ?MODULE_STRING}.\n"),
    Inc = srcdir(),
    {ok, Forms} = epp:parse_file(Src, [{includes, [Inc]}, {macros, [{'DEBUG', true}, 'EXTRA']}]),
    io:format("~p~n", [[strip(F) || F <- Forms]]),
    {ok, Forms2} = epp:parse_file(Src, [{includes, [Inc]}]),
    {ok, uses_hrl, Bin} = compile:forms(Forms2, []),
    {module, uses_hrl} = code:load_binary(uses_hrl, Src, Bin),
    io:format("~p~n", [uses_hrl:f()]),
    {ok, uses_hrl, Bin3} = compile:file(Src, [binary, {i, Inc}, {d, 'DEBUG'}, {d, 'EXTRA', 1}]),
    code:purge(uses_hrl),
    {module, uses_hrl} = code:load_binary(uses_hrl, Src, Bin3),
    io:format("~p~n", [uses_hrl:f()]),
    %% the header is not found without the include path
    io:format("~p~n", [[strip(F) || F <- element(2, epp:parse_file(Src, []))]]),
    %% scanning without parsing, and form by form
    {ok, Scanned, Extra} = epp:scan_file(Src, [{includes, [Inc]}]),
    io:format("~p~n", [Extra]),
    io:format("~p forms scanned~n", [length(Scanned)]),
    {ok, Epp} = epp:open([{name, Src}, {includes, [Inc]}]),
    io:format("~p~n", [read_all(Epp, [])]),
    io:format("~p~n", [lists:sort([K || {K, _} <- epp:macro_defs(Epp)])]),
    epp:close(Epp),
    %% errors epp reports
    Bad = filename:join(Dir, "bad_macros.erl"),
    ok = file:write_file(Bad,
                         "-module(bad_macros).\n"
                         "-define(A(X), X).\n"
                         "f() -> ?A.\n"
                         "g() -> ?A(1, 2).\n"
                         "h() -> ?UNDEFINED.\n"
                         "-define(A(X), twice).\n"
                         "-include(\"no_such.hrl\").\n"
                         "-error(\"stop here\").\n"
                         "-warning(\"careful\").\n"
                         "-ifdef(X).\n"),
    io:format("~p~n", [[strip(F) || F <- element(2, epp:parse_file(Bad, []))]]),
    io:format("~p~n", [strip_errors(compile:file(Bad, [binary, return]), Bad)]).

read_all(Epp, Acc) ->
    case epp:parse_erl_form(Epp) of
        {eof, L} -> lists:reverse([{eof, L} | Acc]);
        {ok, {attribute, _, file, _}} -> read_all(Epp, [file | Acc]);
        {ok, {attribute, _, Name, _}} -> read_all(Epp, [Name | Acc]);
        {ok, {function, _, Name, Arity, _}} -> read_all(Epp, [{Name, Arity} | Acc]);
        Other -> read_all(Epp, [Other | Acc])
    end.

strip_errors({error, Es, Ws}, File) -> {error, [{filename:basename(F), E} || {F, E} <- Es, F =:= File orelse true], [{filename:basename(F), W} || {F, W} <- Ws]};
strip_errors(Other, _) -> Other.
