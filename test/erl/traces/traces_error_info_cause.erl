%% The top frame of BIF errors: error_info with a cause for the BIFs that give one, and no file/line
%% for functions of the preloaded erlang module (erts loads those without line information).
-module(traces_error_info_cause).
-export([main/1, id/1]).

id(X) -> X.

top(F) -> try F() catch C:R:St -> {C, R, hd(St)} end.

main(_) ->
    erlang:display(top(fun() -> erlang:send_after(?MODULE:id(-1), some_name, x) end)),
    erlang:display(top(fun() -> erlang:start_timer(?MODULE:id(a), some_name, x) end)),
    erlang:display(top(fun() -> binary_to_term(<<131, 97, 1>>, ?MODULE:id([bad_opt])) end)),
    erlang:display(top(fun() -> term_to_binary(x, ?MODULE:id([bad_opt])) end)),
    erlang:display(top(fun() -> erlang:send(some_name, x, ?MODULE:id([bad])) end)),
    erlang:display(top(fun() -> register(?MODULE:id(undefined), some_name) end)),
    erlang:display(top(fun() -> process_flag(?MODULE:id(bogus), true) end)),
    erlang:display(top(fun() -> binary_to_atom(?MODULE:id(notbin)) end)),
    erlang:display(top(fun() -> binary_to_existing_atom(?MODULE:id(<<"never_existing_q">>)) end)),
    erlang:display(top(fun() -> atom_to_binary(?MODULE:id(1)) end)),
    erlang:display(top(fun() -> spawn(?MODULE:id(notfun)) end)),
    erlang:display(top(fun() -> spawn_link(?MODULE:id(notfun)) end)),
    erlang:display(top(fun() -> halt(?MODULE:id(-1)) end)),
    erlang:display(top(fun() -> halt(?MODULE:id(0), ?MODULE:id([bad])) end)),
    erlang:display(top(fun() -> list_to_pid(?MODULE:id("bad")) end)),
    erlang:display(top(fun() -> erlang:integer_to_list(?MODULE:id(a), 10) end)),
    erlang:display(top(fun() -> ets:new(?MODULE:id(1), []) end)),
    erlang:display(top(fun() -> erlang:monitor(?MODULE:id(bad), x) end)),
    erlang:display(top(fun() -> erlang:demonitor(?MODULE:id(notref)) end)),
    erlang:display(top(fun() -> erlang:system_flag(?MODULE:id(bad_flag), 1) end)).
