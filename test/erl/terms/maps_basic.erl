-module(maps_basic).
-export([main/1]).
main(_) ->
    M = #{a => 1, b => 2, 1 => one, 1.0 => float_one, "s" => str},
    erlang:display(M),
    erlang:display(maps:get(1, M)),
    erlang:display(maps:get(1.0, M)),
    erlang:display(M#{a := 10}),
    erlang:display(maps:keys(M)),
    erlang:display(maps:to_list(maps:remove(b, M))),
    #{a := A, "s" := S} = M,
    erlang:display({A, S}),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:size(Big)),
    erlang:display(maps:get(33, Big)),
    erlang:display(lists:sum(maps:values(Big))),
    erlang:display(catch maps:get(nokey, M)),
    erlang:display(is_map_key(a, M)),
    erlang:display(map_size(#{})).
