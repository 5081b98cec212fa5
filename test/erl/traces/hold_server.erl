-module(hold_server).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

%% A gen_server that never answers a call (for waiting_location); main/1 is its own small check.
main(_) ->
    {ok, S} = gen_server:start(?MODULE, [], []),
    io:format("~p~n", [catch gen_server:call(S, hold, 10)]).

init([]) -> {ok, []}.
handle_call(hold, _From, S) -> {noreply, S}.
handle_cast(_, S) -> {noreply, S}.
