-module(gs_crash_call).
%% A gen_server crashing in handle_call: the "** Generic server terminating" report, the caller's exit reason.
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main(_) ->
    {ok, Pid} = gen_server:start({local, crashy}, ?MODULE, [], []),
    Ref = monitor(process, Pid),
    io:format("call ok: ~p~n", [gen_server:call(crashy, ping)]),
    Result = try gen_server:call(crashy, {crash, badmatch}) of
        V -> {value, V}
    catch
        C:R -> {C, R}
    end,
    receive {'DOWN', Ref, process, Pid, Why} -> ok end,
    ok = logger_std_h:filesync(default),
    io:format("caller got ~p~n", [Result]),
    io:format("DOWN ~p~n", [Why]),
    io:format("whereis ~p~n", [whereis(crashy)]),
    Missing = (catch gen_server:call(crashy, ping)),
    io:format("call to dead ~p~n", [Missing]),
    Timeout = (catch gen_server:call(element(2, gen_server:start(?MODULE, [], [])), {sleep, 200}, 50)),
    io:format("timeout ~p~n", [Timeout]),
    ok.

init([]) -> {ok, #{count => 0}}.

handle_call(ping, _From, S) -> {reply, pong, S};
handle_call({sleep, T}, _From, S) -> timer:sleep(T), {reply, slept, S};
handle_call({crash, badmatch}, _From, S) ->
    ok = maps:get(count, S) + 1,
    {reply, never, S}.

handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.
terminate(Reason, _S) -> io:format("terminate called with ~p~n", [Reason]).
