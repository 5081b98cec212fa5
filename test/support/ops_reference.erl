%% Reference facts for test/ops.test.ts, taken from the installed OTP at test time:
%%   opnames   - beam_opcodes:opname/1 for every generic opcode
%%   obsolete  - which opcodes erts itself refuses to load: a tiny module is built with one
%%               extra instruction of that opcode and loaded; erts says "please re-compile"
%%               for exactly the obsolete ones
%%   encode    - beam_asm:encode/2 (the compiler's own operand encoder) of tag:value pairs
%%   libdirs   - where the decoded applications live
%%   shapes    - beam_disasm:file/1 of some .beam files, reduced to one line per instruction
%%               (generic name, operand count, the register/atom/integer/label leaves) so the
%%               TypeScript decoder can be compared with it line by line
-module(ops_reference).
-export([main/1, log/2]).

main(["opnames"]) ->
    [io:format("O ~b ~s ~b~n", [N, Name, Ar])
     || N <- lists:seq(1, 180), {Name, Ar} <- [beam_opcodes:opname(N)]],
    ok;
main(["obsolete"]) ->
    obsolete();
main(["encode" | Pairs]) ->
    lists:foreach(
      fun(Pair) ->
              [Tag, Value] = string:split(Pair, ":"),
              Bytes = iolist_to_binary([beam_asm:encode(list_to_integer(Tag), list_to_integer(Value))]),
              io:format("E ~s ~s ~s~n", [Tag, Value, binary:encode_hex(Bytes)])
      end, Pairs);
main(["libdirs"]) ->
    [io:format("L ~s~n", [filename:join(code:lib_dir(App), "ebin")])
     || App <- [erts, kernel, stdlib, compiler]],
    ok;
main(["shapes" | Files]) ->
    lists:foreach(fun shapes/1, Files).

%% --- obsolete opcodes -------------------------------------------------------------------

obsolete() ->
    Forms = [{attribute, 1, module, ops_probe}, {attribute, 1, export, [{f, 0}]},
             {function, 1, f, 0, [{clause, 1, [], [], [{atom, 1, ok}]}]}],
    {ok, ops_probe, Bin} = compile:forms(Forms, [binary]),
    {ok, ops_probe, Chunks} = beam_lib:all_chunks(Bin),
    {"Code", Code} = lists:keyfind("Code", 1, Chunks),
    Size = byte_size(Code) - 1,
    <<Body:Size/binary, 3>> = Code,                  % 3 = int_code_end
    _ = logger:remove_handler(default),
    ok = logger:add_handler(ops_probe_h, ?MODULE, #{config => #{collector => self()}}),
    lists:foreach(
      fun(N) ->
              {_, Arity} = beam_opcodes:opname(N),
              %% Every operand is the one-byte term u(0); enough for the loader to reach
              %% its check of the opcode itself.
              Instr = <<N, (binary:copy(<<0>>, Arity))/binary>>,
              {ok, Probe} = beam_lib:build_module(
                              lists:keyreplace("Code", 1, Chunks,
                                               {"Code", <<Body/binary, Instr/binary, 3>>})),
              Refused = case erlang:load_module(ops_probe, Probe) of
                            {module, ops_probe} ->
                                true = erlang:delete_module(ops_probe),
                                true = erlang:purge_module(ops_probe),
                                false;
                            {error, on_load} ->
                                %% on_load/0 made the module wait for its on_load
                                %% function; loading itself succeeded.
                                true = erlang:finish_after_on_load(ops_probe, false),
                                false;
                            {error, _} ->
                                receive {load_report, Text} ->
                                        string:find(Text, "please re-compile") =/= nomatch
                                after 5000 -> exit({no_load_report, N})
                                end
                        end,
              io:format("X ~b ~b~n", [N, if Refused -> 1; true -> 0 end])
      end, lists:seq(1, 180)).

%% logger handler callback: forwards each report's text to the probing process.
log(#{msg := Msg}, #{config := #{collector := Pid}}) ->
    Pid ! {load_report, lists:flatten(msg_text(Msg))}.

msg_text({string, S}) -> unicode:characters_to_list(S);
msg_text({report, R}) -> io_lib:format("~p", [R]);
msg_text({Format, Args}) -> io_lib:format(Format, Args);
msg_text({format, Format, Args}) -> io_lib:format(Format, Args).

%% --- beam_disasm shapes ---------------------------------------------------------------

shapes(File) ->
    {beam_file, Module, _Exports, _Attrs, _CInf, Functions} = beam_disasm:file(File),
    Entries = maps:from_list([{{F, A}, E} || {function, F, A, E, _} <- Functions]),
    io:format("M ~s~n", [b64(Module)]),
    lists:foreach(
      fun({function, F, A, _Entry, Is}) ->
              io:format("F ~s ~b~n", [b64(F), A]),
              [begin
                   {Name, Count, Leaves} = shape(I, Module, Entries),
                   io:format("I ~s ~b~s~n", [Name, Count, [[$\s | L] || L <- leaves(Leaves)]])
               end || I <- Is]
      end, Functions).

%% beam_disasm renames and regroups some operands; undo that to get back to the generic
%% instruction's name and operand count, keeping the leaves in operand order.
shape(I, _, _) when is_atom(I) -> {I, 0, []};
shape({bif, _, F, Args, R}, _, _) ->
    {"bif" ++ integer_to_list(length(Args)), case Args of [] -> 2; _ -> length(Args) + 3 end,
     [F | Args] ++ [R]};
shape({gc_bif, _, F, _Live, Args, R}, _, _) ->
    {"gc_bif" ++ integer_to_list(length(Args)), length(Args) + 4, [F | Args] ++ [R]};
shape({test, has_map_fields, F, Src, {list, L}}, _, _) -> {has_map_fields, 3, [F, Src | L]};
shape({test, I, F, Args}, _, _) -> {I, 1 + length(Args), [F | Args]};
shape({arithfbif, I, F, Args, R}, _, _) -> {I, length(Args) + 2, [F | Args] ++ [R]};
shape({bs_add, F, [A, B, C], D}, _, _) -> {bs_add, 5, [F, A, B, C, D]};
shape({raise, _, Regs, _}, _, _) -> {raise, 2, Regs};
shape({make_fun2, _, _, _, _}, _, _) -> {make_fun2, 1, []};
shape({make_fun3, _, _, _, Dst, {list, Env}}, _, _) -> {make_fun3, 3, [Dst | Env]};
shape({bs_create_bin, [{A1, A2, A3, A4, A5, _Z, _U, List}]}, _, _) ->
    {bs_create_bin, 6, [A1, A2, A3, A4, A5 | List]};
shape({Call, N, {M, F, A}}, M, Entries) when Call =:= call; Call =:= call_only ->
    {Call, 2, [N, {f, maps:get({F, A}, Entries)}]};
shape({call_last, N, {M, F, A}, D}, M, Entries) ->
    {call_last, 3, [N, {f, maps:get({F, A}, Entries)}, D]};
shape(T, _, _) when is_tuple(T) ->
    [Name | Args] = tuple_to_list(T),
    {Name, length(Args), Args}.

leaves(L) when is_list(L) -> lists:append([leaves(T) || T <- L]);
leaves({x, N}) -> ["x" ++ integer_to_list(N)];
leaves({y, N}) -> ["y" ++ integer_to_list(N)];
leaves({tr, R, _Type}) -> leaves(R);
leaves({atom, A}) -> ["a:" ++ b64(A)];
leaves(nil) -> ["nil"];
leaves({integer, N}) -> ["i:" ++ integer_to_list(N)];
leaves({i, N}) -> ["i:" ++ integer_to_list(N)];
leaves({f, L}) -> ["f:" ++ integer_to_list(L)];
leaves({fr, N}) -> ["fr:" ++ integer_to_list(N)];
leaves({literal, _}) -> ["lit"];
leaves({float, _}) -> ["lit"];
leaves({list, L}) -> leaves(L);
leaves(_) -> [].

b64(A) -> binary_to_list(base64:encode(atom_to_binary(A, utf8))).
