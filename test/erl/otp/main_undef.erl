-module(main_undef).
%% A call to a missing module from main: undef with the call in the stack trace, status 1.
-export([main/1]).

main(_) ->
    io:format("calling a missing module~n"),
    timer:sleep(100),
    no_such_module_here:some_function(1, "two").
