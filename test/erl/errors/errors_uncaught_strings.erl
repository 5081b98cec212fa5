%% main exits with a reason full of strings: init's summary prints plain ASCII lists as text (newlines
%% included, as erts writes them), other lists as integers, binaries and maps as nothing.
-module(errors_uncaught_strings).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(before_exit),
    exit(?MODULE:id({"line one\nline two", "tab\there", [], "", ["nested", [" deep"]], "héllo", <<"bin">>, #{k => v},
                     'quoted atom', 'Ω', 1.5, -(1 bsl 70), {{{{too_deep}}}}, [[[[[too_deep]]]]]})).
