%% main exits with a reason holding an improper list: OTP's init cannot render it for the one-line
%% summary and dies itself ("System process ... terminated: {function_clause,...}" on stderr).
-module(errors_uncaught_improper).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(before_exit),
    exit(?MODULE:id({reason, [a | b]})).
