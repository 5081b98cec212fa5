%% compile:forms/2 on forms built at run time (from text and as abstract syntax), then
%% code:load_binary/3 and calls into the new module: the translator runs inside the program.
-module(compile_forms_load).
-export([main/1]).

forms(Text) ->
    {ok, Toks, _} = erl_scan:string(Text),
    split(Toks, [], []).

split([], [], Acc) -> lists:reverse(Acc);
split([{dot, _} = D | T], Cur, Acc) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    split(T, [], [F | Acc]);
split([Tok | T], Cur, Acc) -> split(T, [Tok | Cur], Acc).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

main(_) ->
    Src = "-module(dyn_calc).\n"
          "-export([add/2, fact/1, tags/1, fold/2, tryit/1, recs/0, bin/1, mapit/1]).\n"
          "-record(pt, {x = 0, y = 0}).\n"
          "add(A, B) -> A + B.\n"
          "fact(0) -> 1; fact(N) when N > 0 -> N * fact(N - 1).\n"
          "tags(L) -> [{I, X} || {I, X} <- lists:zip(lists:seq(1, length(L)), L), X =/= skip].\n"
          "fold(F, L) -> lists:foldl(F, 0, L).\n"
          "tryit(X) -> try 10 div X catch error:badarith -> infinity end.\n"
          "recs() -> P = #pt{x = 3}, {P, P#pt.y, P#pt{y = 7}}.\n"
          "bin(B) -> [X || <<X:4>> <= B].\n"
          "mapit(M) -> maps:fold(fun(K, V, Acc) -> [{K, V * 2} | Acc] end, [], M).\n",
    Forms = forms(Src),
    {ok, dyn_calc, Bin} = compile:forms(Forms, [deterministic]),
    {ok, dyn_calc, Bin2, Warnings} = compile:forms(Forms, [deterministic, return]),
    io:format("same binary: ~p, warnings: ~p~n", [Bin =:= Bin2, Warnings]),
    io:format("md5 ~s size ~b~n", [hex(erlang:md5(Bin)), byte_size(Bin)]),
    io:format("load: ~p~n", [code:load_binary(dyn_calc, "dyn_calc.erl", Bin)]),
    io:format("~p~n", [[dyn_calc:add(2, 3), dyn_calc:fact(25), dyn_calc:tags([a, skip, b]),
                        dyn_calc:fold(fun(X, A) -> X + A end, [1, 2, 3]), dyn_calc:tryit(0), dyn_calc:tryit(3),
                        dyn_calc:recs(), dyn_calc:bin(<<16#a5, 16#3c>>), lists:sort(dyn_calc:mapit(#{a => 1, b => 2}))]]),
    io:format("~p~n", [catch dyn_calc:fact(-1)]),
    io:format("which ~p, loaded ~p~n", [code:which(dyn_calc), code:is_loaded(dyn_calc)]),
    io:format("exports ~p~n", [lists:sort(dyn_calc:module_info(exports))]),
    %% abstract syntax built by hand, a second version loaded over the first
    V2 = [{attribute, 1, module, dyn_calc},
          {attribute, 2, export, [{add, 2}, {version, 0}]},
          {function, 3, add, 2, [{clause, 3, [{var, 3, 'A'}, {var, 3, 'B'}], [], [{op, 3, '*', {var, 3, 'A'}, {var, 3, 'B'}}]}]},
          {function, 4, version, 0, [{clause, 4, [], [], [{integer, 4, 2}]}]}],
    {ok, dyn_calc, B2} = compile:forms(V2, [deterministic]),
    io:format("md5 v2 ~s~n", [hex(erlang:md5(B2))]),
    io:format("load v2: ~p~n", [code:load_binary(dyn_calc, "dyn_calc.erl", B2)]),
    io:format("~p ~p~n", [dyn_calc:add(2, 3), dyn_calc:version()]),
    io:format("~p~n", [catch dyn_calc:fact(3)]),
    io:format("old code ~p~n", [erlang:check_old_code(dyn_calc)]),
    %% forms with errors: compile:forms returns error with the messages
    Bad = forms("-module(bad).\n-export([f/0]).\nf() -> X.\ng() -> ok.\n"),
    io:format("~p~n", [compile:forms(Bad, [return])]),
    io:format("~p~n", [compile:forms(Bad, [])]),
    %% a module with a -on_load and one with a nif stub
    OnLoad = forms("-module(dyn_onload).\n-export([v/0]).\n-on_load(init/0).\n"
                   "init() -> persistent_term:put(dyn_onload, loaded), ok.\nv() -> persistent_term:get(dyn_onload).\n"),
    {ok, dyn_onload, OB} = compile:forms(OnLoad, []),
    io:format("~p ~p~n", [code:load_binary(dyn_onload, "dyn_onload.erl", OB), dyn_onload:v()]),
    %% binary output with debug_info and the beam_lib view of it
    {ok, dyn_calc, B3} = compile:forms(V2, [debug_info, deterministic]),
    {ok, {dyn_calc, [{abstract_code, {raw_abstract_v1, Abs}}]}} = beam_lib:chunks(B3, [abstract_code]),
    io:format("abstract ~p~n", [Abs]),
    io:format("md5 debug_info ~s~n", [hex(erlang:md5(B3))]).
