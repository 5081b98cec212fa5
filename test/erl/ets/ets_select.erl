%% Match specifications: heads, guards, bodies ('$_', '$$', tuples, lists, maps, const), guard
%% failures, body errors ('EXIT'), several clauses; match/2, match_object/2, select_count/2,
%% select_delete/2, match_delete/2, select_replace/2, match_spec_run, and ets:fun2ms output.
-module(ets_select).
-export([main/1]).
-include_lib("stdlib/include/ms_transform.hrl").

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a, 10}, {2, b, 20}, {3, c, 30}, {4, a, 40}, {5, 1.5, x}, {6, [1, 2], #{k => v}}]),
    S = fun(MS) -> t(fun() -> ets:select(T, MS) end) end,
    erlang:display([S([{{'$1', a, '_'}, [], ['$1']}]), S([{{'$1', '$2', '$3'}, [{'>', '$3', 15}, {is_integer, '$3'}], ['$$']}]),
                    S([{{'$1', '_', '_'}, [{'orelse', {'==', '$1', 1}, {'==', '$1', 3}}], ['$_']}])]),
    erlang:display([S([{{'$1', '$2', '_'}, [], [{{'$2', '$1'}}]}]), S([{{'$1', '_', '_'}, [], [['$1', x | '$1']]}]),
                    S([{{'$1', '_', '_'}, [], [#{key => '$1'}]}]), S([{{'$1', '_', '_'}, [], [{const, '$1'}]}])]),
    erlang:display([S([{{'$1', '_', '$3'}, [], [{'+', '$1', '$3'}]}]), S([{{'$1', '_', '_'}, [{'/', '$1', 0}], ['$1']}]),
                    S([{{'$1', '_', '_'}, ['$1'], ['$1']}]), S([{{'$1', '_', '_'}, [true], [self]}])]),
    erlang:display([S([{{'$1', a, '_'}, [], [a]}, {{'$1', b, '_'}, [], [b]}, {'_', [], [other]}]),
                    S([{{'$1', '_', '_'}, [{'<', '$1', 3}], [small]}, {{'$1', '_', '_'}, [], [{element, 2, '$_'}]}])]),
    erlang:display([S([{{'$1', '$1', '_'}, [], ['$1']}]), S([{{'_', '$2', '$2'}, [], ['$2']}]), S([{{'$1'}, [], ['$1']}]),
                    S([{foo, [], ['$_']}]), S([{'$1', [], [{size, '$1'}]}]), S([])]),
    erlang:display([S([{{'$1', '_', '_'}, [], ['$2']}]), S([{{'$1', '_', '_'}, [], []}]), S([{{'$1', '_', '_'}, [], [{foo, '$1'}]}]),
                    S([{{'$1', '_', '_'}, [], [{}]}]), S(not_a_list), S([{a, b}]), S([{'_', x, [true]}])]),
    erlang:display([S([{{'$1', '_', '_'}, [], [{'andalso', {'>', '$1', 2}, {'<', '$1', 5}}]}]),
                    S([{{'$1', '_', '_'}, [], [{'not', {'is_atom', '$1'}}, {abs, {'-', '$1'}}]}]),
                    S([{{'$1', '$2', '_'}, [{is_list, '$2'}], [{length, '$2'}, {hd, '$2'}]}]),
                    S([{{'$1', '_', '$3'}, [{is_map, '$3'}], [{map_get, k, '$3'}, {map_size, '$3'}]}]),
                    S([{{'$1', '$2', '_'}, [{is_float, '$2'}], [{trunc, '$2'}, {round, '$2'}, {float, '$1'}]}])]),
    erlang:display(ets:select(T, ets:fun2ms(fun({K, a, V}) when V > 5 -> {K, V} end))),
    erlang:display(ets:select(T, ets:fun2ms(fun({K, _, _} = O) when K rem 2 =:= 0 -> O end))),
    erlang:display(ets:fun2ms(fun({K, V, _}) when is_atom(V), K > 1 -> [K | V] end)),
    erlang:display([ets:match(T, {'$1', a, '_'}), ets:match(T, {'$2', '$1', '_'}), ets:match(T, {'_', '_', '_'}),
                    ets:match_object(T, {'_', a, '_'}), ets:match(T, '$1'), ets:match_object(T, {1, '_'})]),
    erlang:display([ets:select_count(T, [{{'$1', '_', '_'}, [{'>', '$1', 2}], [true]}]),
                    ets:select_count(T, [{{'$1', '_', '_'}, [], [{'>', '$1', 2}]}]), ets:select_count(T, [{'_', [], [false]}])]),
    H = ets:new(h, [set]),
    [ets:insert(H, {K, K rem 4}) || K <- lists:seq(1, 50)],
    erlang:display(ets:select(H, [{{'$1', 0}, [], ['$1']}])),
    erlang:display(ets:select_reverse(H, [{{'$1', 0}, [], ['$1']}])),
    erlang:display([ets:select(H, [{{7, '$1'}, [], ['$1']}]), ets:match_object(H, {8, '_'})]),
    erlang:display([ets:select_delete(H, [{{'$1', 0}, [], [true]}]), ets:info(H, size),
                    ets:match_delete(H, {'_', 1}), ets:info(H, size), ets:select_delete(H, [{{'_', '_'}, [{'>', 0, 1}], [true]}])]),
    erlang:display(ets:tab2list(H)),
    erlang:display([ets:select_replace(H, [{{'$1', '$2'}, [{'<', '$1', 10}], [{{'$1', {'+', '$2', 100}}}]}]),
                    lists:sort(ets:tab2list(H))]),
    erlang:display([ets:select_delete(H, [{'_', [], [true]}]), ets:tab2list(H)]),
    MS = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}]),
    erlang:display([ets:is_compiled_ms(MS), ets:is_compiled_ms(x),
                    ets:match_spec_run([{a, 1}, {b, 2}, {c, 3}, foo, {d}], MS)]),
    erlang:display(t(fun() -> ets:match_spec_compile([{'_', [], [{bad_fun}]}]) end)).
