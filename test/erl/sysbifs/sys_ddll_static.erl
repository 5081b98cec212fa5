%% erl_ddll on erts's statically linked drivers (tcp_inet and the others).
-module(sys_ddll_static).
-export([main/1]).

main(_) ->
    io:format("~p~n", [erl_ddll:loaded_drivers()]),
    io:format("~p~n", [catch erl_ddll:info("tcp_inet")]),
    io:format("~p~n", [erl_ddll:try_load("/tmp", "tcp_inet", [])]),
    io:format("~p~n", [erl_ddll:try_unload("tcp_inet", [])]).
