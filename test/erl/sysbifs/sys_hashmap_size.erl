%% erts_debug:size/1 and flat_size/1 of large maps, which erts_debug:size/1 walks with
%% erts_internal:map_hashmap_children/1; shared maps count once in size/1.
-module(sys_hashmap_size).
-export([main/1]).

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    Maps = [maps:from_list([{I, I} || I <- lists:seq(1, N)]) || N <- [33, 40, 100, 1000]] ++
           [maps:from_list([{integer_to_list(I), {I, <<"v">>}} || I <- lists:seq(1, 200)]),
            maps:from_list([{[I], [I, I + 1]} || I <- lists:seq(1, 64)])],
    [P({map_size(M), erts_debug:flat_size(M), erts_debug:size(M)}) || M <- Maps],
    Big = lists:nth(3, Maps),
    P({erts_debug:size([Big, Big]), erts_debug:flat_size([Big, Big])}),
    P({erts_debug:size({Big, #{inner => Big}}), erts_debug:flat_size({Big, #{inner => Big}})}),
    Shared = lists:seq(1, 10),
    M2 = maps:from_list([{I, Shared} || I <- lists:seq(1, 50)]),
    P({erts_debug:size(M2), erts_debug:flat_size(M2)}),
    P(erts_internal:term_type(Big)),
    Cs = erts_internal:map_hashmap_children(Big),
    P(length(Cs)),
    P(lists:sort([erts_internal:term_type(C) || C <- Cs])),
    P(catch erts_internal:map_hashmap_children(#{a => 1})),
    P(catch erts_internal:map_hashmap_children(foo)).
