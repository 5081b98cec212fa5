%% main crashes with a badmatch two calls deep: compare the do_boot report and trace (stdout) and the summary (stderr).
-module(traces_main_badmatch).
-export([main/1, id/1]).

id(X) -> X.

check(X) -> {ok, Y} = validate(X), Y.

validate(X) -> [{error, X}].

main(_) ->
    erlang:display(start),
    V = check(?MODULE:id(#{input => [1, 2, 3], text => "some text", bin => <<"binary">>})),
    erlang:display(V).
