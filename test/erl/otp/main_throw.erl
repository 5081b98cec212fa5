-module(main_throw).
%% throw out of main: reported as {nocatch, Value}, status 1.
-export([main/1]).

main(_) ->
    io:format("about to throw~n"),
    timer:sleep(100),
    throw({my, "thrown", <<"value">>, 1.5}).
