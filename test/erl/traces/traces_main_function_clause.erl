%% main crashes with function_clause in a remote call with large arguments: the do_boot report shows them.
-module(traces_main_function_clause).
-export([main/1, id/1, handle/2]).

id(X) -> X.

handle(start, _State) -> ok.

main(_) ->
    erlang:display(start),
    Big = lists:seq(1, 100),
    ?MODULE:handle(?MODULE:id(stop), {state, Big, <<0:800>>, 3.14159, 'quoted atom', "string"}).
