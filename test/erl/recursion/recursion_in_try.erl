%% Deep recursion where every frame holds a try/catch; a throw from the bottom is caught at one level.
-module(recursion_in_try).
-export([main/1, id/1]).

id(X) -> X.

nest(0, _) -> throw(bottom);
nest(N, Catch) ->
    try nest(N - 1, Catch) of
        V -> V + 1
    catch
        throw:bottom when N =:= Catch -> 0
    end.

sum_try(0) -> 0;
sum_try(N) -> try N + sum_try(N - 1) catch error:_ -> -1 end.

after_depth(0, Acc) -> Acc;
after_depth(N, Acc) -> try after_depth(N - 1, Acc + 1) after ok end.

main(_) ->
    erlang:display(nest(?MODULE:id(100000), 1)),
    erlang:display(nest(?MODULE:id(100000), 100000)),
    erlang:display(nest(?MODULE:id(100000), 50000)),
    erlang:display(catch nest(?MODULE:id(1000), 0)),
    erlang:display(sum_try(?MODULE:id(1000000))),
    erlang:display(after_depth(?MODULE:id(500000), 0)),
    erlang:display(try deep_error(?MODULE:id(1000000)) catch error:E -> {caught, E} end).

deep_error(0) -> error(at_bottom);
deep_error(N) -> [N | deep_error(N - 1)].
