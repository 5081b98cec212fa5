#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% What erts says about .beam files and external terms, for the reader and decoder
%% tests. Output is plain text: one record a line, `key<TAB>value`, each term in a
%% canonical ASCII rendering that test/support/canon.ts reproduces on the beamjs
%% side (so the comparison does not go through the decoder under test).
%%
%%   beam_dump.escript dump OUT DIR...   beam_lib's view of every .beam in DIRs
%%   beam_dump.escript etf OUT IN        binary_to_term of each hex line of IN:
%%                                       `canonical<TAB>bytes used`, or badarg
%%   beam_dump.escript lines OUT SRC DIR compile SRC to DIR, and the line table
%%                                       its assembly listing implies
%%   beam_dump.escript encode OUT        sample terms: `hex<TAB>canonical` for each
%%                                       term in several encodings
-mode(compile).

main(["dump", Out | Dirs]) ->
    Files = lists:sort(lists:append([filelib:wildcard(filename:join(D, "*.beam")) || D <- Dirs])),
    ok = file:write_file(Out, [dump(F) || F <- Files]);
main(["etf", Out, In]) ->
    {ok, Text} = file:read_file(In),
    Lines = [L || L <- binary:split(Text, <<"\n">>, [global]), L =/= <<>>],
    ok = file:write_file(Out, [[etf(binary:decode_hex(L)), $\n] || L <- Lines]);
main(["lines", Out, Src, Dir]) ->
    {ok, _} = compile:file(Src, [{outdir, Dir}, report]),
    {ok, _} = compile:file(Src, ['S', {outdir, Dir}, report]),
    Base = filename:rootname(filename:basename(Src)),
    {ok, Asm} = file:consult(filename:join(Dir, Base ++ ".S")),
    %% The listing is flat: {function,...} headers, then one term per instruction.
    Locs = [Loc || {line, [{location, _, _} = Loc]} <- Asm],
    Items = lists:reverse(lists:foldl(fun(L, Acc) ->
                                              case lists:member(L, Acc) of
                                                  true -> Acc;
                                                  false -> [L | Acc]
                                              end
                                      end, [], Locs)),
    ok = file:write_file(Out, [[canon({File, Line}), $\n] || {location, File, Line} <- Items]);
main(["encode", Out]) ->
    Opts = [[], [compressed], [{minor_version, 0}], [{minor_version, 1}]],
    ok = file:write_file(Out, [[binary:encode_hex(term_to_binary(T, O)), $\t, canon(T), $\n]
                               || T <- samples(), O <- Opts]);
main(_) ->
    io:format(standard_error, "usage: beam_dump.escript dump OUT DIR... | etf OUT IN | lines OUT SRC DIR | encode OUT~n", []),
    halt(2).

samples() ->
    Ints = [0, 1, 255, 256, -1, 134217727, 134217728, -134217729, 2147483647, 2147483648,
            -2147483648, -2147483649, 9007199254740991, 9007199254740992, -9007199254740991,
            -9007199254740992, 1 bsl 64, -(1 bsl 64) + 1, 1 bsl 1000, -(3 bsl 2040)],
    Floats = [0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1.0e300, -2.2250738585072014e-308,
              5.0e-324, 1.7976931348623157e308, 0.1],
    Atoms = [a, 'B c', '', 'caf\x{e9}', '\x{3bb}\x{1F600}', list_to_atom(lists:duplicate(255, $x)),
             list_to_atom(lists:duplicate(255, 16#10FFFF)), true, false, nil],
    Y = self(),
    Fun = fun(X) -> {X, Y} end,
    Ints ++ Floats ++ Atoms ++
        [[], "abc", [1, 2 | 3], [a | b], lists:seq(1, 300), [256, 1000], {}, {a, {b, {c}}},
         list_to_tuple(lists:seq(1, 300)), <<>>, <<1, 2, 3>>, <<1:1>>, <<255, 7:3>>,
         binary:copy(<<"ab">>, 1000), #{}, #{a => 1, 1 => a, 1.0 => b, "k" => #{}},
         maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
         maps:from_list([{{k, I}, [I]} || I <- lists:seq(1, 100)]),
         fun lists:map/2, fun erlang:'+'/2, Fun, self(), make_ref(), hd(erlang:ports()),
         {[1.5, "x", <<"y">>, #{z => [{}]}], -7}].

etf(Bin) ->
    try binary_to_term(Bin, [used]) of
        {T, Used} -> [canon(T), $\t, integer_to_list(Used)]
    catch
        error:badarg -> "badarg"
    end.

dump(File) ->
    {ok, Bin} = file:read_file(File),
    Ids = [atoms, labeled_exports, indexed_imports, labeled_locals,
           "Attr", "CInf", "LitT", "Code", "FunT", "StrT", "Type"],
    {ok, {Mod, Chunks}} = beam_lib:chunks(Bin, Ids, [allow_missing_chunks]),
    C = maps:from_list(Chunks),
    Atoms = [A || {_, A} <- maps:get(atoms, C)],
    {ok, {Mod, Md5}} = beam_lib:md5(Bin),
    %% Preloaded modules run from the image built into erts, not from these files.
    Live = case erlang:module_loaded(Mod) andalso code:which(Mod) =:= filename:absname(File) of
               true -> [rec("md5live", hex(erlang:get_module_info(Mod, md5)))];
               false -> []
           end,
    Literals = literals(maps:get("LitT", C)),
    [rec("F", File),
     rec("module", canon(Mod)),
     rec("atoms", canon(Atoms)),
     rec("exports", sorted(maps:get(labeled_exports, C))),
     rec("imports", canon([{M, F, A} || {_, M, F, A} <- lists:sort(maps:get(indexed_imports, C))])),
     rec("locals", case maps:get(labeled_locals, C) of
                       missing_chunk -> "none";
                       Ls -> sorted(Ls)
                   end),
     rec("code", canon(code_header(maps:get("Code", C)))),
     rec("funs", canon(funs(maps:get("FunT", C), list_to_tuple(Atoms)))),
     rec("strt", canon(case maps:get("StrT", C) of missing_chunk -> none; S -> S end)),
     rec("attr", ext(maps:get("Attr", C))),
     rec("cinf", ext(maps:get("CInf", C))),
     rec("md5", hex(Md5)),
     rec("md5erts", case catch code:module_md5(Bin) of
                        B when is_binary(B) -> hex(B);
                        _ -> "none" % erts 25 refuses the old latin-1 Atom chunk
                    end),
     Live,
     rec("types", canon(types(maps:get("Type", C)))),
     rec("lit", integer_to_list(length(Literals))),
     [rec("L", canon(L)) || L <- Literals]].

rec(Key, Value) -> [Key, $\t, Value, $\n].

%% Canonical renderings sorted as strings, for tables beam_lib hands back sorted.
sorted(Terms) ->
    lists:join($,, lists:sort([iolist_to_binary(canon(T)) || T <- Terms])).

ext(missing_chunk) -> "none";
ext(Bin) -> canon(binary_to_term(Bin)).

literals(missing_chunk) -> [];
literals(<<_Size:32, Compressed/binary>>) ->
    <<N:32, Table/binary>> = zlib:uncompress(Compressed),
    Ls = split_literals(Table),
    N = length(Ls),
    [binary_to_term(L) || L <- Ls].

split_literals(<<Size:32, Ext:Size/binary, Rest/binary>>) -> [Ext | split_literals(Rest)];
split_literals(<<>>) -> [].

code_header(<<HeaderSize:32, Header:HeaderSize/binary, Code/binary>>) ->
    <<Version:32, MaxOp:32, Labels:32, Functions:32, _/binary>> = Header,
    {Version, MaxOp, Labels, Functions, byte_size(Code)}.

funs(missing_chunk, _) -> [];
funs(<<_N:32, Entries/binary>>, Atoms) ->
    [{element(F, Atoms), A, L, I, NF, OU}
     || <<F:32, A:32, L:32, I:32, NF:32, OU:32>> <= Entries].

types(missing_chunk) -> none;
types(<<1:32, _N:32, Entries/binary>>) ->
    [{Bits, case Min =< Max of true -> {Min, Max}; false -> none end}
     || <<Bits:16, Min:64/signed, Max:64/signed>> <= Entries];
types(_) -> unknown_version.

hex(Bin) -> [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin].

%% The canonical rendering (see canon.ts): ASCII only, no tabs or newlines.
canon(I) when is_integer(I) -> integer_to_list(I);
canon(F) when is_float(F) ->
    <<Bits:64>> = <<F/float>>,
    ["F", io_lib:format("~16.16.0b", [Bits])];
canon(A) when is_atom(A) -> ["'", esc(atom_to_list(A)), "'"];
canon(B) when is_bitstring(B) ->
    Whole = bit_size(B) div 8,
    <<Bytes:Whole/binary, Rest/bitstring>> = B,
    Tail = case bit_size(Rest) of
               0 -> "";
               R -> <<V:R>> = Rest, [":", integer_to_list(R), ":", integer_to_list(V)]
           end,
    ["<<", hex(Bytes), Tail, ">>"];
canon(T) when is_tuple(T) -> ["{", lists:join($,, [canon(E) || E <- tuple_to_list(T)]), "}"];
canon([]) -> "[]";
canon([_ | _] = L) -> ["[", canon_list(L), "]"];
canon(M) when is_map(M) ->
    Pairs = lists:sort([{iolist_to_binary(canon(K)), canon(V)} || {K, V} <- maps:to_list(M)]),
    ["#{", lists:join($,, [[K, "=>", V] || {K, V} <- Pairs]), "}"];
canon(F) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} ->
            {module, M} = erlang:fun_info(F, module),
            {name, N} = erlang:fun_info(F, name),
            {arity, A} = erlang:fun_info(F, arity),
            ["fun(", canon(M), ",", canon(N), ",", integer_to_list(A), ")"];
        {type, local} ->
            {module, M} = erlang:fun_info(F, module),
            {index, I} = erlang:fun_info(F, index),
            {arity, A} = erlang:fun_info(F, arity),
            {env, Env} = erlang:fun_info(F, env),
            ["lfun(", canon(M), ",", integer_to_list(I), ",", integer_to_list(A), ",", canon(Env), ")"]
    end;
canon(P) when is_pid(P) -> ["pid(", canon(node(P)), ")"];
canon(P) when is_port(P) -> ["port(", canon(node(P)), ")"];
canon(R) when is_reference(R) -> ["ref(", canon(node(R)), ")"].

canon_list([H | T]) when is_list(T) ->
    case T of
        [] -> canon(H);
        _ -> [canon(H), "," | canon_list(T)]
    end;
canon_list([H | T]) -> [canon(H), "|", canon(T)].

esc([C | Cs]) when C >= 32, C =< 126, C =/= $', C =/= $\\ -> [C | esc(Cs)];
esc([C | Cs]) -> ["\\x{", integer_to_list(C, 16), "}" | esc(Cs)];
esc([]) -> [].
