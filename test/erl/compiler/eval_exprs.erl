%% erl_scan, erl_parse and erl_eval: scanning with locations and text, parsing expressions and
%% forms, evaluating with bindings, local and non-local function handlers, funs made by the
%% evaluator, and the exceptions evaluated code raises (with their stack traces' top).
-module(eval_exprs).
-export([main/1]).

eval(Text, Bs) ->
    {ok, Toks, _} = erl_scan:string(Text),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    try erl_eval:exprs(Exprs, Bs) of
        {value, V, Bs1} -> {value, V, lists:sort(erl_eval:bindings(Bs1))}
    catch
        C:R:S -> {C, R, top(S)}
    end.

top([{M, F, A, _} | _]) when is_list(A) -> {M, F, length(A)};
top([{M, F, A, _} | _]) -> {M, F, A};
top(_) -> none.

main(_) ->
    io:format("~p~n", [erl_scan:string("f(X) -> X + 1.0e3 % comment\n, 'q' \"s\" $a <<>>.", {1, 1}, [text, return_comments])]),
    io:format("~p~n", [erl_scan:string("a ?b #{} => :=\n 16#FF 2#101 1_000 $\\n", 1)]),
    io:format("~p~n", [erl_scan:string("\"unterminated")]),
    io:format("~p~n", [erl_scan:string("x = 'a", 5)]),
    io:format("~p~n", [erl_scan:tokens([], "foo(1). bar", 1)]),
    io:format("~p~n", [catch erl_scan:string(atom)]),
    {ok, T1, _} = erl_scan:string("case X of {a, Y} when Y > 0 -> Y; _ -> no end."),
    io:format("~p~n", [erl_parse:parse_exprs(T1)]),
    {ok, T2, _} = erl_scan:string("f(X) when X > 1 -> X * f(X - 1); f(_) -> 1."),
    io:format("~p~n", [erl_parse:parse_form(T2)]),
    {ok, T3, _} = erl_scan:string("f(X) -> ."),
    io:format("~p~n", [erl_parse:parse_form(T3)]),
    {ok, T4, _} = erl_scan:string("{a, [1,2|T], #{k => v}, <<1:8, X/binary>>}."),
    {ok, [E4]} = erl_parse:parse_exprs(T4),
    io:format("~p~n~s~n", [E4, erl_pp:expr(E4)]),
    {ok, [E6]} = erl_parse:parse_exprs(element(2, erl_scan:string("{1, [a, \"s\"], <<\"b\">>, #{x => 1.5}, -3}."))),
    io:format("~p~n", [erl_parse:normalise(E6)]),
    io:format("~p~n", [erl_parse:parse_term(element(2, erl_scan:string("{1, [a, \"s\"], <<\"b\">>}.")))]),
    io:format("~p~n", [erl_parse:abstract({1, [a, "s"], <<"b">>, -2, 3.0})]),
    Bs = erl_eval:add_binding('N', 10, erl_eval:new_bindings()),
    Cases = ["1 + 2 * 3.",
             "X = 5, Y = X * N, {X, Y}.",
             "lists:map(fun(A) -> A * N end, [1, 2, 3]).",
             "F = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end, F(20).",
             "[{A, B} || A <- [1, 2], B <- [x, y], A =/= 2 orelse B =:= y].",
             "<< <<(C + 1)>> || <<C>> <= <<\"HAL\">> >>.",
             "#{a := V} = #{a => 1, b => 2}, V.",
             "case N of 10 -> ten; _ -> other end.",
             "receive M -> M after 0 -> timeout end.",
             "try throw(oops) catch throw:W -> {caught, W} after io:format(\"after~n\") end.",
             "begin A = 1, A = 2 end.",
             "1 / 0.",
             "atom_to_list(123).",
             "lists:nth(0, []).",
             "undefined_mod:f().",
             "error({custom, N}).",
             "exit(bye).",
             "throw(ball).",
             "case 3 of 1 -> a end.",
             "if N > 100 -> big end.",
             "(fun(X) when X > 0 -> X end)(-1).",
             "F = fun(A, B) -> A + B end, F(1).",
             "foo(1).",
             "Unbound + 1.",
             "element(N, {a}).",
             "maps:get(z, #{}).",
             "<<X:8>> = <<1, 2>>.",
             "erlang:raise(error, handmade, []).",
             "try error(inner) catch error:inner:St -> is_list(St) end.",
             "catch 1 + a."],
    [io:format("~s~n  ~p~n", [C, eval(C, Bs)]) || C <- Cases],
    %% a local function handler and a non-local one
    LFH = {value, fun(double, [X]) -> 2 * X; (Name, Args) -> {local, Name, Args} end},
    NLFH = {value, fun({erlang, '+'}, [A, B]) -> {plus, A, B}; (F, Args) -> {nonlocal, F, Args} end},
    {ok, T5, _} = erl_scan:string("{double(21), other(1, 2), 1 + 2, lists:reverse([1, 2])}."),
    {ok, E5} = erl_parse:parse_exprs(T5),
    io:format("~p~n", [erl_eval:exprs(E5, [], LFH, NLFH)]),
    %% a fun made by the evaluator, called from compiled code
    {value, Fun, _} = erl_eval:exprs(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("fun(A) -> {A, N} end.")))), Bs),
    io:format("~p ~p~n", [Fun(7), erlang:fun_info(Fun, arity)]),
    io:format("~p~n", [try Fun(1, 2) catch C:R -> {C, R} end]),
    {ok, [X1]} = erl_parse:parse_exprs(element(2, erl_scan:string("X + 1."))),
    io:format("~p~n", [erl_eval:expr(X1, [{'X', 41}])]),
    io:format("~p~n", [erl_eval:check_command(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("X = 1.")))), [])]).
