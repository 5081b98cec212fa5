-module(main_exit_reason).
%% exit with a big reason from main: how init prints a long do_boot term and its summary.
-export([main/1]).

main(_) ->
    io:format("about to exit~n"),
    timer:sleep(100),
    exit({deep, lists:seq(1, 100), #{key => "value", other => <<"bin">>}, [{a, b} || _ <- lists:seq(1, 10)]}).
