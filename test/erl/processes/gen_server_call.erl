-module(gen_server_call).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

%% OTP's gen_server over these BIFs: proc_lib start (spawn_opt, the process dictionary),
%% gen:call with a timeout (a monitor with an alias, the reply sent to the reference),
%% gen:call without one (a plain monitor), casts, hibernation and a stop.

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call(sleep, _From, N) -> {reply, ok, N, hibernate};
handle_call(ancestors, _From, N) -> {reply, get('$ancestors'), N}.

handle_cast({add, K}, N) -> {noreply, N + K}.

handle_info(_, N) -> {noreply, N}.

terminate(_, _) -> ok.

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, 10, []),
    erlang:display({get, gen_server:call(P, get)}),
    erlang:display({add, gen_server:call(P, {add, 5}, 1000)}),
    gen_server:cast(P, {add, 1}),
    erlang:display({after_cast, gen_server:call(P, get, infinity)}),
    erlang:display({hibernate, gen_server:call(P, sleep)}),
    erlang:display({after_hibernate, gen_server:call(P, get)}),
    erlang:display({ancestors, gen_server:call(P, ancestors) =:= [self()]}),
    erlang:display({no_stray_messages, process_info(self(), messages)}),
    ok = gen_server:stop(P),
    receive {'EXIT', P, R} -> erlang:display({stopped, R}) end,
    {ok, Q} = gen_server:start({local, named_server}, ?MODULE, 1, []),
    erlang:display({by_name, gen_server:call(named_server, get)}),
    erlang:display({whereis, whereis(named_server) =:= Q}),
    gen_server:stop(named_server),
    erlang:display({call_dead, catch gen_server:call(named_server, get, 100)}),
    ok.
